using Workbench.Data;

namespace Workbench.Store;

/// <summary>Settings for <see cref="Ingestor"/>.</summary>
public sealed record IngestOptions
{
    /// <summary>Format of the source; null to take it from the extension.</summary>
    public AdFormat? Format { get; init; }

    /// <summary>Validation settings of the loader.</summary>
    public LoaderOptions Loader { get; init; } = LoaderOptions.Default;

    /// <summary>
    /// Where to write the quarantine file (JSON Lines: source, line or row, field, reason, masked excerpt); null writes
    /// it beside the store as <c>quarantine/&lt;run id&gt;.jsonl</c>.
    /// </summary>
    public string? QuarantinePath { get; init; }

    /// <summary>Ads pseudonymized per parallel batch.</summary>
    public int BatchSize { get; init; } = 4096;

    /// <summary>Re-ingest a file even when a run with the same hash and key exists (its ads are then duplicates).</summary>
    public bool Force { get; init; }

    /// <summary>
    /// DuckDB's memory budget while this ingest appends (the store's own budget is restored afterwards). Appending
    /// streams rows to disk and needs little; left at the store's 1 GB, DuckDB's buffer alone took a 1M-ad ingest past
    /// 1 GiB of memory.
    /// </summary>
    public string MemoryLimit { get; init; } = "256MB";
}
