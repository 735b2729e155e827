using Workbench.Prevalence;
using Xunit.Abstractions;

namespace Workbench.Tests.Prevalence;

/// <summary>
/// Known answers of <c>shared/data/mse-known-answers.md</c>: the UK 2013 six-list data (Silverman 2014) and two-list
/// checks. Point estimates are exact to rounding; intervals are ±2% guides from one other implementation.
/// </summary>
public class MseKnownAnswerTests(ITestOutputHelper output)
{
    private static readonly string[] StepwisePath = ["PF·NCA", "LA·NG", "NG·GP", "LA·PF", "PF·GP", "GO·GP", "NG·GO"];

    private static CaptureTable Uk() => CaptureTable.Load(SharedData.Path("mse-uk-2013.csv"));

    private static void WithinTwoPercent(double expected, double actual, string what) =>
        Assert.True(Math.Abs(actual - expected) <= 0.02 * expected, $"{what}: {actual:F0} is not within 2% of {expected:F0}");

    [Fact]
    public void Given_the_UK_table_when_read_then_list_totals_match_the_source()
    {
        var table = Uk();
        Assert.Equal(["LA", "NG", "PF", "GO", "GP", "NCA"], table.Lists);
        Assert.Equal(2744, table.Observed);
        Assert.Equal([94L, 567, 1102, 807, 336, 102], Enumerable.Range(0, 6).Select(table.ListTotal));
        Assert.Equal(25, table.Counts.Count(c => c > 0));
    }

    [Fact]
    public void Given_the_UK_table_when_fitting_main_effects_then_NHat_is_12214_with_its_profile_interval()
    {
        var estimate = new MseEstimator(new MseOptions { Model = MseModel.MainEffects, BootstrapReplicates = 0 }).Fit(Uk());
        output.WriteLine($"main: {estimate.NHat:F1} [{estimate.ProfileInterval.Lower:F0}, {estimate.ProfileInterval.Upper:F0}]");
        Assert.Equal(12214, Math.Round(estimate.NHat));
        WithinTwoPercent(10984, estimate.ProfileInterval.Lower, "lower");
        WithinTwoPercent(13648, estimate.ProfileInterval.Upper, "upper");
    }

    [Fact]
    public void Given_the_UK_table_when_selecting_stepwise_then_the_seven_pairs_are_added_in_order_and_NHat_is_11418()
    {
        var estimate = new MseEstimator(new MseOptions { Model = MseModel.Stepwise, PStop = 0.05, BootstrapReplicates = 0 }).Fit(Uk());
        foreach (var s in estimate.Path) output.WriteLine($"{s.Step} {s.Added} p={s.PValue:G3} AIC={s.Aic:F2} N={s.NHat:F0}");
        output.WriteLine(estimate.StopReason);
        Assert.Equal(StepwisePath, estimate.Path.Select(s => s.Added));
        Assert.Equal(11418, Math.Round(estimate.NHat));
        WithinTwoPercent(9982, estimate.ProfileInterval.Lower, "lower");
        WithinTwoPercent(13182, estimate.ProfileInterval.Upper, "upper");
        Assert.All(estimate.Path, s => Assert.True(s.PValue < 0.05));
    }

    [Fact]
    public void Given_the_stepwise_path_when_LA_GP_is_a_candidate_then_the_guard_refuses_it_at_every_step()
    {
        var estimate = new MseEstimator(new MseOptions { BootstrapReplicates = 0 }).Fit(Uk());
        Assert.All(estimate.Path, s => Assert.Contains(s.Refused, r => r.Term == "LA·GP" && r.Reason.Contains("no overlap", StringComparison.Ordinal)));
        Assert.Equal(0, estimate.Table.Overlap(0, 4));
    }

    [Fact]
    public void Given_the_seven_pairs_plus_LA_GP_when_fitted_without_the_guard_then_the_coefficient_diverges_and_would_win_on_AIC()
    {
        // Given: the unguarded fit a naive implementation would report
        var table = Uk();
        var seven = StepwisePath.Select(p => ListPair.Parse(table, p.Replace('·', ':'))).ToList();
        var naive = new LogLinearModel(table, [.. seven, ListPair.Parse(table, "LA:GP")]);
        var raw = naive.FitRaw();
        var result = naive.ToResult(raw);
        var laGp = result.Coefficients[^1];
        var baseline = new LogLinearModel(table, seven).ToResult(new LogLinearModel(table, seven).FitRaw());
        output.WriteLine($"LA·GP coefficient {laGp.Estimate:G4} (SE {laGp.StdError:G4}); AIC {result.Aic:F2} vs {baseline.Aic:F2}; N̂ {result.NHat:F0}");

        // Then: its coefficient runs off towards −∞, it would lower the AIC (so a naive stepwise takes it),
        // and the guard's post-fit check alone (without the overlap pre-check) catches it
        Assert.True(laGp.Estimate < -15 || laGp.StdError > 100, $"coefficient {laGp.Estimate}, SE {laGp.StdError}");
        Assert.True(result.Aic < baseline.Aic);
        Assert.Contains(naive.PostCheck(raw, new MseOptions()), f => f.Term == "LA·GP");
    }

