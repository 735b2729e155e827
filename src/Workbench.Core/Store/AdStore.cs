using System.Data;
using System.Globalization;
using DuckDB.NET.Data;
using Workbench.Data;

namespace Workbench.Store;

/// <summary>
/// The embedded DuckDB store: pseudonymized ads, their extracted entities, the quarantine and the provenance of runs.
/// </summary>
/// <remarks>
/// One file, no server, readable by any DuckDB client and exportable to Parquet. Only pseudonymized ads enter it
/// (<see cref="Ingestor"/> is the one writer of ads). Tables: <c>ads</c>, <c>entities</c>, <c>quarantine</c>,
/// <c>runs</c>; their columns are documented in <c>data-schemas/</c>.
/// </remarks>
public sealed class AdStore : IDisposable
{
    /// <summary>Default store location, under the git-ignored <c>data/</c> folder.</summary>
    public const string DefaultPath = "data/workbench.duckdb";

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS runs (
            run_id VARCHAR NOT NULL, source_path VARCHAR NOT NULL, source_sha256 VARCHAR NOT NULL, format VARCHAR NOT NULL,
            started_at TIMESTAMPTZ NOT NULL, finished_at TIMESTAMPTZ NOT NULL,
            rows_read BIGINT NOT NULL, rows_kept BIGINT NOT NULL, rows_quarantined BIGINT NOT NULL,
            key_fingerprint VARCHAR NOT NULL, tool_version VARCHAR NOT NULL);
        CREATE TABLE IF NOT EXISTS ads (
            ad_id VARCHAR NOT NULL, run_id VARCHAR NOT NULL, posted_at TIMESTAMPTZ NOT NULL,
            site VARCHAR, category VARCHAR, title VARCHAR, body VARCHAR NOT NULL, city VARCHAR, province VARCHAR,
            lat DOUBLE, lon DOUBLE, phones VARCHAR[], emails VARCHAR[], handles VARCHAR[], urls VARCHAR[],
            price_amount DOUBLE, price_currency VARCHAR, price_duration_min INTEGER, incall BOOLEAN, outcall BOOLEAN,
            stated_age INTEGER, stated_ethnicity VARCHAR, names VARCHAR[], image_hashes VARCHAR[], image_paths VARCHAR[],
            extras VARCHAR, image_window_hashes VARCHAR[]);
        ALTER TABLE ads ADD COLUMN IF NOT EXISTS image_window_hashes VARCHAR[];
        CREATE TABLE IF NOT EXISTS entities (
            ad_id VARCHAR NOT NULL, run_id VARCHAR NOT NULL, field VARCHAR NOT NULL, kind VARCHAR NOT NULL,
            token VARCHAR NOT NULL, "start" INTEGER, "end" INTEGER, confidence DOUBLE NOT NULL);
        CREATE TABLE IF NOT EXISTS quarantine (
            run_id VARCHAR NOT NULL, source VARCHAR NOT NULL, position BIGINT NOT NULL, is_line BOOLEAN NOT NULL,
            field VARCHAR, reason VARCHAR NOT NULL, excerpt VARCHAR NOT NULL);
        """;

    private AdStore(string path, DuckDBConnection connection)
    {
        Path = path;
        Connection = connection;
    }

    /// <summary>Path of the database file (or <c>:memory:</c>).</summary>
    public string Path { get; }

    /// <summary>The open connection, for SQL from notebooks (read what you like; write only through the library).</summary>
    public DuckDBConnection Connection { get; }

    /// <summary>
    /// DuckDB's memory budget. DuckDB takes 80% of the machine by default; a budget keeps a store from crowding out
    /// the rest of the process on a laptop, while leaving analyses of a million ads (clustering reads and writes whole
    /// tables) the room they need: 160 MB made the 1M-ad clustering benchmark fail with an out-of-memory error.
    /// </summary>
    public const string DefaultMemoryLimit = "1GB";

    /// <summary>Opens (creating if needed) a store file and its tables.</summary>
    public static AdStore Open(string path = DefaultPath)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path != ":memory:")
        {
            var dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        }
        var connection = new DuckDBConnection($"DataSource={path}");
        try
        {
            connection.Open();
        }
        catch (DuckDBException ex)
        {
            connection.Dispose();
            throw new IOException($"{path}: cannot open the store: {ex.Message}", ex);
        }
        var store = new AdStore(path, connection);
        store.Execute($"SET memory_limit = '{DefaultMemoryLimit}'; SET preserve_insertion_order = true;");
        store.Execute(Schema);
        store.RemoveIncompleteRuns();
        return store;
    }

    /// <summary>Runs SQL that returns nothing.</summary>
    public void Execute(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Runs SQL that returns one value.</summary>
    public T Scalar<T>(string sql, params object?[] parameters)
    {
        using var command = Command(sql, parameters);
        var value = command.ExecuteScalar();
        return (T)Convert.ChangeType(value!, typeof(T), CultureInfo.InvariantCulture);
    }

    private DuckDBCommand Command(string sql, object?[] parameters)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        foreach (var p in parameters) command.Parameters.Add(new DuckDBParameter(p ?? DBNull.Value));
        return command;
    }

    /// <summary>Removes every row an ingest run wrote (used when the run fails).</summary>
    public void RemoveRun(string runId)
    {
        ArgumentNullException.ThrowIfNull(runId);
        foreach (var table in new[] { "ads", "entities", "quarantine", "runs" })
        {
            using var command = Command($"DELETE FROM {table} WHERE run_id = $1", [runId]);
            command.ExecuteNonQuery();
        }
    }

    // Rows whose run never wrote its record belong to an ingest that was cut off: they are not part of the store.
    private void RemoveIncompleteRuns()
    {
        foreach (var table in new[] { "ads", "entities", "quarantine" })
        {
            Execute($"DELETE FROM {table} WHERE run_id NOT IN (SELECT run_id FROM runs)");
        }
    }

    /// <summary>Number of ads stored.</summary>
    public long AdCount() => Scalar<long>("SELECT count(*) FROM ads");

    /// <summary>Every stored ad id (for duplicate detection across files).</summary>
    public IEnumerable<string> AdIds()
    {
        using var command = Command("SELECT ad_id FROM ads", []);
        using var reader = command.ExecuteReader();
        while (reader.Read()) yield return reader.GetString(0);
    }

    /// <summary>The completed run that ingested a file with this hash under this key, if any.</summary>
    public RunRecord? FindRun(string sourceSha256, string keyFingerprint) =>
        Runs("WHERE source_sha256 = $1 AND key_fingerprint = $2", sourceSha256, keyFingerprint).FirstOrDefault();

    /// <summary>All runs, oldest first.</summary>
    public IReadOnlyList<RunRecord> Runs() => Runs(string.Empty).ToList();

    private IEnumerable<RunRecord> Runs(string where, params object?[] parameters)
    {
        using var command = Command($"SELECT * FROM runs {where} ORDER BY started_at", parameters);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new RunRecord(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                ToUtc(reader.GetValue(4)), ToUtc(reader.GetValue(5)),
                reader.GetInt64(6), reader.GetInt64(7), reader.GetInt64(8), reader.GetString(9), reader.GetString(10));
        }
    }

    /// <summary>Streams the stored (pseudonymized) ads in posting order.</summary>
    public IEnumerable<Ad> ReadAds(string? where = null)
    {
        using var command = Command($"SELECT * FROM ads {(where is null ? string.Empty : "WHERE " + where)} ORDER BY posted_at, ad_id", []);
        command.UseStreamingMode = true;
        using var reader = command.ExecuteReader();
        var ordinals = Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => i, StringComparer.Ordinal);
        while (reader.Read()) yield return ReadAd(reader, ordinals);
    }

    /// <summary>Streams the quarantined rows of every run.</summary>
    public IEnumerable<QuarantinedRow> ReadQuarantine()
    {
        using var command = Command("SELECT source, position, is_line, field, reason, excerpt FROM quarantine ORDER BY run_id, position", []);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new QuarantinedRow(
                new SourceLocation(reader.GetString(0), reader.GetInt64(1), reader.GetBoolean(2)),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4), reader.GetString(5));
        }
    }

    private static DateTimeOffset ToUtc(object value) => value switch
    {
        DateTimeOffset o => o.ToUniversalTime(),
        DateTime d => new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)),
        _ => throw new InvalidDataException($"Unexpected time value {value}."),
    };

    private static Ad ReadAd(IDataReader r, Dictionary<string, int> o)
    {
        string? S(string name) => r.IsDBNull(o[name]) ? null : r.GetString(o[name]);
        // A list column a store lacks (image_window_hashes in a store written before it existed) reads as empty.
        IReadOnlyList<string> L(string name) =>
            !o.TryGetValue(name, out var i) || r.IsDBNull(i) ? [] : ((System.Collections.IEnumerable)r.GetValue(i)).Cast<string>().ToArray();
        double? D(string name) => r.IsDBNull(o[name]) ? null : r.GetDouble(o[name]);
        int? I(string name) => r.IsDBNull(o[name]) ? null : r.GetInt32(o[name]);
        bool? B(string name) => r.IsDBNull(o[name]) ? null : r.GetBoolean(o[name]);
        var extras = S("extras");
        return new Ad
        {
            AdId = S("ad_id")!,
            PostedAt = ToUtc(r.GetValue(o["posted_at"])),
            Body = S("body")!,
            Site = S("site"),
            Category = S("category"),
            Title = S("title"),
            City = S("city"),
            Province = S("province"),
            Lat = D("lat"),
            Lon = D("lon"),
            Phones = L("phones"),
            Emails = L("emails"),
            Handles = L("handles"),
            Urls = L("urls"),
            PriceAmount = D("price_amount") is { } p ? (decimal)p : null,
            PriceCurrency = S("price_currency"),
            PriceDurationMin = I("price_duration_min"),
            Incall = B("incall"),
            Outcall = B("outcall"),
            StatedAge = I("stated_age"),
            StatedEthnicity = S("stated_ethnicity"),
            Names = L("names"),
            ImageHashes = L("image_hashes"),
            ImagePaths = L("image_paths"),
            ImageWindowHashes = L("image_window_hashes"),
            Extras = extras is null
                ? new Dictionary<string, string>(StringComparer.Ordinal)
                : ExtrasJson.Parse(extras),
        };
    }

    /// <inheritdoc />
    public void Dispose() => Connection.Dispose();
}
