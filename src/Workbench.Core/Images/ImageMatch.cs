namespace Workbench.Images;

/// <summary>Two images whose hashes lie within the match threshold.</summary>
/// <param name="A">Position of the first image (A &lt; B).</param>
/// <param name="B">Position of the second image.</param>
/// <param name="Distance">Hamming distance (the smaller of direct and mirrored when matching is mirror-invariant).</param>
/// <param name="Mirrored">Whether the distance is the mirrored one (one image is a mirror copy of the other).</param>
public readonly record struct ImageMatch(int A, int B, int Distance, bool Mirrored);
