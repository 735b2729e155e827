using Workbench.Prevalence;

namespace Workbench.Tests.Prevalence;

public class ComplementarySuppressionTests
{
    [Fact]
    public void Given_one_small_week_when_rated_then_the_next_smallest_week_is_withheld_so_subtraction_reveals_nothing()
    {
        // Given: weeks with 3, 7, 20 and 30 ads; the national total is published
        var start = new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);
        int[] perWeek = [3, 7, 20, 30];
        var ads = perWeek.SelectMany((n, w) => Enumerable.Range(0, n).Select(i => new AdActivity($"{w}-{i}", start.AddDays(7 * w), "s", "Toronto", "ON", [$"ph_{w}_{i}"]))).ToList();

        // When
        var rates = new RateEstimator(new RateOptions { BootstrapReplicates = 20 }).Fit(ads);
        var weeks = rates.Select(RateDimension.Week, RateMeasure.Ads).ToList();

        // Then: 3 is suppressed, and so is 7; 20 and 30 stay
        Assert.Equal([null, null, 20L, 30L], weeks.Select(c => c.Count));
        Assert.Equal(60, rates.Select(RateDimension.National, RateMeasure.Ads).Single().Count);
        var without = new RateEstimator(new RateOptions { BootstrapReplicates = 20, ComplementarySuppression = false }).Fit(ads);
        Assert.Equal([null, 7L, 20L, 30L], without.Select(RateDimension.Week, RateMeasure.Ads).Select(c => c.Count));
    }
}
