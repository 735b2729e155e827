namespace Workbench.Prevalence;

/// <summary>A term the identifiability guard refused, and why.</summary>
/// <param name="Term">The term, e.g. <c>LA·GP</c>.</param>
/// <param name="Reason">Why its estimate cannot be reported (no overlap, divergent coefficient, singular design).</param>
public sealed record GuardFinding(string Term, string Reason);
