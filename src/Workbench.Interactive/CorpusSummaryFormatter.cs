using System.Globalization;
using Workbench.Reports;

namespace Workbench.Interactive;

/// <summary>Shows a <see cref="CorpusSummary"/> as its key measures: volumes, contact coverage, span and quarantine.</summary>
public sealed class CorpusSummaryFormatter : WorkbenchFormatter<CorpusSummary>
{
    /// <inheritdoc />
    public override string ToHtml(CorpusSummary value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var inv = CultureInfo.InvariantCulture;
        return Html.Table(["measure", "value"],
        [
            ["ads in the store", value.Ads.ToString("N0", inv)],
            ["rows read = kept + quarantined", string.Create(inv, $"{value.RowsRead:N0} = {value.RowsRead - value.RowsQuarantined:N0} + {value.RowsQuarantined:N0}")],
            ["first day", value.FirstPost?.ToString("yyyy-MM-dd", inv) ?? "-"],
            ["last day", value.LastPost?.ToString("yyyy-MM-dd", inv) ?? "-"],
            ["sites", value.Sites.Count.ToString(inv)],
            ["provinces and territories", value.Provinces.Count.ToString(inv)],
            ["distinct phone tokens", value.DistinctPhoneTokens.ToString("N0", inv)],
            ["ads with a phone token", value.ShareWithPhone.ToString("P1", inv)],
            ["ads with an e-mail token", value.ShareWithEmail.ToString("P1", inv)],
            ["ads with a handle token", value.ShareWithHandle.ToString("P1", inv)],
            ["ads with an image hash", value.ShareWithImage.ToString("P1", inv)],
        ], "Corpus overview (counts of ads and tokens, not of people)");
    }
}
