using System.Diagnostics;
using Npgsql;
using Workbench.Review;

namespace Workbench.Tests;

/// <summary>
/// Durability and concurrency with real processes, on both label stores: a writer killed mid-write loses no committed
/// label and leaves no torn entry; two writers at once lose no update. The writers are the hidden
/// <c>workbench labels writer</c> verb, which prints "committed ID" only after each commit returned.
/// </summary>
public abstract class LabelStoreProcessTests
{
    /// <summary>The --labels argument and extra writer arguments.</summary>
    protected abstract string[] StoreArguments { get; }

    protected abstract ILabelStore Open();

    [Fact]
    public void A_writer_killed_mid_write_loses_no_committed_label_and_leaves_no_torn_entry()
    {
        // Given a writer that labels as fast as it can
        using var writer = Start("rv_killed", count: 100_000, targets: 50);
        var committed = new List<string>();
        // When it is killed after some commits
        while (committed.Count < 150)
        {
            var line = writer.StandardOutput.ReadLine() ?? throw new InvalidOperationException("writer ended early: " + writer.StandardError.ReadToEnd());
            if (line.StartsWith("committed ", StringComparison.Ordinal)) committed.Add(line["committed ".Length..]);
        }
        writer.Kill(entireProcessTree: true);
        writer.WaitForExit();
        // Then every label it reported is in the log, the chain is intact and every entry parses
        using var store = Open();
        var lines = store.AuditLines();
        Assert.Empty(LabelAuditEntry.Verify(lines));
        var logged = store.Audit().Select(e => e.Label.LabelId).ToHashSet();
        Assert.All(committed, id => Assert.Contains(id, logged));
        Assert.True(lines.Count >= committed.Count);
        // and the current labels are one per target, each the last in its supersede chain
        var current = store.Current().Where(l => l.Reviewer == "rv_killed").ToList();
        Assert.Equal(current.Count, current.Select(l => l.TargetId).Distinct().Count());
    }

    [Fact]
    public async Task Two_writers_at_once_lose_no_update()
    {
        // Given two reviewers writing 150 labels each over the same 20 targets at the same time
        using var a = Start("rv_a", count: 150, targets: 20);
        using var b = Start("rv_b", count: 150, targets: 20);
        var outA = a.StandardOutput.ReadToEndAsync();
        var outB = b.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await a.WaitForExitAsync(timeout.Token);
        await b.WaitForExitAsync(timeout.Token);
        Assert.True(a.ExitCode == 0, a.StandardError.ReadToEnd());
        Assert.True(b.ExitCode == 0, b.StandardError.ReadToEnd());
        // Then all 300 changes are in one consecutive, intact log, and each reviewer has one current label per target
        using var store = Open();
        var audit = store.Audit();
        Assert.Empty(LabelAuditEntry.Verify(store.AuditLines()));
        var reported = Committed(await outA).Concat(Committed(await outB)).ToList();
        Assert.Equal(300, reported.Count);
        Assert.Equal(reported.ToHashSet(), audit.Select(e => e.Label.LabelId).ToHashSet());
        Assert.Equal(Enumerable.Range(1, 300).Select(i => (long)i), audit.Select(e => e.Seq));
        var current = store.Current();
        Assert.Equal(40, current.Count);
        Assert.All(current.GroupBy(l => (l.Reviewer, l.TargetId)), g => Assert.Single(g));
    }

    private static IEnumerable<string> Committed(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("committed ", StringComparison.Ordinal)).Select(l => l["committed ".Length..].Trim());

    private Process Start(string reviewer, int count, int targets)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { WorkbenchDll(), "labels", "writer", "--reviewer", reviewer, "--count", count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--targets", targets.ToString(System.Globalization.CultureInfo.InvariantCulture) }.Concat(StoreArguments))
        {
            psi.ArgumentList.Add(arg);
        }
        return Process.Start(psi) ?? throw new InvalidOperationException("cannot start dotnet");
    }

    private static string WorkbenchDll()
    {
        foreach (var dir in new[] { AppContext.BaseDirectory, Path.Combine(RepoPaths.Root, "src", "Workbench.Cli", "bin", "Release", "net10.0") })
        {
            if (File.Exists(Path.Combine(dir, "workbench.dll")) && File.Exists(Path.Combine(dir, "workbench.runtimeconfig.json"))) return Path.Combine(dir, "workbench.dll");
        }
        throw new InvalidOperationException("workbench.dll not found: build src/Workbench.Cli in Release first");
    }
}

public sealed class SqliteLabelStoreProcessTests : LabelStoreProcessTests, IDisposable
{
    private readonly TempDir _dir = new();

    protected override string[] StoreArguments => ["--labels", _dir.File("labels.db")];

    protected override ILabelStore Open() => SqliteLabelStore.Open(_dir.File("labels.db"));

    public void Dispose() => _dir.Dispose();
}

/// <summary>On PostgreSQL (environment/test.sh starts the server; without WORKBENCH_LABELS_PG these tests fail, never skip).</summary>
public sealed class PostgresLabelStoreProcessTests : LabelStoreProcessTests, IDisposable
{
    private readonly string _schema = "p_" + Guid.NewGuid().ToString("N")[..12];

    private static string ConnectionString => TestPostgres.ConnectionString;

    protected override string[] StoreArguments
    {
        get
        {
            _ = ConnectionString;
            return ["--labels", LabelStores.Postgres, "--schema", _schema];
        }
    }

    protected override ILabelStore Open() => PostgresLabelStore.Open(ConnectionString, _schema);

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable(PostgresLabelStore.ConnectionVariable) is not { Length: > 0 }) return;
        using var c = new NpgsqlConnection(ConnectionString);
        c.Open();
        using var cmd = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {_schema} CASCADE", c);
        cmd.ExecuteNonQuery();
    }
}
