using Workbench.Prevalence;

namespace Workbench.Tests.Prevalence;

public class AdMseEstimatorTests
{
    private static readonly DateTimeOffset Start = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private static AdActivity Ad(string id, string site, int day, params string[] phones) => new(id, Start.AddDays(day), site, "Toronto", "ON", phones);

    [Fact]
    public void Given_ads_on_sites_when_tabulated_then_each_phone_linked_advertiser_has_one_pattern_over_the_sites()
    {
        // Given: advertiser 1 on sites a and b (linked through a shared second phone), 2 on a only, 3 on b only
        var ads = new[]
        {
            Ad("1", "a", 0, "ph_1"), Ad("2", "b", 3, "ph_1b", "ph_1"), Ad("3", "a", 1, "ph_2"), Ad("4", "a", 2, "ph_2"),
            Ad("5", "b", 2, "ph_3"), Ad("6", "a", 2),
        };
        var (table, unit) = new AdMseEstimator().Table(ads);
        Assert.Equal("phone-linked advertisers", unit);
        Assert.Equal(["a", "b"], table.Lists); // a has more ads, so it comes first
        Assert.Equal(3, table.Observed);
        Assert.Equal(1, table.Counts[0b01]);
        Assert.Equal(1, table.Counts[0b10]);
        Assert.Equal(1, table.Counts[0b11]);
    }

    [Fact]
    public void Given_more_sites_than_lists_when_tabulated_then_the_smallest_are_merged()
    {
        var ads = Enumerable.Range(0, 8).SelectMany(s => Enumerable.Range(0, 10 - s).Select(i => Ad($"{s}-{i}", $"s{s}", i, $"ph_{s}_{i}"))).ToList();
        var (table, _) = new AdMseEstimator(new AdMseOptions { MaxLists = 4 }).Table(ads);
        Assert.Equal(["s0", "s1", "s2", "other sites"], table.Lists);
    }

    [Fact]
    public void Given_time_windows_when_tabulated_then_an_advertiser_active_throughout_is_on_every_window()
    {
        var ads = Enumerable.Range(0, 40).Select(d => Ad($"x{d}", "a", d, "ph_x"))
            .Append(Ad("y", "a", 0, "ph_y")).ToList();
        var (table, _) = new AdMseEstimator(new AdMseOptions { Lists = AdListKind.TimeWindows, Windows = 4 }).Table(ads);
        Assert.Equal(4, table.K);
        Assert.Equal(1, table.Counts[0b1111]);
        Assert.Equal(1, table.Counts[0b0001]);
    }

    [Fact]
    public void Given_an_estimate_when_stated_then_the_number_its_interval_and_its_assumptions_come_together()
    {
        // Given: two sites with independent 40% captures of 500 invented advertisers
        var random = new Random(3);
        var ads = new List<AdActivity>();
        for (var u = 0; u < 500; u++)
        {
            if (random.NextDouble() < 0.4) ads.Add(Ad($"a{u}", "a", 0, $"ph_{u}"));
            if (random.NextDouble() < 0.4) ads.Add(Ad($"b{u}", "b", 1, $"ph_{u}"));
        }
        var result = new AdMseEstimator(new AdMseOptions { Mse = new MseOptions { Model = MseModel.MainEffects, BootstrapReplicates = 0 } }).Fit(ads);
        Assert.NotNull(result.Estimate);
        Assert.InRange(result.Estimate.NHat, 400, 620);
        var statement = result.Statement();
        Assert.Contains("never seen", statement, StringComparison.Ordinal);
        Assert.Contains("interval", statement, StringComparison.Ordinal);
        Assert.Contains("closed population", statement, StringComparison.Ordinal);
        Assert.Contains("not people or victims", statement, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_sites_that_never_share_an_advertiser_when_estimated_then_no_number_is_reported()
    {
        // Two sites, no advertiser on both: Lincoln–Petersen would divide by zero; the guard refuses.
        var ads = Enumerable.Range(0, 20).Select(i => Ad($"{i}", i % 2 == 0 ? "a" : "b", 0, $"ph_{i}")).ToList();
        var result = new AdMseEstimator(new AdMseOptions { Mse = new MseOptions { Model = MseModel.MainEffects, BootstrapReplicates = 0 } }).Fit(ads);
        Assert.Null(result.Estimate);
        Assert.Null(result.Unseen);
        Assert.Contains("no unit is on more than one list", result.Refusal, StringComparison.Ordinal);
        Assert.Contains("No estimate", result.Statement(), StringComparison.Ordinal);
    }
}
