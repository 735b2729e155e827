using Workbench.Data;
using Workbench.Reports;
using Workbench.Store;

namespace Workbench.Tests.Reports;

public class CorpusSummaryTests
{
    private static readonly PseudonymKey Key = PseudonymKey.FromHex("0f0e0d0c0b0a09080706050403020100f0e0d0c0b0a090807060504030201000");

    [Fact]
    public void Summary_counts_days_provinces_cities_under_reference_names_and_shared_phones()
    {
        // Given: four ads, three sharing one phone, Montreal written two ways
        using var dir = new TempDir();
        var file = dir.Write("ads.jsonl", string.Join("\n",
            """{"ad_id":"1","posted_at":"2026-05-01T10:00:00Z","body":"call 514-916-0101","city":"Montréal","province":"QC","site":"s1"}""",
            """{"ad_id":"2","posted_at":"2026-05-01T23:00:00Z","body":"call 514 916 0101","city":"MTL","province":"QC","site":"s1"}""",
            """{"ad_id":"3","posted_at":"2026-05-02T10:00:00Z","body":"call (514) 916-0101","city":"Toronto","province":"ON","site":"s2"}""",
            """{"ad_id":"4","posted_at":"2026-05-02T11:00:00Z","body":"no contact","city":"Toronto","province":"ON","site":"s2"}""",
            """{"ad_id":"5","posted_at":"bad","body":"x"}"""));
        using var store = AdStore.Open(dir.File("s.duckdb"));
        new Ingestor(store, Key).Ingest(file, new IngestOptions { QuarantinePath = dir.File("q.jsonl") });

        // When
        var summary = CorpusSummary.Compute(store);

        // Then
        Assert.Equal(4, summary.Ads);
        Assert.Equal(5, summary.RowsRead);
        Assert.Equal(1, summary.RowsQuarantined);
        Assert.Equal([2L, 2L], summary.AdsPerDay.Select(d => d.Ads));
        Assert.Equal(new DateOnly(2026, 5, 1), summary.AdsPerDay[0].Day);
        var qc = summary.Provinces.Single(p => p.Province == "QC");
        Assert.Equal(2 * 100_000.0 / 8_501_833, qc.AdsPer100k, 6);
        Assert.Equal(new NamedCount("Montreal", 2), summary.TopCities.Single(c => c.Name == "Montreal"));
        Assert.Equal(1, summary.DistinctPhoneTokens);
        Assert.Equal(0.75, summary.ShareWithPhone);
        Assert.Equal(new PhoneBucket("2-3", 1), Assert.Single(summary.AdsPerPhone));
        Assert.StartsWith("posted_at: … is not an ISO 8601 date-time", Assert.Single(summary.QuarantineReasons).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_report_is_deterministic_and_carries_its_framing()
    {
        using var dir = new TempDir();
        var file = dir.Write("ads.jsonl", """{"ad_id":"1","posted_at":"2026-05-01T10:00:00Z","body":"hi","province":"ON"}""");
        using var store = AdStore.Open(dir.File("s.duckdb"));
        var result = new Ingestor(store, Key).Ingest(file);
        var summary = CorpusSummary.Compute(store);

        var a = DemoReport.Build(summary, result.Counts, "generator report");
        var b = DemoReport.Build(summary, result.Counts, "generator report");

        Assert.Equal(a.Html.ToHtml(), b.Html.ToHtml());
        Assert.Contains(DemoReport.Framing, a.Markdown);
        Assert.Contains("Plotly.newPlot('chart-1'", a.Html.ToHtml());
        Assert.DoesNotContain("cdn.plot.ly", a.Html.ToHtml().Replace(HtmlReport.PlotlyScript.Value, "", StringComparison.Ordinal));
    }
}
