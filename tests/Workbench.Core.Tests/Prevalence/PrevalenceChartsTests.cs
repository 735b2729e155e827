using Plotly.NET;
using Workbench.Charts;
using Workbench.Prevalence;
using Workbench.Reports;

namespace Workbench.Tests.Prevalence;

public class PrevalenceChartsTests
{
    private static readonly DateTimeOffset Start = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static PrevalenceRates Rates()
    {
        var ads = new List<AdActivity>();
        for (var i = 0; i < 300; i++) ads.Add(new AdActivity($"t{i}", Start.AddDays(i % 40), "s", "Toronto", "ON", [$"ph_t{i % 50}"]));
        for (var i = 0; i < 80; i++) ads.Add(new AdActivity($"c{i}", Start.AddDays(i % 40), "s", "Calgary", "AB", [$"ph_c{i % 20}"]));
        for (var i = 0; i < 3; i++) ads.Add(new AdActivity($"p{i}", Start.AddDays(i), "s", "Charlottetown", "PE", [$"ph_p{i}"]));
        return new RateEstimator(new RateOptions { BootstrapReplicates = 50 }).Fit(ads);
    }

    [Fact]
    public void Given_rates_when_mapped_then_no_base_map_is_fetched_and_suppressed_provinces_show_no_number()
    {
        var json = GenericChart.toJson(PrevalenceCharts.ProvinceMap(Rates()));
        foreach (var layer in new[] { "showcoastlines", "showland", "showocean", "showlakes", "showrivers", "showcountries", "showsubunits" })
        {
            Assert.Contains($"\"{layer}\":false", json, StringComparison.Ordinal);
        }
        Assert.Contains("\"type\":\"scattergeo\"", json, StringComparison.Ordinal);
        Assert.Contains("PE <5", json, StringComparison.Ordinal);
        Assert.DoesNotContain("PE 1", json, StringComparison.Ordinal);
        Assert.Contains("ON ", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_weekly_rates_when_charted_then_the_band_has_an_upper_and_a_lower_trace()
    {
        var json = GenericChart.toJson(PrevalenceCharts.WeeklyRates(Rates()));
        Assert.Contains("tonexty", json, StringComparison.Ordinal);
        Assert.Contains("per 100,000", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_models_when_compared_then_each_has_asymmetric_interval_bars()
    {
        var table = new CaptureTable(["A", "B", "C"], [0, 60, 50, 10, 40, 8, 6, 3]);
        var main = Estimate.Population(table, new MseOptions { Model = MseModel.MainEffects, BootstrapReplicates = 0 });
        var json = GenericChart.toJson(PrevalenceCharts.MseModels([("main", main)], truth: 300));
        Assert.Contains("\"arrayminus\"", json, StringComparison.Ordinal);
        Assert.Contains("true population", json, StringComparison.Ordinal);
    }
}
