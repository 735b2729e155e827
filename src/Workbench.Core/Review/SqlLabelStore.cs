using System.Data;
using System.Data.Common;

namespace Workbench.Review;

/// <summary>
/// The store logic both databases share: two tables, <c>label_audit</c> (append-only, triggers refuse UPDATE and
/// DELETE) and <c>labels</c> (the current state, derived from the log in the same transaction). Writers are
/// serialized by the database (an immediate transaction in SQLite, a transaction-scoped advisory lock in
/// PostgreSQL), so two processes never take the same seq and never both supersede one label.
/// </summary>
public abstract class SqlLabelStore : ILabelStore
{
    private readonly DbConnection _connection;

    /// <summary>Stores the open connection; the subclass creates the schema.</summary>
    protected SqlLabelStore(DbConnection connection, string location)
    {
        _connection = connection;
        Location = location;
    }

    /// <inheritdoc/>
    public string Location { get; }

    /// <summary>Begins a transaction that holds the store's single write lock until it ends.</summary>
    protected abstract DbTransaction BeginWrite(DbConnection connection);

    /// <summary>A table name, qualified as the database needs.</summary>
    protected abstract string Table(string name);

    /// <inheritdoc/>
    public LabelAuditEntry Create(Label label, string reason = "")
    {
        ArgumentNullException.ThrowIfNull(label);
        label.Validated();
        if (label.Supersedes is not null) throw new ArgumentException($"label {label.LabelId}: a first label supersedes nothing (use Supersede)");
        return Write(LabelAction.Create, label, label.Reviewer, reason ?? "", tx =>
        {
            if (Exists(tx, label.LabelId)) throw new LabelConflictException($"label id {label.LabelId} is taken");
            var mine = Scalar(tx, $"SELECT label_id FROM {Table("labels")} WHERE target_kind = @k AND target_id = @t AND reviewer = @r AND state = 'current'",
                ("k", Label.KindName(label.TargetKind)), ("t", label.TargetId), ("r", label.Reviewer));
            if (mine is string id) throw new LabelConflictException($"{label.Reviewer} already has label {id} for {Label.KindName(label.TargetKind)} {label.TargetId}: supersede it");
            Insert(tx, label);
        });
    }

    /// <inheritdoc/>
    public LabelAuditEntry Supersede(Label label, string reason)
    {
        ArgumentNullException.ThrowIfNull(label);
        label.Validated();
        if (label.Supersedes is null) throw new ArgumentException($"label {label.LabelId}: name the label it supersedes");
        if (string.IsNullOrWhiteSpace(reason)) throw new ArgumentException("reason: required when superseding a label");
        return Write(LabelAction.Supersede, label, label.Reviewer, reason, tx =>
        {
            if (Exists(tx, label.LabelId)) throw new LabelConflictException($"label id {label.LabelId} is taken");
            var state = Scalar(tx, $"SELECT state FROM {Table("labels")} WHERE label_id = @id", ("id", label.Supersedes));
            if (state is not "current") throw new LabelConflictException($"label {label.Supersedes} is {(state is null ? "unknown" : state)}, not current: reload and decide again");
            Execute(tx, $"UPDATE {Table("labels")} SET state = 'superseded' WHERE label_id = @id", ("id", label.Supersedes));
            Insert(tx, label);
        });
    }

    /// <inheritdoc/>
    public LabelAuditEntry Retract(string labelId, string actor, string reason)
    {
        ArgumentNullException.ThrowIfNull(labelId);
        if (string.IsNullOrWhiteSpace(reason)) throw new ArgumentException("reason: required when retracting a label");
        Label? withdrawn = null;
        return Write(LabelAction.Retract, null, actor, reason, tx =>
        {
            var json = Scalar(tx, $"SELECT body FROM {Table("labels")} WHERE label_id = @id AND state = 'current'", ("id", labelId));
            if (json is not string body) throw new LabelConflictException($"label {labelId} is unknown or no longer current");
            withdrawn = Label.FromJson(body);
            Execute(tx, $"UPDATE {Table("labels")} SET state = 'retracted' WHERE label_id = @id", ("id", labelId));
        }, () => withdrawn!);
    }

    /// <inheritdoc/>
    public IReadOnlyList<Label> Current() => Labels("state = 'current'");

