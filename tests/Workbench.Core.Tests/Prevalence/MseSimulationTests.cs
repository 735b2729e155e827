using Workbench.Prevalence;
using Workbench.Synthetic;
using Xunit.Abstractions;

namespace Workbench.Tests.Prevalence;

/// <summary>
/// MSE against the planted truth of the synthetic corpus: where its assumptions hold it must land close and cover;
/// where ad data break them, the failures must show in the direction theory predicts.
/// </summary>
public class MseSimulationTests(ITestOutputHelper output)
{
    private static readonly Lazy<MseSimulationResult> Result = new(() => MseSimulation.Run(new MseSimulationOptions { Seeds = [1, 2, 3], Ads = 20_000 }));

    private IEnumerable<MseSimulationRow> Rows(string scenario, string model)
    {
        var rows = Result.Value.Rows.Where(r => r.Scenario == scenario && r.Model == model).ToList();
        foreach (var r in rows) output.WriteLine($"{r.Scenario} seed {r.Seed} {r.Model}: truth {r.TrueCount}, observed {r.Observed}, N̂ {r.NHat:F0} [{r.Lower:F0}, {r.Upper:F0}]");
        Assert.Equal(3, rows.Count);
        return rows;
    }

    [Fact]
    public void Given_independent_lists_of_the_planted_personas_when_estimated_then_main_effects_land_within_3_percent_and_cover()
    {
        var rows = Rows(MseSimulation.IndependentLists, "main").ToList();
        Assert.All(rows, r => Assert.InRange(r.RelativeError!.Value, -0.03, 0.03));
        Assert.True(rows.Count(r => r.Covered) >= 2);
        // A naive "observed count" estimate would be a third too low: the estimator does real work here.
        Assert.All(rows, r => Assert.True(r.Observed < 0.8 * r.TrueCount));
    }

    [Fact]
    public void Given_repeated_scrapes_with_heterogeneous_catchability_when_main_effects_then_the_estimate_falls_short_of_the_truth()
    {
        // Advertisers who post often are caught by every scrape: positive dependence, underestimation (Chao 1987).
        Assert.All(Rows(MseSimulation.RepeatedScrapes, "main"), r => Assert.True(r.NHat < 0.9 * r.TrueCount && !r.Covered));
    }

    [Fact]
    public void Given_sites_scraped_completely_when_estimated_then_unseen_advertisers_are_invented()
    {
        // Nobody is unseen (truth = observed), yet sites are near-exclusive lists (advertisers keep to a home site),
        // which looks like low recapture: MSE reports tens of percent of advertisers who do not exist.
        Assert.All(Rows(MseSimulation.CompleteSites, "main"), r =>
        {
            Assert.Equal(r.TrueCount, r.Observed);
            Assert.True(r.NHat > 1.2 * r.TrueCount);
        });
    }

    [Fact]
    public void Given_time_windows_of_an_open_population_when_stepwise_then_the_estimate_is_far_off()
    {
        Assert.All(Rows(MseSimulation.ScrapedWindows, "stepwise"), r => Assert.True(r.NHat > 2 * r.TrueCount));
    }

    [Fact]
    public void Given_the_generators_detection_lists_when_stepwise_then_the_never_overlapping_pair_HL_AF_is_refused()
    {
        using var dir = new TempDir();
        SyntheticCorpusWriter.Write(dir.Path, new SyntheticOptions { Ads = 2_000, Seed = 4 });
        var table = CaptureTable.Load(dir.File(SyntheticCorpusWriter.DetectionListsFile));
        Assert.Equal(0, table.Overlap(table.IndexOf("HL"), table.IndexOf("AF")));
        var estimate = Estimate.Population(table, new MseOptions { BootstrapReplicates = 0 });
        Assert.Contains(estimate.Refused, f => f.Term == "HL·AF");
        Assert.DoesNotContain("HL·AF", estimate.Fit.PairNames);
        Assert.Throws<NotIdentifiableException>(() =>
            Estimate.Population(table, new MseOptions { Model = MseModel.Specified, Pairs = ["HL:AF"], BootstrapReplicates = 0 }));
    }

    [Fact]
    public void Every_scenario_is_described_and_summarised()
    {
        var result = Result.Value;
        foreach (var s in result.Summary) output.WriteLine($"{s.Scenario} {s.Model}: median error {s.MedianRelativeError:P1}, coverage {s.Coverage:P0}, refused {s.Refused}");
        Assert.Equal(result.Scenarios.Keys.Order(), result.Summary.Select(s => s.Scenario).Distinct().Order());
        Assert.Equal(12, result.Summary.Count);
    }
}
