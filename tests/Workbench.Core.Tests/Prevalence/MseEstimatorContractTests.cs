using FsCheck;
using FsCheck.Fluent;
using Workbench.Prevalence;

namespace Workbench.Tests.Prevalence;

/// <summary>The contract every estimator keeps: same seed, same result; bad input refused with a clear message; options untouched.</summary>
public class MseEstimatorContractTests
{
    private static readonly CaptureTable Three = new(["A", "B", "C"], [0, 60, 50, 10, 40, 8, 6, 3]);

    [Fact]
    public void Fit_with_the_same_seed_is_deterministic_and_leaves_the_options_unchanged()
    {
        var options = new MseOptions { BootstrapReplicates = 100, Seed = 4 };
        var copy = options with { };
        var a = new MseEstimator(options).Fit(Three);
        var b = new MseEstimator(options).Fit(Three);
        Assert.Equal(a.NHat, b.NHat);
        Assert.Equal(a.BootstrapInterval, b.BootstrapInterval);
        Assert.Equal(a.ProfileInterval, b.ProfileInterval);
        Assert.Equal(copy, options);
    }

    [Theory]
    [InlineData("A,B\n1,0\n", "header must be one column per list and then 'count'")]
    [InlineData("A,B,count\n1,0,5\n1,1\n", "table:3: expected 3 fields")]
    [InlineData("A,B,count\n1,0,5\n0,0,3\n", "table:3: a row on no list cannot be observed")]
    [InlineData("A,B,count\n1,0,-2\n", "table:2: column 'count' must be a non-negative integer")]
    [InlineData("A,B,count\n1,x,2\n", "table:2: column 'B' must be 0 or 1")]
    [InlineData("A,B,count\n", "no units observed")]
    public void Bad_tables_are_refused_with_the_line_and_what_is_expected(string csv, string message)
    {
        var ex = Assert.Throws<FormatException>(() => CaptureTable.Parse(csv));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_options_are_refused_in_Fit()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MseEstimator(new MseOptions { PStop = 0 }).Fit(Three));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MseEstimator(new MseOptions { Confidence = 1 }).Fit(Three));
        Assert.Throws<ArgumentException>(() => new MseEstimator(new MseOptions { Model = MseModel.Specified }).Fit(Three));
        var unknown = Assert.Throws<ArgumentException>(() => new MseEstimator(new MseOptions { Model = MseModel.Specified, Pairs = ["A:Z"] }).Fit(Three));
        Assert.Contains("the lists are A, B, C", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_round_trips_through_its_csv()
    {
        var again = CaptureTable.Parse(Three.ToCsv());
        Assert.Equal(Three.Lists, again.Lists);
        Assert.Equal(Three.Counts, again.Counts);
    }

    [Fact]
    public void Given_cluster_units_when_tabulated_then_ads_of_one_cluster_are_one_unit_whatever_their_phones()
    {
        var start = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
        var ads = new[]
        {
            new AdActivity("1", start, "a", null, null, ["ph_1"]), new AdActivity("2", start, "b", null, null, ["ph_2"]),
            new AdActivity("3", start, "a", null, null, ["ph_3"]), new AdActivity("4", start, "b", null, null, []),
        };
        var clusters = new ClusterAssignment("micro-clusters", new Dictionary<string, string> { ["1"] = "k1", ["2"] = "k1", ["3"] = "k2", ["4"] = "k3" });
        var (table, unit) = new AdMseEstimator().Table(ads, clusters);
        Assert.Equal("micro-clusters", unit);
        Assert.Equal(3, table.Observed);
        Assert.Equal(1, table.Counts[0b11]); // k1 on both sites
    }

    [FsCheck.Xunit.Property(MaxTest = 60)]
    public bool Any_identifiable_estimate_is_at_least_the_observed_count_and_inside_its_interval(PositiveInt a, PositiveInt b, PositiveInt c, NonNegativeInt ab, NonNegativeInt ac, NonNegativeInt bc, NonNegativeInt abc)
    {
        long[] counts = [0, a.Get % 500, b.Get % 500, ab.Get % 60, c.Get % 500, ac.Get % 60, bc.Get % 60, abc.Get % 20];
        CaptureTable table;
        try
        {
            table = new CaptureTable(["A", "B", "C"], counts);
        }
        catch (ArgumentException)
        {
            return true;
        }
        foreach (var model in new[] { MseModel.MainEffects, MseModel.Stepwise })
        {
            try
            {
                var e = new MseEstimator(new MseOptions { Model = model, BootstrapReplicates = 0 }).Fit(table);
                if (!(e.NHat >= e.Observed - 1e-6 && e.ProfileInterval.Lower <= e.NHat + 1e-6 && e.NHat <= e.ProfileInterval.Upper + 1e-6)) return false;
            }
            catch (NotIdentifiableException)
            {
                // refusing is allowed; reporting a wrong number is not
            }
        }
        return true;
    }

    [FsCheck.Xunit.Property(MaxTest = 100)]
    public bool Chapman_never_falls_below_the_units_seen(NonNegativeInt n1, NonNegativeInt n2, NonNegativeInt m)
    {
        var a = n1.Get % 2000;
        var b = n2.Get % 2000;
        var overlap = Math.Min(m.Get % 2000, Math.Min(a, b));
        var e = TwoListEstimate.Chapman(a, b, overlap);
        return e.NHat >= a + b - overlap - 1e-9 && e.Lower >= a + b - overlap && e.Variance >= 0;
    }
}
