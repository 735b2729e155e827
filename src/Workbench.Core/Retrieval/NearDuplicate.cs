namespace Workbench.Retrieval;

/// <summary>An ad whose text is near another's, with the estimated Jaccard similarity of their word shingles.</summary>
/// <param name="AdId">The ad.</param>
/// <param name="Similarity">Estimated Jaccard similarity in [0, 1] (standard error <c>sqrt(J(1−J)/NumPerm)</c>).</param>
public sealed record NearDuplicate(string AdId, double Similarity);
