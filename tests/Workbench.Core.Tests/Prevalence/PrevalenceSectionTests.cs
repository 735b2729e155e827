using System.Text;
using System.Text.Json;
using Workbench.Data;
using Workbench.Reports;
using Workbench.Reports.Sections;
using Workbench.Store;
using Workbench.Synthetic;

namespace Workbench.Tests.Prevalence;

public class PrevalenceSectionTests
{
    private static readonly PseudonymKey Key = PseudonymKey.FromHex("0f0e0d0c0b0a09080706050403020100f0e0d0c0b0a090807060504030201000");

    [Fact]
    public void Given_a_synthetic_store_when_the_section_is_written_then_it_frames_counts_gives_intervals_and_leaks_no_contact()
    {
        // Given: a small synthetic corpus, ingested
        using var dir = new TempDir();
        var corpus = dir.File("corpus");
        SyntheticCorpusWriter.Write(corpus, new SyntheticOptions { Ads = 3_000, Seed = 6 });
        using var store = AdStore.Open(dir.File("s.duckdb"));
        new Ingestor(store, Key).Ingest(Path.Combine(corpus, "ads.jsonl"), new IngestOptions { QuarantinePath = dir.File("q.jsonl") });
        var outDir = dir.File("out");
        Directory.CreateDirectory(outDir);
        var context = new ReportContext(store, CorpusSummary.Compute(store), Path.Combine(corpus, "truth.jsonl"), outDir, 1);

        // When
        var html = new HtmlReport("t");
        var md = new StringBuilder();
        new PrevalenceSection().Write(context, new ReportWriter(html, md));
        var text = md.ToString();

        // Then
        Assert.Contains("not people and not victims", text, StringComparison.Ordinal);
        Assert.Contains("ads [95% interval]", text, StringComparison.Ordinal);
        Assert.Contains("| stepwise |", text, StringComparison.Ordinal);
        Assert.Contains("HL·AF", text, StringComparison.Ordinal); // the refused never-overlapping pair is named
        Assert.Contains("never seen on any of them", text, StringComparison.Ordinal);
        Assert.Contains("independent lists (control)", text, StringComparison.Ordinal);
        Assert.True(html.ChartCount >= 5);
        var csv = File.ReadAllText(Path.Combine(outDir, "prevalence-rates.csv"));
        Assert.All(csv.Split('\n').Skip(1).Where(l => l.Length > 0), l =>
        {
            var count = l.Split(',')[4];
            Assert.True(count == "<5" || long.Parse(count, System.Globalization.CultureInfo.InvariantCulture) >= 5, l);
        });
        foreach (var line in File.ReadLines(Path.Combine(corpus, "truth.jsonl")).Take(500))
        {
            using var truth = JsonDocument.Parse(line);
            foreach (var phone in truth.RootElement.GetProperty("phones").EnumerateArray())
            {
                var digits = phone.GetString()![2..]; // +1XXXXXXXXXX → the ten digits
                Assert.DoesNotContain(digits, text, StringComparison.Ordinal);
                Assert.DoesNotContain(digits, csv, StringComparison.Ordinal);
            }
        }
    }
}
