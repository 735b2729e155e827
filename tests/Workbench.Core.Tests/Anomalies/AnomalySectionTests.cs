using System.Text;
using System.Text.RegularExpressions;
using Workbench.Data;
using Workbench.Reports;
using Workbench.Reports.Sections;
using Workbench.Store;
using Workbench.Synthetic;

namespace Workbench.Tests.Anomalies;

public class AnomalySectionTests
{
    [Fact]
    public void The_section_reports_windows_event_effects_unusual_clusters_and_the_caution()
    {
        // Given: a small synthetic corpus with planted events, ingested
        using var dir = new TempDir();
        SyntheticCorpusWriter.Write(dir.Path, new SyntheticOptions { Ads = 3_000, Seed = 3 });
        using var store = AdStore.Open(dir.File("s.duckdb"));
        new Ingestor(store, PseudonymKey.FromHex(PseudonymKey.NewHex(), "test"))
            .Ingest(dir.File("ads.jsonl"), new IngestOptions { QuarantinePath = dir.File("q.jsonl") });
        var context = new ReportContext(store, CorpusSummary.Compute(store), dir.File("truth.jsonl"), dir.Path, 1);
        var html = new HtmlReport("test");
        var markdown = new StringBuilder();

        // When
        new AnomalySection().Write(context, new ReportWriter(html, markdown));

        // Then
        var text = markdown.ToString();
        Assert.Contains("| region | start | end | metric | effect [interval] | q |", text);
        Assert.Contains("Against the planted events", text);
        Assert.Contains("reason to look at the ads, not a finding about anyone", text);
        Assert.True(html.ChartCount >= 2);
        var all = text + html.ToHtml();
        Assert.DoesNotMatch(new Regex(@"\b\d{3}[-. ]\d{3}[-. ]\d{4}\b"), text);
        Assert.DoesNotContain("@", text);
        Assert.Contains("stack", all);
    }
}
