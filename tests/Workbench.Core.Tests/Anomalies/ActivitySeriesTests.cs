using Workbench.Anomalies;
using Workbench.Prevalence;

namespace Workbench.Tests.Anomalies;

public class ActivitySeriesTests
{
    private static AdActivity Ad(string id, int day, string city, string? phone, string site = "s1") =>
        new(id, new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero).AddDays(day), site, city, null, phone is null ? [] : [phone]);

    [Fact]
    public void New_arrivals_count_an_advertiser_once_per_city_and_new_anywhere_once_overall()
    {
        // Given advertiser X posts in Calgary on days 0 and 1 and in Edmonton on day 2; Y in Edmonton on day 2; an ad without phone
        var ads = new List<AdActivity>
        {
            Ad("1", 0, "Calgary", "ph_x"), Ad("2", 0, "Calgary", "ph_x"), Ad("3", 1, "Calgary", "ph_x"),
            Ad("4", 2, "edmonton", "ph_x"), Ad("5", 2, "Edmonton", "ph_y"), Ad("6", 2, "Edmonton", null),
        };

        // When
        var series = ActivitySeries.Build(ads);
        var calgary = new SeriesKey(SeriesLevel.City, "Calgary");
        var edmonton = new SeriesKey(SeriesLevel.City, "Edmonton");

        // Then
        Assert.Equal([2, 1, 0], series.Daily(calgary, SeriesMetric.Ads).ToArray());
        Assert.Equal([1, 1, 0], series.Daily(calgary, SeriesMetric.Advertisers).ToArray());
        Assert.Equal([1, 0, 0], series.Daily(calgary, SeriesMetric.NewArrivals).ToArray());
        Assert.Equal([0, 0, 3], series.Daily(edmonton, SeriesMetric.Ads).ToArray());
        Assert.Equal([0, 0, 2], series.Daily(edmonton, SeriesMetric.NewArrivals).ToArray()); // X (seen before elsewhere) and Y
        Assert.Equal([0, 0, 1], series.Daily(edmonton, SeriesMetric.NewAnywhere).ToArray()); // only Y
        // And the province comes from the reference city
        Assert.Equal([2, 1, 3], series.Daily(new SeriesKey(SeriesLevel.Province, "AB"), SeriesMetric.Ads).ToArray());
    }

    [Fact]
    public void Weekly_frame_sums_the_days_of_each_week_starting_monday()
    {
        // 2026-06-01 is a Monday: 10 days = one full week and 3 days of the next
        var ads = Enumerable.Range(0, 10).Select(d => Ad(d.ToString(System.Globalization.CultureInfo.InvariantCulture), d, "Calgary", "ph_" + d)).ToList();
        var series = ActivitySeries.Build(ads);

        var weekly = series.Frame(new SeriesKey(SeriesLevel.City, "Calgary"), SeriesResolution.Week);
        var daily = series.Frame(SeriesLevel.City, SeriesMetric.Ads);

        Assert.Equal([new DateTime(2026, 6, 1), new DateTime(2026, 6, 8)], weekly.RowKeys);
        Assert.Equal([7.0, 3.0], weekly.GetColumn<double>("ads").Values);
        Assert.Equal(10, daily.RowCount);
        Assert.Contains("Calgary", daily.ColumnKeys);
    }

    [Fact]
    public void A_cluster_assignment_replaces_phones_as_the_advertiser_unit()
    {
        // Given two phones that one cluster joins
        var ads = new List<AdActivity> { Ad("1", 0, "Calgary", "ph_a"), Ad("2", 0, "Calgary", "ph_b") };
        var clusters = new ClusterAssignment("test", new Dictionary<string, string> { ["1"] = "M1", ["2"] = "M1" });

        var byPhone = ActivitySeries.Build(ads);
        var byCluster = ActivitySeries.Build(ads, clusters);

        var key = new SeriesKey(SeriesLevel.City, "Calgary");
        Assert.Equal(2, byPhone.Daily(key, SeriesMetric.Advertisers)[0]);
        Assert.Equal(1, byCluster.Daily(key, SeriesMetric.Advertisers)[0]);
    }
}
