namespace Workbench.Retrieval;

/// <summary>Settings for <see cref="NearDuplicateIndex"/> (datasketch's defaults where it has them).</summary>
public sealed record NearDuplicateOptions
{
    /// <summary>Words per shingle.</summary>
    public int ShingleSize { get; init; } = 3;

    /// <summary>MinHash permutations (signature length): the estimate's standard error is <c>sqrt(J(1−J)/NumPerm)</c>.</summary>
    public int NumPerm { get; init; } = 128;

    /// <summary>Jaccard similarity of shingle sets above which two ads count as near duplicates.</summary>
    public double Threshold { get; init; } = 0.5;

    /// <summary>Seed of the MinHash permutations.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>The defaults.</summary>
    public static NearDuplicateOptions Default { get; } = new();
}
