using Workbench.Prevalence;
using Xunit.Abstractions;

namespace Workbench.Tests.Prevalence;

/// <summary>
/// Coverage of the rate intervals where the truth is known: advertisers arrive as a Poisson process and post a
/// heavy-tailed number of ads each. An interval that treated ads as independent would be far too narrow here.
/// </summary>
public class RateCoverageTests(ITestOutputHelper output)
{
    [Fact]
    public void Given_clustered_ads_with_a_known_mean_when_rated_many_times_then_the_95_percent_interval_covers_it_about_95_percent_of_the_time()
    {
        // Given: λ = 80 advertisers per draw; ads per advertiser 1 + Geometric(0.15) (mean 1/0.15 ≈ 6.67, long tail)
        const double lambda = 80, p = 0.15;
        var expectedAds = lambda / p;
        var random = new Random(20260601);
        var start = new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);
        int coveredAds = 0, coveredAdvertisers = 0, trials = 200;
        for (var t = 0; t < trials; t++)
        {
            var advertisers = Poisson(random, lambda);
            var ads = new List<AdActivity>();
            for (var a = 0; a < advertisers; a++)
            {
                var n = 1;
                while (random.NextDouble() > p) n++;
                for (var i = 0; i < n; i++) ads.Add(new AdActivity($"{a}-{i}", start, "s", "Regina", "SK", [$"ph_{a}"]));
            }

            // When
            var rates = new RateEstimator(new RateOptions { BootstrapReplicates = 200, Seed = t }).Fit(ads);
            var adCell = rates.Select(RateDimension.Province, RateMeasure.Ads).Single(c => c.Key == "SK");
            var advertiserCell = rates.Select(RateDimension.Province, RateMeasure.Advertisers).Single(c => c.Key == "SK");
            if (adCell.Lower <= expectedAds && expectedAds <= adCell.Upper) coveredAds++;
            if (advertiserCell.Lower <= lambda && lambda <= advertiserCell.Upper) coveredAdvertisers++;
        }

        // Then: nominal 95%; with 200 trials, 88% is about three standard errors below
        output.WriteLine($"coverage: ads {coveredAds / (double)trials:P1}, advertisers {coveredAdvertisers / (double)trials:P1}");
        Assert.InRange(coveredAds / (double)trials, 0.88, 1.0);
        Assert.InRange(coveredAdvertisers / (double)trials, 0.88, 1.0);
    }

    [Fact]
    public void Given_the_same_clustered_ads_when_each_ad_is_its_own_advertiser_then_the_interval_is_too_narrow_to_cover()
    {
        // The counterfactual an ad-level bootstrap amounts to: it must fail the same check, or the check proves nothing.
        const double lambda = 80, p = 0.15;
        var expectedAds = lambda / p;
        var random = new Random(20260601);
        var start = new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);
        int covered = 0, trials = 100;
        for (var t = 0; t < trials; t++)
        {
            var advertisers = Poisson(random, lambda);
            var ads = new List<AdActivity>();
            var k = 0;
            for (var a = 0; a < advertisers; a++)
            {
                var n = 1;
                while (random.NextDouble() > p) n++;
                for (var i = 0; i < n; i++, k++) ads.Add(new AdActivity($"{k}", start, "s", "Regina", "SK", [$"ph_{k}"]));
            }
            var cell = new RateEstimator(new RateOptions { BootstrapReplicates = 200, Seed = t }).Fit(ads)
                .Select(RateDimension.Province, RateMeasure.Ads).Single(c => c.Key == "SK");
            if (cell.Lower <= expectedAds && expectedAds <= cell.Upper) covered++;
        }
        output.WriteLine($"ad-level coverage: {covered / (double)trials:P1}");
        Assert.True(covered / (double)trials < 0.80);
    }

    private static int Poisson(Random random, double lambda)
    {
        // Normal approximation is enough at λ = 80 for drawing the number of advertisers.
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        var z = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
        return Math.Max(0, (int)Math.Round(lambda + Math.Sqrt(lambda) * z));
    }
}
