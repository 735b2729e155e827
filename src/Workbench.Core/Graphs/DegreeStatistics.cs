namespace Workbench.Graphs;

/// <summary>Degrees (ads per token) of one token kind in the entity graph.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Tokens">Distinct tokens.</param>
/// <param name="Edges">Ad–token edges.</param>
/// <param name="Shared">Tokens on two or more ads (the ones that can link).</param>
/// <param name="MeanDegree">Mean ads per token.</param>
/// <param name="P99Degree">99th percentile of ads per token.</param>
/// <param name="MaxDegree">Most ads on one token.</param>
/// <param name="Suppressed">Tokens suppressed as hubs or stock images.</param>
public sealed record DegreeStatistics(TokenKind Kind, int Tokens, long Edges, int Shared, double MeanDegree, int P99Degree, int MaxDegree, int Suppressed);
