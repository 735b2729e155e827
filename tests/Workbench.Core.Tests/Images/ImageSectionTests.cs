using System.Text;
using Workbench.Data;
using Workbench.Reports;
using Workbench.Reports.Sections;
using Workbench.Store;
using Workbench.Synthetic;

namespace Workbench.Tests.Images;

public class ImageSectionTests
{
    [Fact]
    public void The_section_reports_reuse_groups_stock_candidates_phone_joins_and_the_caution()
    {
        // Given: a small synthetic corpus, ingested
        using var dir = new TempDir();
        SyntheticCorpusWriter.Write(dir.Path, new SyntheticOptions { Ads = 2_000, Seed = 2 });
        using var store = AdStore.Open(dir.File("s.duckdb"));
        new Ingestor(store, PseudonymKey.FromHex(PseudonymKey.NewHex(), "test"))
            .Ingest(dir.File("ads.jsonl"), new IngestOptions { QuarantinePath = dir.File("q.jsonl") });
        var context = new ReportContext(store, CorpusSummary.Compute(store), dir.File("truth.jsonl"), dir.Path, 1);
        var html = new HtmlReport("test");
        var markdown = new StringBuilder();

        // When
        new ImageSection(generatedImages: 6).Write(context, new ReportWriter(html, markdown));

        // Then
        var text = markdown.ToString();
        Assert.Contains("stock-image candidates", text);
        Assert.Contains("phone-token sets", text);
        Assert.Contains("Against the planted truth", text);
        Assert.Contains("links files, not people", text);
        Assert.Contains("no face recognition", text);
        Assert.Matches(@"\| img-[0-9a-f]{16} \|", text);
        Assert.True(html.ChartCount >= 2);
        Assert.Contains("data:image/jpeg;base64,", html.ToHtml());
    }

    [Fact]
    public void On_a_corpus_with_cropped_copies_the_section_shows_reuse_recall_with_and_without_window_hashes()
    {
        // Given: a corpus with planted cropped copies (window hashes in ads.jsonl), ingested
        using var dir = new TempDir();
        SyntheticCorpusWriter.Write(dir.Path, new SyntheticOptions { Ads = 3_000, Seed = 2, CroppedImageProbability = 0.2 });
        using var store = AdStore.Open(dir.File("s.duckdb"));
        new Ingestor(store, PseudonymKey.FromHex(PseudonymKey.NewHex(), "test"))
            .Ingest(dir.File("ads.jsonl"), new IngestOptions { QuarantinePath = dir.File("q.jsonl") });
        var context = new ReportContext(store, CorpusSummary.Compute(store), dir.File("truth.jsonl"), dir.Path, 1);
        var markdown = new StringBuilder();

        // When
        new ImageSection(generatedImages: 6).Write(context, new ReportWriter(new HtmlReport("test"), markdown));

        // Then: the stored ads kept their window hashes, and both rows are reported
        Assert.Equal(store.Scalar<long>("SELECT count(*) FROM ads WHERE len(image_hashes) > 0"),
            store.Scalar<long>("SELECT count(*) FROM ads WHERE len(image_window_hashes) = 9 * len(image_hashes)"));
        var text = markdown.ToString();
        Assert.Contains("also carry window hashes", text);
        Assert.Contains("Against the planted photos", text);
        Assert.Contains("| global hashes only |", text);
        Assert.Contains("| global + window hashes |", text);
    }
}
