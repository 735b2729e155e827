using Workbench.Review;

namespace Workbench.Tests;

/// <summary>
/// The PostgreSQL server the label-store tests use: environment/test.sh starts a throw-away one and sets
/// WORKBENCH_LABELS_PG. Without it those tests fail (never skip), saying how to get one.
/// </summary>
internal static class TestPostgres
{
    /// <summary>The connection string from <see cref="PostgresLabelStore.ConnectionVariable"/>.</summary>
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(PostgresLabelStore.ConnectionVariable) is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException($"{PostgresLabelStore.ConnectionVariable} is not set: run environment/test.sh, which starts a throw-away PostgreSQL server, or export a connection string to a test server.");
}
