namespace Workbench.Evaluation;

/// <summary>The outcome of a known-answer test: whether the membership matched, and what was found.</summary>
/// <param name="Passed">Whether every expected cluster was found exactly and nothing else was clustered.</param>
/// <param name="Expected">The expected clusters (ad ids).</param>
/// <param name="Found">The clusters found (ad ids), with their templates.</param>
public sealed record KnownAnswerCheck(bool Passed, IReadOnlyList<IReadOnlyList<string>> Expected, IReadOnlyList<(IReadOnlyList<string> Members, string Template)> Found);
