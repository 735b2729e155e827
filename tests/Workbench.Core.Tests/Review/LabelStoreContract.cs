using Microsoft.Data.Sqlite;
using Npgsql;
using Workbench.Review;
using Workbench.Tests.Schemas;

namespace Workbench.Tests.Review;

/// <summary>The behaviour both label stores owe: the same tests run on SQLite and on PostgreSQL.</summary>
public abstract class LabelStoreContract
{
    protected abstract ILabelStore OpenStore();

    /// <summary>Runs raw SQL on the store's database, bypassing the API (as a careless admin would).</summary>
    protected abstract void RawSql(string sql);

    protected static Label NewLabel(string target, string reviewer = "rv_01", int organized = 4, string? supersedes = null) =>
        Label.New(LabelTargetKind.MicroCluster, target, reviewer, "one template, several names", organizedActivity: organized, supersedes: supersedes);

    [Fact]
    public void Every_change_is_an_audit_entry_that_validates_against_the_schema_and_chains()
    {
        // Given a create, a supersede and a retract
        using var store = OpenStore();
        var first = NewLabel("12");
        store.Create(first);
        var second = NewLabel("12", organized: 2, supersedes: first.LabelId);
        store.Supersede(second, "second look: the names belong to one agency");
        var other = NewLabel("13", reviewer: "rv_02");
        store.Create(other);
        store.Retract(other.LabelId, "rv_lead", "wrong cluster");
        // When the log is read
        var lines = store.AuditLines();
        // Then it has four entries in order, each valid, chained, and only the superseding label is current
        Assert.Equal(["create", "supersede", "create", "retract"], store.Audit().Select(e => LabelAuditEntry.ActionName(e.Action)));
        foreach (var line in lines) Assert.True(SchemaCatalog.Evaluate("label-audit.schema.json", line).IsValid, line);
        Assert.Empty(LabelAuditEntry.Verify(lines));
        Assert.Equal([second.LabelId], store.Current().Select(l => l.LabelId));
        Assert.Equal([first.LabelId, second.LabelId], store.History().Select(l => l.LabelId));
    }

    [Fact]
    public void Superseding_a_label_that_is_no_longer_current_is_a_conflict_not_a_lost_update()
    {
        // Given two reviewers who both read label A and both correct it
        using var store = OpenStore();
        var a = NewLabel("7");
        store.Create(a);
        store.Supersede(NewLabel("7", organized: 5, supersedes: a.LabelId), "more evidence");
        // When the second correction arrives
        var late = NewLabel("7", organized: 1, supersedes: a.LabelId);
        // Then it is refused and nothing is written
        Assert.Throws<LabelConflictException>(() => store.Supersede(late, "I disagree"));
        Assert.Equal(2, store.Audit().Count);
        Assert.Throws<LabelConflictException>(() => store.Create(NewLabel("7")));
    }

    [Fact]
    public void The_database_refuses_to_update_or_delete_audit_entries()
    {
        // Given a store with one entry
        using (var store = OpenStore()) store.Create(NewLabel("3"));
        // When someone edits or deletes the log with SQL
        // Then the database refuses both
        Assert.Contains("append-only", Assert.ThrowsAny<Exception>(() => RawSql("UPDATE {audit} SET actor = 'edited'")).Message);
        Assert.Contains("append-only", Assert.ThrowsAny<Exception>(() => RawSql("DELETE FROM {audit}")).Message);
        using var again = OpenStore();
        Assert.Single(again.Audit());
    }

    [Fact]
    public void A_label_that_breaks_a_rule_is_refused_with_the_field_named()
    {
        using var store = OpenStore();
        var bad = NewLabel("x1") with { Rationale = "call 416 321 4567" };
        var ex = Assert.Throws<ArgumentException>(() => store.Create(bad));
        Assert.Contains("target_id", ex.Message);
        Assert.Contains("rationale", ex.Message);
        Assert.Empty(store.Audit());
    }
}

public sealed class SqliteLabelStoreTests : LabelStoreContract, IDisposable
{
    private readonly TempDir _dir = new();

    protected override ILabelStore OpenStore() => SqliteLabelStore.Open(_dir.File("labels.db"));

    protected override void RawSql(string sql)
    {
        using var c = new SqliteConnection($"Data Source={_dir.File("labels.db")};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql.Replace("{audit}", "label_audit", StringComparison.Ordinal);
        cmd.ExecuteNonQuery();
    }

    [Fact]
    public void The_file_is_in_write_ahead_log_mode()
    {
        using (OpenStore()) { }
        using var c = new SqliteConnection($"Data Source={_dir.File("labels.db")};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", cmd.ExecuteScalar());
    }

    public void Dispose() => _dir.Dispose();
}

/// <summary>
/// The same contract on PostgreSQL. environment/test.sh starts a throw-away server and sets WORKBENCH_LABELS_PG; without
/// it these tests fail (never skip), saying how to get one.
/// </summary>
public sealed class PostgresLabelStoreTests : LabelStoreContract, IDisposable
{
    private readonly string _schema = "t_" + Guid.NewGuid().ToString("N")[..12];

    private static string ConnectionString => TestPostgres.ConnectionString;

    protected override ILabelStore OpenStore() => PostgresLabelStore.Open(ConnectionString, _schema);

    protected override void RawSql(string sql)
    {
        using var c = new NpgsqlConnection(ConnectionString);
        c.Open();
        using var cmd = new NpgsqlCommand(sql.Replace("{audit}", _schema + ".label_audit", StringComparison.Ordinal), c);
        cmd.ExecuteNonQuery();
    }

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable(PostgresLabelStore.ConnectionVariable) is not { Length: > 0 }) return;
        using var c = new NpgsqlConnection(ConnectionString);
        c.Open();
        using var cmd = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {_schema} CASCADE", c);
        cmd.ExecuteNonQuery();
    }
}
