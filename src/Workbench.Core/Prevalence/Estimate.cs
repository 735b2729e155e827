using Workbench.Store;

namespace Workbench.Prevalence;

/// <summary>
/// The front door of prevalence estimation for notebooks, the CLI and reports: one call per question. Everything it
/// returns counts advertising activity (ads, phone-linked advertisers, clusters), never people, and carries an interval.
/// </summary>
public static class Estimate
{
    /// <summary>Rates by province, metro and week from a store, with bootstrap intervals and suppression.</summary>
    public static PrevalenceRates Rates(AdStore store, RateOptions? options = null, IClusterAssignment? clusters = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        return new RateEstimator(options).Fit(AdActivity.ReadAll(store).ToList(), clusters);
    }

    /// <summary>Rates from ads already in memory.</summary>
    public static PrevalenceRates Rates(IEnumerable<AdActivity> ads, RateOptions? options = null, IClusterAssignment? clusters = null) =>
        new RateEstimator(options).Fit(ads, clusters);

    /// <summary>Multiple-systems estimate from a capture table (main effects, stepwise or specified model).</summary>
    public static MseEstimate Population(CaptureTable table, MseOptions? options = null) => new MseEstimator(options).Fit(table);

    /// <summary>Both standard models on one table, for a model-comparison table; a refused model appears as its reason.</summary>
    public static IReadOnlyList<(string Model, MseEstimate? Estimate, string? Refusal)> CompareModels(CaptureTable table, MseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        var o = options ?? new MseOptions();
        var results = new List<(string, MseEstimate?, string?)>();
        foreach (var model in new[] { MseModel.MainEffects, MseModel.Stepwise })
        {
            try
            {
                var e = new MseEstimator(o with { Model = model }).Fit(table);
                results.Add((e.Label, e, null));
            }
            catch (NotIdentifiableException ex)
            {
                results.Add((model == MseModel.MainEffects ? "main" : "stepwise", null, ex.Message));
            }
        }
        return results;
    }

    /// <summary>Chapman's two-list estimate with its variance.</summary>
    public static TwoListEstimate Chapman(long n1, long n2, long m) => TwoListEstimate.Chapman(n1, n2, m);

    /// <summary>The Lincoln–Petersen two-list estimate with its variance.</summary>
    public static TwoListEstimate LincolnPetersen(long n1, long n2, long m) => TwoListEstimate.LincolnPetersen(n1, n2, m);

    /// <summary>Advertisers never seen on any site (or time window) of a store, with the assumptions spelled out.</summary>
    public static UnseenAdvertisers UnseenAdvertisers(AdStore store, AdMseOptions? options = null, IClusterAssignment? clusters = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        return new AdMseEstimator(options).Fit(AdActivity.ReadAll(store).ToList(), clusters);
    }

    /// <summary>How far MSE lands from a known truth on synthetic corpora, and when it fails.</summary>
    public static MseSimulationResult Simulation(MseSimulationOptions? options = null) => MseSimulation.Run(options);
}
