namespace Workbench.Prevalence;

/// <summary>The simulation's estimates against the truth, and a summary per scenario and model.</summary>
/// <param name="Rows">Every estimate.</param>
/// <param name="Summary">Per scenario and model.</param>
/// <param name="Scenarios">Scenario name → what its lists and its truth are.</param>
public sealed record MseSimulationResult(IReadOnlyList<MseSimulationRow> Rows, IReadOnlyList<MseSimulationSummary> Summary, IReadOnlyDictionary<string, string> Scenarios);
