namespace Workbench.Store;

/// <summary>Provenance of one ingest: what was read, when, with which key, and what became of every row.</summary>
/// <param name="RunId">Identifier of the run.</param>
/// <param name="SourcePath">Path of the source file as given.</param>
/// <param name="SourceSha256">SHA-256 of the source file's bytes: the same file is ingested once.</param>
/// <param name="Format">Format the file was read as.</param>
/// <param name="StartedAt">Start time (UTC).</param>
/// <param name="FinishedAt">End time (UTC).</param>
/// <param name="RowsRead">Records read.</param>
/// <param name="RowsKept">Records stored.</param>
/// <param name="RowsQuarantined">Records quarantined (read = kept + quarantined).</param>
/// <param name="KeyFingerprint">Fingerprint of the pseudonymization key (never the key).</param>
/// <param name="ToolVersion">Version of the workbench that ran the ingest.</param>
public sealed record RunRecord(
    string RunId,
    string SourcePath,
    string SourceSha256,
    string Format,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    long RowsRead,
    long RowsKept,
    long RowsQuarantined,
    string KeyFingerprint,
    string ToolVersion);
