namespace Workbench.Retrieval;

/// <summary>One ad found by a search, with its score and a short excerpt of its (pseudonymized) text.</summary>
/// <param name="AdId">The ad.</param>
/// <param name="Score">BM25 score for full-text search, or estimated Jaccard similarity for near-duplicate search.</param>
/// <param name="Title">The stored title (pseudonymized), or empty.</param>
/// <param name="Excerpt">The first characters of the stored body (pseudonymized).</param>
public sealed record SearchHit(string AdId, double Score, string Title, string Excerpt);
