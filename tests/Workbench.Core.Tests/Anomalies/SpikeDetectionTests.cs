using MathNet.Numerics.Distributions;
using Workbench.Anomalies;
using Workbench.Prevalence;

namespace Workbench.Tests.Anomalies;

public class SpikeDetectionTests
{
    private static readonly DateTimeOffset Start = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Ads of several cities: Poisson counts with weekly seasonality, one phone per ad drawn from a pool per city.</summary>
    private static List<AdActivity> Corpus(int seed, double perDay, string[] cities, int days = 180, (string City, int From, int To, double Uplift)? spike = null)
    {
        var random = new Random(seed);
        var ads = new List<AdActivity>();
        var n = 0;
        foreach (var city in cities)
        {
            for (var d = 0; d < days; d++)
            {
                var season = 1 + (0.15 * Math.Sin(2 * Math.PI * d / 7));
                var mean = perDay * season;
                var extra = spike is { } s && s.City == city && d >= s.From && d <= s.To ? mean * (s.Uplift - 1) : 0;
                var count = Poisson.Sample(random, mean);
                for (var i = 0; i < count; i++)
                {
                    ads.Add(new AdActivity($"a{n++}", Start.AddDays(d).AddMinutes(random.Next(1440)), "site-a", city, null, [$"ph_{city}{random.Next(400)}"]));
                }
                // The extra volume comes from advertisers new to the city, as at an event.
                var more = extra > 0 ? Poisson.Sample(random, extra) : 0;
                for (var i = 0; i < more; i++)
                {
                    ads.Add(new AdActivity($"a{n++}", Start.AddDays(d).AddMinutes(random.Next(1440)), "site-a", city, null, [$"ph_visitor{d}_{i}"]));
                }
            }
        }
        return ads;
    }

    private static readonly string[] Cities = ["Calgary", "Edmonton", "Toronto", "Ottawa", "Winnipeg", "Halifax", "Regina", "Saskatoon", "Victoria", "Kelowna"];

    [Fact]
    public void Quiet_cities_raise_almost_no_significant_window()
    {
        // Given ten cities with seasonal Poisson volume and no event, over several seeds
        var significant = 0;
        for (var seed = 1; seed <= 3; seed++)
        {
            var series = ActivitySeries.Build(Corpus(seed, 60, Cities));

            // When every series is scanned
            var found = new SpikeDetector(new SpikeOptions { Levels = [SeriesLevel.City] }).Significant(series);
            significant += found.Count;
        }

        // Then false alarms stay rare: at most one over 3 × 10 cities × 3 metrics × half a year
        Assert.InRange(significant, 0, 1);
    }

    [Fact]
    public void A_week_long_rise_of_half_again_is_found_with_an_interval_around_it()
    {
        // Given Calgary gains 50% more ads, from new advertisers, for days 90–96
        var series = ActivitySeries.Build(Corpus(7, 80, Cities, spike: ("Calgary", 90, 96, 1.5)));

        // When
        var windows = new SpikeDetector().Significant(series);

        // Then a significant Calgary ads window overlaps the rise, and its interval holds the planted ratio
        var hit = windows.Where(w => w.Region == new SeriesKey(SeriesLevel.City, "Calgary") && w.Metric == SeriesMetric.Ads).ToList();
        Assert.NotEmpty(hit);
        var w = hit[0];
        Assert.True(w.Start <= DateOnly.FromDateTime(Start.AddDays(96).UtcDateTime) && w.End >= DateOnly.FromDateTime(Start.AddDays(90).UtcDateTime), $"{w.Start}..{w.End}");
        var effect = Detect.EventWindow(series, new SeriesKey(SeriesLevel.City, "Calgary"), SeriesMetric.Ads,
            DateOnly.FromDateTime(Start.AddDays(90).UtcDateTime), DateOnly.FromDateTime(Start.AddDays(96).UtcDateTime));
        Assert.InRange(1.5, effect.Lower, effect.Upper);
        Assert.True(effect.Lower > 1, "the rise is significant at the event window");
        // And advertisers rose too (the extra volume came from advertisers new to the city)
        Assert.Contains(windows, x => x.Region.Region == "Calgary" && x.Metric == SeriesMetric.Advertisers);
        // And no other city is flagged
        Assert.DoesNotContain(windows, x => x.Region.Level == SeriesLevel.City && x.Region.Region != "Calgary");
    }

    [Fact]
    public void An_event_window_without_change_has_an_interval_that_holds_one()
    {
        var series = ActivitySeries.Build(Corpus(11, 80, Cities));
        var effect = Detect.EventWindow(series, new SeriesKey(SeriesLevel.City, "Toronto"), SeriesMetric.Ads, new DateOnly(2026, 9, 7), new DateOnly(2026, 9, 14));
        Assert.InRange(1.0, effect.Lower, effect.Upper);
        Assert.True(effect.PValue > 0.01);
    }

    [Fact]
    public void Cusum_finds_a_step_and_nothing_in_noise_below_the_reference_value()
    {
        // Given residuals at 0.4 (below k = 0.5) with a 5-day rise of 3 at days 20–24
        var z = Enumerable.Repeat(0.4, 60).ToArray();
        for (var d = 20; d < 25; d++) z[d] = 3;

        // When
        var segments = Cusum.Segments(z, 0.5, 5);

        // Then one segment that starts at the rise and ends at its peak
        Assert.Equal([(20, 24)], segments);
        Assert.Empty(Cusum.Segments(Enumerable.Repeat(0.4, 60).ToArray(), 0.5, 5));
    }

    [Fact]
    public void Benjamini_Hochberg_q_values_match_the_textbook_example()
    {
        // p-values from Benjamini & Hochberg (1995)'s style of example, checked by hand: q_(i) = min_{j≥i} p_(j)·m/j
        double[] p = [0.01, 0.04, 0.03, 0.005];
        var q = FalseDiscovery.QValues(p);
        Assert.Equal([0.02, 0.04, 0.04, 0.02], q.Select(v => Math.Round(v, 10)));
    }

    [Fact]
    public void Seasonal_baseline_ignores_a_short_spike_and_the_day_itself()
    {
        var x = Enumerable.Range(0, 70).Select(d => d % 7 == 0 ? 20.0 : 10.0).ToArray();
        x[35] = 200;
        var (b, refs) = RobustBaseline.Seasonal(x, 4);
        Assert.Equal(20, b[35]);
        Assert.Equal(20, b[42]); // the spike at 35 is one of its 8 references, outvoted by the median
        Assert.Equal(8, refs[35]);
    }
}
