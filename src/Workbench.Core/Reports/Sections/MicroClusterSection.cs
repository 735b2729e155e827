using System.Globalization;
using Workbench.Charts;
using Workbench.Clustering;
using Workbench.Evaluation;

namespace Workbench.Reports.Sections;

/// <summary>
/// The micro-cluster part of the demo report: runs <see cref="MicroClusterDetector"/> on the store, stores the result
/// (<see cref="ClusterTables"/>), writes <c>clusters.csv</c> and its templates beside the report, and shows counts, the
/// top templates with their slots, one template view, quality against the planted truth when there is one, and charts.
/// </summary>
public sealed class MicroClusterSection(MicroClusterOptions? options = null) : IReportSection
{
    /// <inheritdoc />
    public string Title => "Micro-clusters: shared templates";

    /// <summary>The settings the section runs with.</summary>
    public MicroClusterOptions Options { get; } = options ?? new();

    /// <inheritdoc />
    public void Write(ReportContext context, ReportWriter writer)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(writer);
        var inv = CultureInfo.InvariantCulture;
        var result = context.MicroClusters(Options with { Seed = context.Seed });
        ClusterTables.Write(context.Store, result);
        var csv = Path.Combine(context.OutputDirectory, "clusters.csv");
        ClusterFiles.WriteCsv(result, csv);
        ClusterFiles.WriteTemplates(result, ClusterFiles.TemplatesPathFor(csv));

        var s = result.Statistics;
        var clustered = result.ClusteredAds;
        writer.Paragraph(
            "Ads whose text is cheaper to describe through one shared template than one by one, found by minimum description " +
            "length (InfoShield, Lee et al., ICDE 2021). Phone numbers, e-mails, handles, URLs and digits never make two texts alike " +
            "here; meta-clusters then join micro-clusters that share a contact token or an image.");
        writer.Table(["measure", "value"],
        [
            ["ads", s.Ads.ToString("N0", inv)],
            ["distinct texts (contacts as their kind)", s.DistinctTexts.ToString("N0", inv)],
            ["micro-clusters", result.Clusters.Count.ToString("N0", inv)],
            ["ads in a micro-cluster", $"{clustered:N0} ({(s.Ads == 0 ? 0 : clustered / (double)s.Ads):P1})"],
            ["meta-clusters (two or more micro-clusters or ads linked)", result.MetaClusters.Count.ToString("N0", inv)],
            ["hub tokens left out of linking", result.HubTokens.Count.ToString("N0", inv)],
            ["bits per word (W)", s.WordBits.ToString(inv)],
            ["time", s.Stages.Sum(t => t.Elapsed.TotalSeconds).ToString("F1", inv) + " s"],
        ]);

        var top = result.Clusters.OrderByDescending(c => c.Members.Count).ThenBy(c => c.ClusterId).Take(10).ToList();
        writer.Heading("Largest templates", 3);
        writer.Table(["cluster", "ads", "distinct texts", "slots", "compression", "meta", "template ([*] = slot)"],
            top.Select(c => (IReadOnlyList<string>)
            [
                c.ClusterId.ToString(inv), c.Members.Count.ToString("N0", inv), c.DistinctTexts.ToString("N0", inv),
                c.SlotCount.ToString(inv), c.CompressionRate.ToString("P1", inv), c.MetaClusterId.ToString(inv),
                c.TemplateText.Length > 160 ? c.TemplateText[..159] + "…" : c.TemplateText,
            ]));
        var shown = result.Clusters.Where(c => c.SlotCount > 0 && c.DistinctTexts > 1).OrderByDescending(c => c.Members.Count).FirstOrDefault();
        if (shown is not null)
        {
            var view = TemplateView.Of(shown, 6);
            writer.Heading($"Template view of cluster {shown.ClusterId}", 3);
            writer.Html.Raw(view.ToHtml());
            writer.Paragraph("Colours: slot fills blue, matched words plain, substitutions orange, deletions red and struck, insertions green.");
        }

        writer.Chart(ClusterCharts.DailyStrip(result, 15), "ads per day of the largest micro-clusters");
        writer.Chart(ClusterCharts.SizeAgainstCompression(result), "micro-clusters by size and compression rate");

        writer.Heading("Largest meta-clusters", 3);
        writer.Table(["meta", "micro-clusters", "ads", "ads in no micro-cluster", "phones", "e-mails", "handles", "images", "largest template"],
            ClusterCharts.MetaClusterSummary(result, 8).Select(m => (IReadOnlyList<string>)
            [
                m.MetaClusterId.ToString(inv), m.MicroClusters.ToString(inv), m.Ads.ToString("N0", inv), m.UnclusteredAds.ToString("N0", inv),
                m.Phones.ToString(inv), m.Emails.ToString(inv), m.Handles.ToString(inv), m.Images.ToString(inv), m.LargestTemplate,
            ]));
        if (result.HubTokens.Count > 0)
        {
            writer.Paragraph($"{result.HubTokens.Count} tokens appear on more than {Options.Meta.HubMinAds:N0} ads each and were not used to link " +
                $"(largest: a {result.HubTokens[0].Kind.ToString().ToLowerInvariant()} on {result.HubTokens[0].Ads:N0} ads).");
        }

        if (context.TruthPath is not null && File.Exists(context.TruthPath))
        {
            var report = ClusterEvaluation.Evaluate(result, TruthFile.Read(context.TruthPath));
            writer.Heading("Quality against the planted truth", 3);
            writer.Table(["scored against", "ads", "ARI", "pair precision", "pair recall"], QualityRows(report));
            writer.Paragraph(
                "Templates: the ads the generator wrote from one template or base text, which is what a micro-cluster is. " +
                "Actors: the generator's per-actor micro-clusters, which split a scam script shared by unrelated spam actors; " +
                $"a perfect template-level answer scores ARI {report.TextCeiling.AdjustedRandIndex:F3} there. Meta-clusters are scored against actors.");
        }
        writer.Caution(
            "A micro-cluster says that texts were written from one template or copied from each other: organized advertising, an agency, " +
            "spam, or one person reposting their own ad all produce it. It is a reason to look, never a finding about anyone; " +
            "independent workers who repost their own text form micro-clusters too.");
    }

    private static IEnumerable<IReadOnlyList<string>> QualityRows(ClusterEvaluationReport r)
    {
        var inv = CultureInfo.InvariantCulture;
        IReadOnlyList<string> Row(string name, PartitionScore s) =>
            [name, s.Ads.ToString("N0", inv), s.AdjustedRandIndex.ToString("F3", inv), s.PairPrecision.ToString("F3", inv), s.PairRecall.ToString("F3", inv)];
        yield return Row("micro-clusters vs templates", r.Templates);
        foreach (var t in r.ByActorType) yield return Row($"  {t.Type.ToString().ToLowerInvariant()}", t.Templates);
        yield return Row("micro-clusters vs actors' micro-clusters", r.Actors);
        yield return Row("meta-clusters vs actors", r.Meta);
    }
}
