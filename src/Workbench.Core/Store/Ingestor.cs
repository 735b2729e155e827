using System.Globalization;
using System.Text.Json;
using DuckDB.NET.Data;
using Workbench.Data;

namespace Workbench.Store;

/// <summary>
/// Loads a source file into the store: every row validated, every kept ad pseudonymized, every bad row quarantined,
/// and one provenance record that is written last and marks the run complete.
/// </summary>
/// <remarks>
/// Idempotent: a file whose SHA-256 was already ingested under the same key is recognized and skipped. All or
/// nothing: rows are appended under the run's id and the run record is written last; a failure removes the run's
/// rows, and a run cut off by a crash (rows without a run record) is removed when the store is next opened
/// (<see cref="AdStore.Open"/>). This keeps memory bounded, where one transaction over a million ads would hold them
/// all. Streaming: memory is bounded by a few batches of ads plus the set of ids seen.
/// </remarks>
public sealed class Ingestor
{
    private static readonly string ToolVersion =
        typeof(Ingestor).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    private readonly AdStore _store;
    private readonly Pseudonymizer _pseudonymizer;
    private readonly string _keyFingerprint;

    /// <summary>An ingestor writing into <paramref name="store"/> with tokens from <paramref name="key"/>.</summary>
    public Ingestor(AdStore store, PseudonymKey key, PseudonymizerOptions? pseudonymizerOptions = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(key);
        _store = store;
        _pseudonymizer = new Pseudonymizer(key, pseudonymizerOptions);
        _keyFingerprint = key.Fingerprint;
    }

    /// <summary>Ingests one file. <paramref name="progress"/> receives the number of rows read so far.</summary>
    public IngestResult Ingest(string path, IngestOptions? options = null, IProgress<long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= new IngestOptions();
        var source = AdSource.Open(path, options.Format, options.Loader);
        var sha = SourceFiles.Sha256(path);
        if (!options.Force && _store.FindRun(sha, _keyFingerprint) is { } previous)
        {
            return new IngestResult(previous, true, null,
                new LoadCounts(previous.RowsRead, previous.RowsKept, previous.RowsQuarantined, 0));
        }

        var runId = $"run-{DateTimeOffset.UtcNow:yyyyMMddHHmmss}-{sha[..8]}";
        var started = DateTimeOffset.UtcNow;
        source.ExcludeIds(_store.AdIds(), "the store");
        var quarantinePath = options.QuarantinePath
            ?? System.IO.Path.Combine(QuarantineFolder(), runId + ".jsonl");
        QuarantineWriter? quarantine = null;

        var storeLimit = _store.Scalar<string>("SELECT current_setting('memory_limit')");
        try
        {
            _store.Execute($"SET memory_limit = '{options.MemoryLimit.Replace("'", "", StringComparison.Ordinal)}'");
            using (var ads = _store.Connection.CreateAppender("ads"))
            using (var entities = _store.Connection.CreateAppender("entities"))
            using (var quarantineRows = _store.Connection.CreateAppender("quarantine"))
            {
                // Reading and validating run on their own thread, one batch ahead of pseudonymizing and appending.
                using var batches = new System.Collections.Concurrent.BlockingCollection<List<RowOutcome>>(boundedCapacity: 2);
                using var stop = new CancellationTokenSource();
                var reader = Task.Run(() =>
                {
                    try
                    {
                        var batch = new List<RowOutcome>(options.BatchSize);
                        foreach (var outcome in source.Rows())
                        {
                            batch.Add(outcome);
                            if (batch.Count == options.BatchSize)
                            {
                                batches.Add(batch, stop.Token);
                                batch = new List<RowOutcome>(options.BatchSize);
                            }
                        }
                        if (batch.Count > 0) batches.Add(batch, stop.Token);
                    }
                    finally
                    {
                        batches.CompleteAdding();
                    }
                });
                long done = 0;
                var kept = new List<Ad>(options.BatchSize);
                try
                {
                    foreach (var batch in batches.GetConsumingEnumerable())
                    {
                        kept.Clear();
                        foreach (var outcome in batch)
                        {
                            if (outcome.Ad is { } ad)
                            {
                                kept.Add(ad);
                                continue;
                            }
                            quarantine ??= new QuarantineWriter(quarantinePath);
                            quarantine.Write(outcome.Problem!);
                            AppendQuarantine(quarantineRows, runId, outcome.Problem!);
                        }
                        Flush(kept, runId, ads, entities);
                        done += batch.Count;
                        progress?.Report(done);
                    }
                }
                catch
                {
                    stop.Cancel(); // frees a reader waiting to hand over a batch
                    throw;
                }
                reader.GetAwaiter().GetResult(); // rethrows a reader failure (unreadable file) here
            }
            var counts = source.Counts;
            progress?.Report(counts.Read);
            var run = new RunRecord(runId, path, sha, source.Format.ToString().ToLowerInvariant(), started,
                DateTimeOffset.UtcNow, counts.Read, counts.Kept, counts.Quarantined, _keyFingerprint, ToolVersion);
            InsertRun(run);
            return new IngestResult(run, false, quarantine is null ? null : quarantinePath, counts);
        }
        catch
        {
            _store.RemoveRun(runId);
            throw;
        }
        finally
        {
            quarantine?.Dispose();
            _store.Execute($"SET memory_limit = '{storeLimit}'");
        }
    }

    private string QuarantineFolder()
    {
        var storeDir = _store.Path == ":memory:" ? System.IO.Path.GetTempPath() : System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(_store.Path))!;
        return System.IO.Path.Combine(storeDir, "quarantine");
    }

