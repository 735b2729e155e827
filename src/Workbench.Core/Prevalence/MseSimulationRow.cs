namespace Workbench.Prevalence;

/// <summary>One estimate of the simulation against the planted truth.</summary>
/// <param name="Scenario">Which lists and which truth (see <see cref="MseSimulationResult.Scenarios"/>).</param>
/// <param name="Seed">Corpus seed.</param>
/// <param name="Model"><c>main</c> or <c>stepwise</c>.</param>
/// <param name="TrueCount">The true population size the estimate aims at.</param>
/// <param name="Observed">Units seen on at least one list.</param>
/// <param name="NHat">The estimate, or null when refused.</param>
/// <param name="Lower">Lower end of the profile interval, or null.</param>
/// <param name="Upper">Upper end, or null.</param>
/// <param name="Refusal">Why the estimate was refused, or null.</param>
public sealed record MseSimulationRow(
    string Scenario, int Seed, string Model, long TrueCount, long Observed, double? NHat, double? Lower, double? Upper, string? Refusal)
{
    /// <summary>(N̂ − truth) / truth, or null when refused.</summary>
    public double? RelativeError => NHat is { } n ? (n - TrueCount) / TrueCount : null;

    /// <summary>Whether the interval contains the truth (false when refused).</summary>
    public bool Covered => Lower is { } lo && Upper is { } hi && lo <= TrueCount && TrueCount <= hi;
}
