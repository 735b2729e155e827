using Workbench.Reports.Sections;
using Workbench.Tests.Reports;
using Workbench.Synthetic;

namespace Workbench.Tests.Images;

public class ImageSectionTests
{
    [Fact]
    public void The_section_reports_reuse_groups_stock_candidates_phone_joins_and_the_caution()
    {
        // Given: a small synthetic corpus, ingested
        using var run = new SectionRun(new SyntheticOptions { Ads = 2_000, Seed = 2 });

        // When
        run.Write(new ImageSection(generatedImages: 6));

        // Then
        var text = run.Markdown;
        Assert.Contains("stock-image candidates", text);
        Assert.Contains("phone-token sets", text);
        Assert.Contains("Against the planted truth", text);
        Assert.Contains("links files, not people", text);
        Assert.Contains("no face recognition", text);
        Assert.Matches(@"\| img-[0-9a-f]{16} \|", text);
        Assert.True(run.Html.ChartCount >= 2);
        Assert.Contains("data:image/jpeg;base64,", run.Html.ToHtml());
    }

    [Fact]
    public void On_a_corpus_with_cropped_copies_the_section_shows_reuse_recall_with_and_without_window_hashes()
    {
        // Given: a corpus with planted cropped copies (window hashes in ads.jsonl), ingested
        using var run = new SectionRun(new SyntheticOptions { Ads = 3_000, Seed = 2, CroppedImageProbability = 0.2 });

        // When
        run.Write(new ImageSection(generatedImages: 6));

        // Then: the stored ads kept their window hashes, and both rows are reported
        Assert.Equal(run.Store.Scalar<long>("SELECT count(*) FROM ads WHERE len(image_hashes) > 0"),
            run.Store.Scalar<long>("SELECT count(*) FROM ads WHERE len(image_window_hashes) = 9 * len(image_hashes)"));
        var text = run.Markdown;
        Assert.Contains("also carry window hashes", text);
        Assert.Contains("Against the planted photos", text);
        Assert.Contains("| global hashes only |", text);
        Assert.Contains("| global + window hashes |", text);
    }
}