    [Fact]
    public void Given_a_specified_model_with_LA_GP_when_fitted_then_it_is_refused_with_a_clear_message()
    {
        var options = new MseOptions { Model = MseModel.Specified, Pairs = ["PF:NCA", "LA:GP"], BootstrapReplicates = 0 };
        var ex = Assert.Throws<NotIdentifiableException>(() => new MseEstimator(options).Fit(Uk()));
        Assert.Contains("LA and GP have no overlap", ex.Message, StringComparison.Ordinal);
        Assert.Contains(ex.Findings, f => f.Term == "LA·GP");
    }

    [Fact]
    public void Given_the_UK_table_when_bootstrapped_with_a_seed_then_the_interval_is_repeatable_and_brackets_NHat()
    {
        var options = new MseOptions { Model = MseModel.MainEffects, BootstrapReplicates = 300, Seed = 5 };
        var a = new MseEstimator(options).Fit(Uk());
        var b = new MseEstimator(options).Fit(Uk());
        output.WriteLine($"bootstrap [{a.BootstrapInterval!.Lower:F0}, {a.BootstrapInterval.Upper:F0}]");
        Assert.Equal(a.BootstrapInterval, b.BootstrapInterval);
        Assert.True(a.BootstrapInterval.Lower < a.NHat && a.NHat < a.BootstrapInterval.Upper);
        // The bootstrap and the profile likelihood should broadly agree for this well-behaved model.
        WithinTenPercent(a.ProfileInterval.Lower, a.BootstrapInterval.Lower);
        WithinTenPercent(a.ProfileInterval.Upper, a.BootstrapInterval.Upper);
    }

    private static void WithinTenPercent(double expected, double actual) =>
        Assert.True(Math.Abs(actual - expected) <= 0.10 * expected, $"{actual:F0} vs {expected:F0}");

    [Fact]
    public void Given_PF_and_NG_when_estimating_two_lists_then_Lincoln_Petersen_and_Chapman_match()
    {
        var lp = TwoListEstimate.LincolnPetersen(1102, 567, 65);
        var chapman = TwoListEstimate.Chapman(1102, 567, 65);
        Assert.Equal(9612.8, lp.NHat, 1);
        Assert.Equal(9491.5, chapman.NHat, 1);
        Assert.InRange(chapman.StandardError, 1056, 1058);
        Assert.True(chapman.Lower < chapman.NHat && chapman.NHat < chapman.Upper);
    }

    [Fact]
    public void Given_100_100_and_20_when_Chapman_then_484_76_with_variance_6729_17()
    {
        var chapman = TwoListEstimate.Chapman(100, 100, 20);
        Assert.Equal(484.76, chapman.NHat, 2);
        Assert.Equal(6729.17, chapman.Variance, 2);
    }

    [Fact]
    public void Given_no_overlap_when_Lincoln_Petersen_then_it_refuses()
    {
        Assert.Throws<NotIdentifiableException>(() => TwoListEstimate.LincolnPetersen(10, 10, 0));
        Assert.Throws<ArgumentException>(() => TwoListEstimate.Chapman(10, 5, 6));
    }

    [Fact]
    public void Given_two_lists_when_main_effects_log_linear_then_it_equals_Lincoln_Petersen()
    {
        // The independence log-linear model on two lists is Lincoln–Petersen exactly (Fienberg 1972).
        var table = new CaptureTable(["A", "B"], [0, 1102 - 65, 567 - 65, 65]);
        var estimate = new MseEstimator(new MseOptions { Model = MseModel.MainEffects, BootstrapReplicates = 0 }).Fit(table);
        Assert.Equal(TwoListEstimate.LincolnPetersen(1102, 567, 65).NHat, estimate.NHat, 6);
    }
}
