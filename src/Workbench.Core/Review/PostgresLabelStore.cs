using System.Data.Common;
using Npgsql;

namespace Workbench.Review;

/// <summary>
/// The team label store on a PostgreSQL server. The connection string comes from <see cref="ConnectionVariable"/>
/// (an Npgsql connection string), so that no password sits in a command line or a notebook. Tables live in one schema
/// (default <c>workbench_review</c>); triggers refuse UPDATE, DELETE and TRUNCATE on the audit table, and writers
/// take a transaction-scoped advisory lock, so the log's seq and hash chain stay consecutive across clients.
/// </summary>
public sealed class PostgresLabelStore : SqlLabelStore
{
    /// <summary>The environment variable that holds the Npgsql connection string.</summary>
    public const string ConnectionVariable = "WORKBENCH_LABELS_PG";

    /// <summary>The default schema.</summary>
    public const string DefaultSchema = "workbench_review";

    private const long WriteLockKey = 0x5742_5256_4C42_4C53; // "WBRVLBLS"
    private readonly string _schema;

    private PostgresLabelStore(NpgsqlConnection connection, string location, string schema) : base(connection, location) => _schema = schema;

    /// <summary>Opens the store named by <see cref="ConnectionVariable"/>.</summary>
    /// <exception cref="InvalidOperationException">The variable is not set.</exception>
    public static PostgresLabelStore FromEnvironment(string schema = DefaultSchema)
    {
        var cs = Environment.GetEnvironmentVariable(ConnectionVariable);
        if (string.IsNullOrWhiteSpace(cs)) throw new InvalidOperationException($"{ConnectionVariable} is not set: give an Npgsql connection string (Host=…;Database=…;Username=…)");
        return Open(cs, schema);
    }

    /// <summary>Opens (creating the schema and tables when missing) a store on a server.</summary>
    /// <exception cref="IOException">The server refuses the connection (the message names host and database).</exception>
    public static PostgresLabelStore Open(string connectionString, string schema = DefaultSchema)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        if (!System.Text.RegularExpressions.Regex.IsMatch(schema, "^[a-z_][a-z0-9_]{0,62}$")) throw new ArgumentException($"schema '{schema}': lower-case letters, digits and '_' only");
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var location = $"postgresql://{builder.Host}:{builder.Port}/{builder.Database} ({schema})";
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            connection.Open();
            var store = new PostgresLabelStore(connection, location, schema);
            store.CreateSchema();
            return store;
        }
        catch (NpgsqlException ex)
        {
            connection.Dispose();
            throw new IOException($"{location}: cannot open the label store: {ex.Message}", ex);
        }
    }

    private void CreateSchema()
    {
        using var tx = BeginWrite(Connection);
        var s = _schema;
        Execute(tx, $"CREATE SCHEMA IF NOT EXISTS {s}");
        Execute(tx, $"""
            CREATE TABLE IF NOT EXISTS {s}.label_audit (
              seq BIGINT PRIMARY KEY, action TEXT NOT NULL, label_id TEXT NOT NULL, actor TEXT NOT NULL,
              recorded_at TEXT NOT NULL, line TEXT NOT NULL, prev_hash TEXT NOT NULL)
            """);
        Execute(tx, $"""
            CREATE TABLE IF NOT EXISTS {s}.labels (
              label_id TEXT PRIMARY KEY, seq BIGINT NOT NULL, target_kind TEXT NOT NULL, target_id TEXT NOT NULL,
              reviewer TEXT NOT NULL, state TEXT NOT NULL CHECK (state IN ('current', 'superseded', 'retracted')), body TEXT NOT NULL)
            """);
        Execute(tx, $"CREATE INDEX IF NOT EXISTS labels_target ON {s}.labels (target_kind, target_id)");
        Execute(tx, $"""
            CREATE OR REPLACE FUNCTION {s}.label_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'label_audit is append-only'; END $$
            """);
        Execute(tx, $"CREATE OR REPLACE TRIGGER label_audit_no_change BEFORE UPDATE OR DELETE ON {s}.label_audit FOR EACH ROW EXECUTE FUNCTION {s}.label_audit_append_only()");
        Execute(tx, $"CREATE OR REPLACE TRIGGER label_audit_no_truncate BEFORE TRUNCATE ON {s}.label_audit FOR EACH STATEMENT EXECUTE FUNCTION {s}.label_audit_append_only()");
        tx.Commit();
    }

    /// <inheritdoc/>
    protected override DbTransaction BeginWrite(DbConnection connection)
    {
        var tx = ((NpgsqlConnection)connection).BeginTransaction();
        using var cmd = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({WriteLockKey})", (NpgsqlConnection)connection, tx);
        cmd.ExecuteNonQuery();
        return tx;
    }

    /// <inheritdoc/>
    protected override string Table(string name) => _schema + "." + name;
}
