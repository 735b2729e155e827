using System.Text;
using System.Text.RegularExpressions;
using Workbench.Data;
using Workbench.Reports;
using Workbench.Reports.Sections;
using Workbench.Store;
using Workbench.Synthetic;

namespace Workbench.Tests.Graphs;

public class GraphSectionTests
{
    [Fact]
    public void The_section_reports_the_graph_draws_a_meta_cluster_and_the_corridors_and_carries_no_raw_contact()
    {
        // Given: a small synthetic corpus, ingested
        using var dir = new TempDir();
        SyntheticCorpusWriter.Write(dir.Path, new SyntheticOptions { Ads = 3_000, Seed = 3 });
        using var store = AdStore.Open(dir.File("s.duckdb"));
        new Ingestor(store, PseudonymKey.FromHex(PseudonymKey.NewHex(), "test"))
            .Ingest(dir.File("ads.jsonl"), new IngestOptions { QuarantinePath = dir.File("q.jsonl") });
        var context = new ReportContext(store, CorpusSummary.Compute(store), dir.File("truth.jsonl"), dir.Path, 1);
        var html = new HtmlReport("test");
        var markdown = new StringBuilder();

        // When
        new GraphSection().Write(context, new ReportWriter(html, markdown));

        // Then: tables, the network view and both corridor charts, the caution, and no raw contact anywhere
        var text = markdown.ToString();
        Assert.Contains("Louvain communities (seeded)", text);
        Assert.Contains("One meta-cluster and the tokens that link it", text);
        Assert.Contains("| from | to | moves |", text);
        Assert.Contains("never a finding about the people behind the ads", text);
        Assert.Equal(3, html.ChartCount);
        var all = RawContactScan.WithoutPlotly(text + html.ToHtml());
        var scan = RawContactScan.FromTruthFiles([dir.File("truth.jsonl")]);
        Assert.NotEmpty(scan.Phones);
        Assert.Empty(scan.FindIn(all));
        Assert.DoesNotMatch(new Regex(@"\b\d{3}[-. ]\d{3}[-. ]\d{4}\b"), text);
    }
}
