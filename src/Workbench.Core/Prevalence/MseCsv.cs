using System.Globalization;
using System.Text;

namespace Workbench.Prevalence;

/// <summary>
/// <c>mse.csv</c>: one row per fitted model of advertisers never seen (<c>data-schemas/mse-csv.md</c>). Either the
/// estimate and its intervals are filled and <c>refusal</c> is empty, or only <c>refusal</c> says why no number is given.
/// </summary>
/// <remarks>The observed count obeys the same small-cell rule as every other export: below the threshold it is written
/// as <c>&lt;N</c>, never as the number.</remarks>
public static class MseCsv
{
    /// <summary>The header row, in column order.</summary>
    public const string Header = "model,n_observed,n_hat,lower,upper,unseen,unseen_lower,unseen_upper,refusal";

    /// <summary>The whole file: the header and one row per model, each ending with a line break.</summary>
    /// <param name="models">Model label (<c>main</c>, <c>stepwise</c>) and its result.</param>
    /// <param name="suppressBelow">Counts below this are written as <c>&lt;N</c>.</param>
    public static string Write(IEnumerable<(string Model, UnseenAdvertisers Result)> models, int suppressBelow)
    {
        ArgumentNullException.ThrowIfNull(models);
        var inv = CultureInfo.InvariantCulture;
        var csv = new StringBuilder(Header).Append('\n');
        foreach (var (model, result) in models)
        {
            var observed = result.Observed < suppressBelow ? "<" + suppressBelow.ToString(inv) : result.Observed.ToString(inv);
            if (result.Estimate is { } e)
            {
                var u = result.UnseenInterval!;
                csv.Append(inv, $"{model},{observed},{e.NHat:F1},{e.ProfileInterval.Lower:F1},{e.ProfileInterval.Upper:F1},{e.Unseen:F1},{u.Lower:F1},{u.Upper:F1},\n");
            }
            else
            {
                csv.Append(inv, $"{model},{observed},,,,,,,\"{result.Refusal!.Replace("\"", "'", StringComparison.Ordinal)}\"\n");
            }
        }
        return csv.ToString();
    }
}
