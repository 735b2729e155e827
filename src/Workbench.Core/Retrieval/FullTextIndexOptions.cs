namespace Workbench.Retrieval;

/// <summary>Settings for <see cref="FullTextIndex"/>. BM25 defaults follow Robertson &amp; Zaragoza (2009) and Lucene.</summary>
public sealed record FullTextIndexOptions
{
    /// <summary>Folder of an on-disk index; null keeps the index in memory (good up to a few hundred thousand ads).</summary>
    public string? Directory { get; init; }

    /// <summary>BM25 term-frequency saturation k1.</summary>
    public float K1 { get; init; } = 1.2f;

    /// <summary>BM25 length normalization b.</summary>
    public float B { get; init; } = 0.75f;

    /// <summary>Whether the terms of a query must all match (AND) rather than any (OR). Researchers usually mean AND.</summary>
    public bool AllTermsRequired { get; init; } = true;

    /// <summary>Indexing memory buffer in MiB before a segment is flushed.</summary>
    public double RamBufferMb { get; init; } = 256;

    /// <summary>Threads that analyze ads while indexing (the calling thread reads them); 1 indexes on the calling thread only.</summary>
    public int Threads { get; init; } = Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>The defaults.</summary>
    public static FullTextIndexOptions Default { get; } = new();
}
