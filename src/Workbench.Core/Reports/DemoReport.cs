using System.Globalization;
using System.Text;
using Workbench.Charts;
using Workbench.Data;

namespace Workbench.Reports;

/// <summary>
/// The report of <c>workbench demo</c>: what was generated, what ingest kept and quarantined, and a first overview
/// with charts. Each capability of the workbench adds its section here as it joins the main job.
/// </summary>
/// <param name="Html">The self-contained HTML page.</param>
/// <param name="Markdown">The same figures as Markdown, for the terminal and for diffs.</param>
public sealed record DemoReport(HtmlReport Html, string Markdown)
{
    /// <summary>The framing every output of the workbench carries.</summary>
    public const string Framing =
        "These figures count advertising activity in a synthetic corpus, not people. Nothing here identifies a person, " +
        "and no signal is a finding of exploitation: a signal of organized activity is a reason for a human to look, " +
        "with its evidence and its uncertainty.";

    /// <summary>Builds the report.</summary>
    public static DemoReport Build(
        CorpusSummary summary, LoadCounts ingest, string? generatorReport,
        ReportContext? context = null, IEnumerable<IReportSection>? sections = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(ingest);
        var inv = CultureInfo.InvariantCulture;
        var html = new HtmlReport("Workbench demo report");
        var md = new StringBuilder("# Workbench demo report\n\n");
        html.Paragraph(Framing, "caution");
        md.Append("> ").Append(Framing).Append("\n\n");

        html.Heading("Ingest");
        var ingestRows = new List<IReadOnlyList<string>>
        {
            new[] { "rows read", ingest.Read.ToString("N0", inv) },
            new[] { "kept", ingest.Kept.ToString("N0", inv) },
            new[] { "quarantined", ingest.Quarantined.ToString("N0", inv) },
            new[] { "ads in the store", summary.Ads.ToString("N0", inv) },
            new[] { "distinct phone tokens", summary.DistinctPhoneTokens.ToString("N0", inv) },
            new[] { "ads with a phone token", summary.ShareWithPhone.ToString("P1", inv) },
            new[] { "ads with an e-mail token", summary.ShareWithEmail.ToString("P1", inv) },
            new[] { "ads with a handle token", summary.ShareWithHandle.ToString("P1", inv) },
            new[] { "ads with an image hash", summary.ShareWithImage.ToString("P1", inv) },
            new[] { "first day", summary.FirstPost?.ToString("yyyy-MM-dd", inv) ?? "-" },
            new[] { "last day", summary.LastPost?.ToString("yyyy-MM-dd", inv) ?? "-" },
        };
        html.Table(["measure", "value"], ingestRows);
        md.Append("## Ingest\n\n| measure | value |\n|---|---|\n");
        foreach (var row in ingestRows) md.Append("| ").Append(row[0]).Append(" | ").Append(row[1]).Append(" |\n");
        md.Append('\n');
        html.Paragraph("Read = kept + quarantined, always. Contacts were replaced by keyed tokens before storage; the tokens link ads without revealing a number.");

        html.Heading("Volume");
        html.Chart(CorpusCharts.AdsPerDay(summary));
        html.Chart(CorpusCharts.AdsPerProvince(summary));
        html.Paragraph("Per-capita rates use the 2021 census populations; they describe advertising volume, which mixes many advertisers and sites, not the number of people.");
        html.Chart(CorpusCharts.AdsPerSite(summary));
        html.Table(["city", "ads"], summary.TopCities.Select(c => (IReadOnlyList<string>)[c.Name, c.Ads.ToString("N0", inv)]));
        md.Append("## Ads per province (per 100,000 residents)\n\n| province | ads | per 100k |\n|---|---|---|\n");
        foreach (var p in summary.Provinces.OrderByDescending(p => p.Ads))
        {
            md.Append(inv, $"| {p.Province} | {p.Ads:N0} | {p.AdsPer100k:F2} |\n");
        }
        md.Append('\n');

        html.Heading("Shared contacts");
        html.Chart(CorpusCharts.AdsPerPhone(summary));
        html.Paragraph("Most independent advertisers repost under one number; a token on many ads is a lead for the cluster and graph analyses, not a conclusion: agencies, shared phones and spam all produce it.");

        if (summary.QuarantineReasons.Count > 0)
        {
            html.Heading("Quarantine");
            html.Chart(CorpusCharts.QuarantineReasons(summary));
        }

        var writer = new ReportWriter(html, md);
        if (context is not null)
        {
            foreach (var section in sections ?? [])
            {
                writer.Heading(section.Title);
                section.Write(context, writer);
            }
        }

        if (!string.IsNullOrWhiteSpace(generatorReport))
        {
            writer.Heading("Synthetic corpus: validation against its specification");
            writer.Preformatted(generatorReport);
        }
        return new DemoReport(html, md.ToString());
    }
}
