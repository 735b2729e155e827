using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Workbench.Review;

/// <summary>
/// The embedded label store: one SQLite file in WAL mode with full sync, so that a committed label survives a killed
/// process (the write-ahead log is replayed on the next open and an unfinished transaction is discarded whole), and two
/// processes can write at once (the second waits on the busy timeout, then writes). DuckDB would not do here: it
/// allows one writing process per file.
/// </summary>
public sealed class SqliteLabelStore : SqlLabelStore
{
    /// <summary>How long a writer waits for another process's transaction before it fails.</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(30);

    private SqliteLabelStore(SqliteConnection connection, string path) : base(connection, path) { }

    /// <summary>Opens (creating when missing) a label store file.</summary>
    /// <exception cref="IOException">The file cannot be opened as a label store (the message names it).</exception>
    public static SqliteLabelStore Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full);
        if (dir is not null) Directory.CreateDirectory(dir);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = (int)BusyTimeout.TotalSeconds,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            var store = new SqliteLabelStore(connection, full);
            store.CreateSchema();
            return store;
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new IOException($"{full}: cannot open as a label store: {ex.Message}", ex);
        }
    }

    private void CreateSchema()
    {
        Execute(null, $"PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds}");
        Execute(null, "PRAGMA journal_mode = WAL");
        Execute(null, "PRAGMA synchronous = FULL");
        using var tx = BeginWrite(Connection);
        Execute(tx, """
            CREATE TABLE IF NOT EXISTS label_audit (
              seq INTEGER PRIMARY KEY, action TEXT NOT NULL, label_id TEXT NOT NULL, actor TEXT NOT NULL,
              recorded_at TEXT NOT NULL, line TEXT NOT NULL, prev_hash TEXT NOT NULL)
            """);
        Execute(tx, """
            CREATE TABLE IF NOT EXISTS labels (
              label_id TEXT PRIMARY KEY, seq INTEGER NOT NULL, target_kind TEXT NOT NULL, target_id TEXT NOT NULL,
              reviewer TEXT NOT NULL, state TEXT NOT NULL CHECK (state IN ('current', 'superseded', 'retracted')), body TEXT NOT NULL)
            """);
        Execute(tx, "CREATE INDEX IF NOT EXISTS labels_target ON labels (target_kind, target_id)");
        Execute(tx, "CREATE TRIGGER IF NOT EXISTS label_audit_no_update BEFORE UPDATE ON label_audit BEGIN SELECT RAISE(ABORT, 'label_audit is append-only'); END");
        Execute(tx, "CREATE TRIGGER IF NOT EXISTS label_audit_no_delete BEFORE DELETE ON label_audit BEGIN SELECT RAISE(ABORT, 'label_audit is append-only'); END");
        tx.Commit();
    }

    /// <inheritdoc/>
    protected override DbTransaction BeginWrite(DbConnection connection) =>
        // deferred: false = BEGIN IMMEDIATE: the write lock is taken first, so read-then-write cannot race.
        ((SqliteConnection)connection).BeginTransaction(deferred: false);

    /// <inheritdoc/>
    protected override string Table(string name) => name;
}
