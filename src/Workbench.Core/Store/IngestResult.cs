using Workbench.Data;

namespace Workbench.Store;

/// <summary>What an ingest did.</summary>
/// <param name="Run">The provenance record (the earlier run when <paramref name="AlreadyIngested"/>).</param>
/// <param name="AlreadyIngested">True when the same file had been ingested under the same key, so nothing was written.</param>
/// <param name="QuarantinePath">The quarantine file written, or null when no row was quarantined.</param>
/// <param name="Counts">Read, kept and quarantined counts of this run.</param>
public sealed record IngestResult(RunRecord Run, bool AlreadyIngested, string? QuarantinePath, LoadCounts Counts);