    /// <inheritdoc/>
    public IReadOnlyList<Label> History() => Labels("state <> 'retracted'");

    private List<Label> Labels(string where)
    {
        var list = new List<Label>();
        using var cmd = Command(null, $"SELECT body FROM {Table("labels")} WHERE {where} ORDER BY seq");
        using var reader = cmd.ExecuteReader();
        while (reader.Read()) list.Add(Label.FromJson(reader.GetString(0)));
        return list;
    }

    /// <inheritdoc/>
    public IReadOnlyList<LabelAuditEntry> Audit() => [.. AuditLines().Select(LabelAuditEntry.Parse)];

    /// <inheritdoc/>
    public IReadOnlyList<string> AuditLines()
    {
        var list = new List<string>();
        using var cmd = Command(null, $"SELECT line FROM {Table("label_audit")} ORDER BY seq");
        using var reader = cmd.ExecuteReader();
        while (reader.Read()) list.Add(reader.GetString(0));
        return list;
    }

    private LabelAuditEntry Write(LabelAction action, Label? label, string actor, string reason, Action<DbTransaction> apply, Func<Label>? labelAfter = null)
    {
        using var tx = BeginWrite(_connection);
        try
        {
            apply(tx);
            long seq = 1;
            var prevHash = LabelAuditEntry.GenesisHash;
            using (var last = Command(tx, $"SELECT seq, line FROM {Table("label_audit")} ORDER BY seq DESC LIMIT 1"))
            using (var reader = last.ExecuteReader())
            {
                if (reader.Read())
                {
                    seq = reader.GetInt64(0) + 1;
                    prevHash = LabelAuditEntry.Hash(reader.GetString(1));
                }
            }
            var entry = new LabelAuditEntry
            {
                Seq = seq, Action = action, Label = label ?? labelAfter!(), Actor = actor, RecordedAt = DateTimeOffset.UtcNow, Reason = reason, PrevHash = prevHash,
            };
            var line = entry.Line;
            Execute(tx, $"INSERT INTO {Table("label_audit")} (seq, action, label_id, actor, recorded_at, line, prev_hash) VALUES (@s, @a, @l, @actor, @at, @line, @p)",
                ("s", seq), ("a", LabelAuditEntry.ActionName(action)), ("l", entry.Label.LabelId), ("actor", actor), ("at", Label.FormatTime(entry.RecordedAt)), ("line", line), ("p", prevHash));
            tx.Commit();
            return entry;
        }
        catch
        {
            tx.Rollback();
            throw;
        }
    }

    private void Insert(DbTransaction tx, Label label)
    {
        var seq = Scalar(tx, $"SELECT COALESCE(MAX(seq), 0) + 1 FROM {Table("labels")}");
        Execute(tx, $"INSERT INTO {Table("labels")} (label_id, seq, target_kind, target_id, reviewer, state, body) VALUES (@id, @s, @k, @t, @r, 'current', @b)",
            ("id", label.LabelId), ("s", Convert.ToInt64(seq, System.Globalization.CultureInfo.InvariantCulture)), ("k", Label.KindName(label.TargetKind)), ("t", label.TargetId),
            ("r", label.Reviewer), ("b", label.ToJson()));
    }

    private bool Exists(DbTransaction tx, string labelId) => Scalar(tx, $"SELECT 1 FROM {Table("labels")} WHERE label_id = @id", ("id", labelId)) is not null;

    /// <summary>Runs one statement.</summary>
    protected void Execute(DbTransaction? tx, string sql, params (string Name, object? Value)[] parameters)
    {
        using var cmd = Command(tx, sql, parameters);
        cmd.ExecuteNonQuery();
    }

    private object? Scalar(DbTransaction? tx, string sql, params (string Name, object? Value)[] parameters)
    {
        using var cmd = Command(tx, sql, parameters);
        var v = cmd.ExecuteScalar();
        return v is DBNull ? null : v;
    }

    private DbCommand Command(DbTransaction? tx, string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = _connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = "@" + name;
            p.Value = value ?? DBNull.Value;
            cmd.Parameters.Add(p);
        }
        return cmd;
    }

    /// <summary>The open connection (for schema creation).</summary>
    protected DbConnection Connection => _connection;

    /// <inheritdoc/>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Closes the connection.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing && _connection.State != ConnectionState.Closed) _connection.Dispose();
    }
}
