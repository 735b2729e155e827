namespace Workbench.Images;

/// <summary>One result of a radius query: the id (insertion position) of a stored hash and its distance to the query.</summary>
/// <param name="Id">Position of the hash in the array the index was built from.</param>
/// <param name="Distance">Hamming distance to the query.</param>
public readonly record struct HammingHit(int Id, int Distance);
