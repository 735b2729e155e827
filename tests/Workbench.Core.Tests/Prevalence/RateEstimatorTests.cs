using FsCheck;
using FsCheck.Fluent;
using Workbench.Prevalence;

namespace Workbench.Tests.Prevalence;

public class RateEstimatorTests
{
    private static readonly DateTimeOffset Monday = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero); // ISO 2026-W23

    private static AdActivity Ad(string id, string? city, string? province, int day, params string[] phones) =>
        new(id, Monday.AddDays(day), "site-a", city, province, phones);

    private static RateCell Cell(PrevalenceRates rates, RateDimension dimension, string key, RateMeasure measure) =>
        rates.Cells.Single(c => c.Dimension == dimension && c.Key == key && c.Measure == measure);

    [Fact]
    public void Given_ads_in_aliased_cities_when_rated_then_aliases_count_under_the_metro_and_its_province()
    {
        // Given: Mississauga is Toronto's alias; MTL has no province on the ad and is placed in QC through its city
        var ads = new List<AdActivity>();
        for (var i = 0; i < 6; i++) ads.Add(Ad($"t{i}", "Mississauga", "ON", 0, "ph_t"));
        for (var i = 0; i < 7; i++) ads.Add(Ad($"m{i}", "MTL", null, 8, $"ph_m{i % 2}"));
        ads.Add(Ad("x", "Nowhere", null, 1, "ph_x"));

        // When
        var rates = new RateEstimator(new RateOptions { BootstrapReplicates = 50 }).Fit(ads);

        // Then
        Assert.Equal(6, Cell(rates, RateDimension.Metro, "Toronto", RateMeasure.Ads).Count);
        Assert.Equal(6, Cell(rates, RateDimension.Province, "ON", RateMeasure.Ads).Count);
        Assert.Equal(7, Cell(rates, RateDimension.Metro, "Montreal", RateMeasure.Ads).Count);
        Assert.Equal(7, Cell(rates, RateDimension.Province, "QC", RateMeasure.Ads).Count);
        Assert.Equal(14, Cell(rates, RateDimension.National, "CA", RateMeasure.Ads).Count);
        Assert.Equal(1, rates.AdsWithoutProvince);
        Assert.Equal(1, rates.AdsWithoutMetro);
        Assert.Equal(7, Cell(rates, RateDimension.Week, "2026-W23", RateMeasure.Ads).Count); // six in Toronto and the unplaced one
        Assert.Equal(7, Cell(rates, RateDimension.Week, "2026-W24", RateMeasure.Ads).Count);
        var on = Cell(rates, RateDimension.Province, "ON", RateMeasure.Ads);
        Assert.Equal(6 * 100_000.0 / 14_223_942, on.Rate!.Value, 9);
    }

    [Fact]
    public void Given_ads_sharing_phones_through_a_chain_when_rated_then_they_are_one_advertiser()
    {
        var ads = new List<AdActivity>
        {
            Ad("a", "Calgary", "AB", 0, "ph_1"), Ad("b", "Calgary", "AB", 0, "ph_1", "ph_2"), Ad("c", "Calgary", "AB", 1, "ph_2"),
            Ad("d", "Calgary", "AB", 1, "ph_3"), Ad("e", "Calgary", "AB", 2), Ad("f", "Calgary", "AB", 2, "ph_4"),
            Ad("g", "Calgary", "AB", 2, "ph_5"), Ad("h", "Calgary", "AB", 2, "ph_6"), Ad("i", "Calgary", "AB", 3, "ph_7"),
        };
        var rates = new RateEstimator(new RateOptions { BootstrapReplicates = 50 }).Fit(ads);
        // 1–2–3 chain is one; 3,4,5,6,7 are five more; the phone-less ad is no advertiser
        Assert.Equal(6, rates.Advertisers);
        Assert.Equal(6, Cell(rates, RateDimension.Province, "AB", RateMeasure.Advertisers).Count);
    }

    [Fact]
    public void Given_a_cell_below_five_when_exported_then_no_number_of_it_appears()
    {
        var ads = Enumerable.Range(0, 3).Select(i => Ad($"p{i}", "Charlottetown", "PE", 0, $"ph_p{i}"))
            .Concat(Enumerable.Range(0, 40).Select(i => Ad($"o{i}", "Ottawa", "ON", 0, $"ph_o{i}"))).ToList();
        var rates = new RateEstimator(new RateOptions { BootstrapReplicates = 50 }).Fit(ads);

        var pe = Cell(rates, RateDimension.Province, "PE", RateMeasure.Ads);
        Assert.True(pe.Suppressed);
        Assert.Null(pe.Lower);
        Assert.Null(pe.Rate);
        var line = rates.ToCsv().Split('\n').Single(l => l.StartsWith("province,PE,", StringComparison.Ordinal) && l.Contains(",ads,", StringComparison.Ordinal));
        Assert.Equal("province,PE,Prince Edward Island,ads,<5,,,154331,100000,,,,true", line);
        Assert.False(Cell(rates, RateDimension.Province, "ON", RateMeasure.Ads).Suppressed);
    }

    [Fact]
    public void Given_one_advertiser_posting_everything_when_bootstrapped_then_the_interval_is_far_wider_than_for_many_advertisers()
    {
        // Given: 100 ads in Halifax from one phone, 100 ads in Regina from 100 phones. An ad-level bootstrap would give
        // both the same narrow interval; resampling advertisers must not.
        var ads = Enumerable.Range(0, 100).Select(i => Ad($"h{i}", "Halifax", "NS", i % 7, "ph_h"))
            .Concat(Enumerable.Range(0, 100).Select(i => Ad($"r{i}", "Regina", "SK", i % 7, $"ph_r{i}"))).ToList();
        var rates = new RateEstimator(new RateOptions { BootstrapReplicates = 400, Seed = 3 }).Fit(ads);
        var one = Cell(rates, RateDimension.Province, "NS", RateMeasure.Ads);
        var many = Cell(rates, RateDimension.Province, "SK", RateMeasure.Ads);
        Assert.Equal(0, one.Lower); // Poisson(1) draws 0 copies of the single advertiser with p = e⁻¹
        Assert.True(one.Upper >= 300);
        Assert.InRange(many.Lower!.Value, 75, 90);
        Assert.InRange(many.Upper!.Value, 110, 125);
    }

    [Fact]
    public void Given_the_same_seed_when_rated_twice_then_intervals_are_identical_and_another_seed_differs()
    {
        var ads = Enumerable.Range(0, 300).Select(i => Ad($"a{i}", i % 3 == 0 ? "Toronto" : "Vancouver", null, i % 30, $"ph_{i % 60}")).ToList();
        var a = new RateEstimator(new RateOptions { BootstrapReplicates = 100, Seed = 9 }).Fit(ads);
        var b = new RateEstimator(new RateOptions { BootstrapReplicates = 100, Seed = 9 }).Fit(ads);
        var c = new RateEstimator(new RateOptions { BootstrapReplicates = 100, Seed = 10 }).Fit(ads);
        Assert.Equal(a.ToCsv(), b.ToCsv());
        Assert.NotEqual(a.ToCsv(), c.ToCsv());
    }

    [Fact]
    public void Given_a_cluster_assignment_when_rated_then_clusters_and_clusters_with_signals_are_counted_per_cell()
    {
        // Given: 12 ads in Edmonton in clusters c1 (5 ads), c2..c6 (one or more each); c1 and c2 carry a signal
        var ads = Enumerable.Range(0, 12).Select(i => Ad($"e{i}", "Edmonton", "AB", 0, $"ph_{i}")).ToList();
        var clusterOf = new Dictionary<string, string>();
        for (var i = 0; i < 12; i++) clusterOf[$"e{i}"] = i < 5 ? "c1" : "c" + (2 + (i - 5) % 5);
        var clusters = new ClusterAssignment("test clusters", clusterOf, ["c1", "c2"]);
        var rates = new RateEstimator(new RateOptions { BootstrapReplicates = 50, SuppressBelow = 1 }).Fit(ads, clusters);
        Assert.Equal(6, Cell(rates, RateDimension.Metro, "Edmonton", RateMeasure.Clusters).Count);
        Assert.Equal(2, Cell(rates, RateDimension.Metro, "Edmonton", RateMeasure.ClustersWithSignal).Count);
        Assert.Contains("clusters", rates.Framing, StringComparison.Ordinal);
        Assert.Equal("test clusters", rates.ClusterSource);
    }

    [Fact]
    public void Every_rate_output_says_it_counts_advertising_activity_not_victims()
    {
        var rates = new RateEstimator(new RateOptions { BootstrapReplicates = 10 }).Fit([Ad("a", "Toronto", "ON", 0, "ph_a")]);
        Assert.Contains("advertising activity", rates.Framing, StringComparison.Ordinal);
        Assert.Contains("not victims", rates.Framing, StringComparison.Ordinal);
    }

    [FsCheck.Xunit.Property(MaxTest = 40)]
    public bool Province_counts_plus_unplaced_ads_add_up_to_the_national_count(PositiveInt size, int seed)
    {
        var random = new Random(seed);
        string?[] cities = ["Toronto", "MTL", "Nowhere", null, "Calgary", "Halifax"];
        string?[] provinces = [null, "ON", "QC", "XX"];
        var ads = Enumerable.Range(0, Math.Min(size.Get, 400))
            .Select(i => Ad($"a{i}", cities[random.Next(cities.Length)], provinces[random.Next(provinces.Length)], random.Next(40), $"ph_{random.Next(50)}"))
            .ToList();
        var rates = new RateEstimator(new RateOptions { BootstrapReplicates = 5, SuppressBelow = 0 }).Fit(ads);
        var provinceSum = rates.Select(RateDimension.Province, RateMeasure.Ads).Sum(c => c.Count!.Value);
        var weekSum = rates.Select(RateDimension.Week, RateMeasure.Ads).Sum(c => c.Count!.Value);
        return provinceSum + rates.AdsWithoutProvince == ads.Count && weekSum == ads.Count
            && rates.Select(RateDimension.National, RateMeasure.Advertisers).Single().Count <= ads.Count;
    }
}
