using Workbench.Evaluation;
using Workbench.Images;

namespace Workbench.Tests.Images;

public class ImageReuseEvaluationTests
{
    [Fact]
    public void Scores_count_cross_advertiser_candidates_and_phone_sets_joined_within_an_advertiser()
    {
        // Given: a stock photo shown by three advertisers, and one advertiser whose two phones share two photos
        const ulong s = 0x1111222233334444UL, p = 0x5555666677778888UL, q = 0x99990000aaaabbbbUL;
        var ads = new[]
        {
            new AdImages("s1", ["ph_a"], [s]), new AdImages("s2", ["ph_b"], [s]), new AdImages("s3", ["ph_c"], [s]),
            new AdImages("p1", ["ph_x"], [p, q]), new AdImages("p2", ["ph_y"], [p]), new AdImages("p3", ["ph_y"], [q]),
        };
        var truth = new Dictionary<string, (string Actor, string Type)>
        {
            ["s1"] = ("A1", "spam"), ["s2"] = ("A2", "spam"), ["s3"] = ("A3", "spam"),
            ["p1"] = ("A4", "organized"), ["p2"] = ("A4", "organized"), ["p3"] = ("A4", "organized"),
        };
        var result = new ImageReuseDetector().Fit(ads);
        // When
        var score = ImageReuseEvaluation.Score(ads, result, truth);
        // Then
        Assert.Equal(1, score.StockCandidates);
        Assert.Equal(1.0, score.StockPrecision);
        Assert.Equal(1.0, score.StockRecall);
        Assert.Equal(1.0, score.OrdinaryWithinOneAdvertiser);
        Assert.Equal(1, score.AdvertisersWithSeveralPhones);
        Assert.Equal(2.0, score.PhoneSetsPerAdvertiserBefore);
        Assert.Equal(1.0, score.PhoneSetsPerAdvertiserAfter);
        Assert.Equal(0, score.MixedSetsAfter);
    }
}
