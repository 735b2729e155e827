namespace Workbench.Prevalence;

/// <summary>How one scenario and model fared over the seeds.</summary>
/// <param name="Scenario">Scenario name.</param>
/// <param name="Model"><c>main</c> or <c>stepwise</c>.</param>
/// <param name="Runs">Corpora estimated.</param>
/// <param name="Refused">Runs where the guard refused the model.</param>
/// <param name="MedianRelativeError">Median of (N̂ − truth) / truth over the runs with an estimate.</param>
/// <param name="Coverage">Share of runs whose interval contains the truth (refusals count as misses).</param>
public sealed record MseSimulationSummary(string Scenario, string Model, int Runs, int Refused, double? MedianRelativeError, double Coverage);