    private void Flush(List<Ad> batch, string runId, DuckDBAppender ads, DuckDBAppender entities)
    {
        if (batch.Count == 0) return;
        var results = new PseudonymizedAd[batch.Count];
        Parallel.For(0, batch.Count, i => results[i] = _pseudonymizer.Apply(batch[i]));
        foreach (var result in results)
        {
            AppendAd(ads, runId, result.Ad);
            foreach (var e in result.Entities)
            {
                entities.CreateRow()
                    .AppendValue(e.AdId).AppendValue(runId).AppendValue(e.Field).AppendValue(e.Kind.Name())
                    .AppendValue(e.Token).AppendValue(e.Start).AppendValue(e.End).AppendValue(e.Confidence)
                    .EndRow();
            }
        }
        batch.Clear();
    }

    private static void AppendAd(DuckDBAppender appender, string runId, Ad ad)
    {
        appender.CreateRow()
            .AppendValue(ad.AdId)
            .AppendValue(runId)
            .AppendValue(ad.PostedAt.UtcDateTime)
            .AppendValue(ad.Site)
            .AppendValue(ad.Category)
            .AppendValue(ad.Title)
            .AppendValue(ad.Body)
            .AppendValue(ad.City)
            .AppendValue(ad.Province)
            .AppendValue(ad.Lat)
            .AppendValue(ad.Lon)
            .AppendValue(ad.Phones.ToList())
            .AppendValue(ad.Emails.ToList())
            .AppendValue(ad.Handles.ToList())
            .AppendValue(ad.Urls.ToList())
            .AppendValue(ad.PriceAmount is { } p ? (double?)p : null)
            .AppendValue(ad.PriceCurrency)
            .AppendValue(ad.PriceDurationMin)
            .AppendValue(ad.Incall)
            .AppendValue(ad.Outcall)
            .AppendValue(ad.StatedAge)
            .AppendValue(ad.StatedEthnicity)
            .AppendValue(ad.Names.ToList())
            .AppendValue(ad.ImageHashes.ToList())
            .AppendValue(ad.ImagePaths.ToList())
            .AppendValue(ExtrasJson.Format(ad.Extras))
            .AppendValue(ad.ImageWindowHashes.ToList())
            .EndRow();
    }

    private static void AppendQuarantine(DuckDBAppender appender, string runId, QuarantinedRow row) =>
        appender.CreateRow()
            .AppendValue(runId).AppendValue(row.Location.Source).AppendValue(row.Location.Position)
            .AppendValue(row.Location.IsLine).AppendValue(row.Field).AppendValue(row.Reason).AppendValue(row.Excerpt)
            .EndRow();

    private void InsertRun(RunRecord run)
    {
        using var command = _store.Connection.CreateCommand();
        command.CommandText = "INSERT INTO runs VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)";
        foreach (var value in new object[]
                 {
                     run.RunId, run.SourcePath, run.SourceSha256, run.Format, run.StartedAt.UtcDateTime, run.FinishedAt.UtcDateTime,
                     run.RowsRead, run.RowsKept, run.RowsQuarantined, run.KeyFingerprint, run.ToolVersion,
                 })
        {
            command.Parameters.Add(new DuckDBParameter(value));
        }
        command.ExecuteNonQuery();
    }

    /// <summary>Writes quarantined rows as JSON Lines.</summary>
    private sealed class QuarantineWriter : IDisposable
    {
        private readonly StreamWriter _writer;

        public QuarantineWriter(string path)
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
            _writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        }

        public void Write(QuarantinedRow row)
        {
            var record = new Dictionary<string, object?>
            {
                ["source"] = row.Location.Source,
                [row.Location.IsLine ? "line" : "row"] = row.Location.Position,
                ["field"] = row.Field,
                ["reason"] = row.Reason,
                ["raw_excerpt"] = row.Excerpt,
            };
            _writer.WriteLine(JsonSerializer.Serialize(record));
        }

        public void Dispose() => _writer.Dispose();
    }
}
