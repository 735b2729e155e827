using System.Globalization;
using System.Text;

namespace Workbench.Prevalence;

/// <summary>
/// Rates of advertising activity with bootstrap intervals, by province, metropolitan area and ISO week. Cells below
/// the suppression threshold carry no numbers at all, so every export made from this record is suppressed.
/// </summary>
/// <param name="Cells">Every cell, for every measure.</param>
/// <param name="Options">The settings used.</param>
/// <param name="Ads">Ads read.</param>
/// <param name="Advertisers">Distinct phone-linked advertisers in the whole corpus.</param>
/// <param name="AdsWithoutProvince">Ads whose province could not be placed (counted nationally and by week only).</param>
/// <param name="AdsWithoutMetro">Ads whose city is not in the reference table (not counted by metro).</param>
/// <param name="ClusterSource">What the cluster measures count, or null when no clusters were given.</param>
/// <param name="FirstPost">Earliest posting time.</param>
/// <param name="LastPost">Latest posting time.</param>
public sealed record PrevalenceRates(
    IReadOnlyList<RateCell> Cells,
    RateOptions Options,
    long Ads,
    long Advertisers,
    long AdsWithoutProvince,
    long AdsWithoutMetro,
    string? ClusterSource,
    DateTimeOffset? FirstPost,
    DateTimeOffset? LastPost)
{
    /// <summary>What every prevalence output counts and does not count.</summary>
    public string Framing => string.Create(CultureInfo.InvariantCulture,
        $"These rates count advertising activity (ads, phone-linked advertisers{(ClusterSource is null ? string.Empty : ", clusters")}), not people and not victims. " +
        $"Each figure carries a {Options.Confidence * 100:0.#}% bootstrap interval that resamples whole advertisers; rates are per {Options.PerResidents:N0} residents (2021 census). " +
        $"Counts below {Options.SuppressBelow} are suppressed. One phone-linked advertiser can be one person, an agency or a spam operation.");

    /// <summary>The cells of one breakdown and measure, in layout order.</summary>
    public IEnumerable<RateCell> Select(RateDimension dimension, RateMeasure measure) =>
        Cells.Where(c => c.Dimension == dimension && c.Measure == measure);

    /// <summary>The measures present (cluster measures only when clusters were given).</summary>
    public IReadOnlyList<RateMeasure> Measures => Cells.Select(c => c.Measure).Distinct().ToArray();

    /// <summary>The rates table as CSV; suppressed cells show <c>&lt;N</c> and no numbers.</summary>
    public string ToCsv()
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder("dimension,key,label,measure,count,lower,upper,population,per_residents,rate,rate_lower,rate_upper,suppressed\n");
        string F(double? v, string format) => v is { } x && double.IsFinite(x) ? x.ToString(format, inv) : string.Empty;
        foreach (var c in Cells)
        {
            sb.Append(Name(c.Dimension)).Append(',').Append(Csv(c.Key)).Append(',').Append(Csv(c.Label)).Append(',').Append(Name(c.Measure)).Append(',')
              .Append(c.Count is { } n ? n.ToString(inv) : "<" + Options.SuppressBelow.ToString(inv)).Append(',')
              .Append(F(c.Lower, "F1")).Append(',').Append(F(c.Upper, "F1")).Append(',')
              .Append(c.Population.ToString(inv)).Append(',').Append(Options.PerResidents.ToString(inv)).Append(',')
              .Append(F(c.Rate, "F3")).Append(',').Append(F(c.RateLower, "F3")).Append(',').Append(F(c.RateUpper, "F3")).Append(',')
              .Append(c.Suppressed ? "true" : "false").Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>snake_case name of a dimension, as in files.</summary>
    public static string Name(RateDimension dimension) => dimension.ToString().ToLowerInvariant();

    /// <summary>snake_case name of a measure, as in files.</summary>
    public static string Name(RateMeasure measure) => measure switch
    {
        RateMeasure.Ads => "ads",
        RateMeasure.Advertisers => "advertisers",
        RateMeasure.Clusters => "clusters",
        _ => "clusters_with_signal",
    };

    private static string Csv(string value) =>
        value.AsSpan().IndexOfAny(",\"\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
