namespace Workbench.Review;

/// <summary>Opens a label store from what a user types: a file path (embedded), or <c>postgres</c> (team server).</summary>
public static class LabelStores
{
    /// <summary>The word that selects the PostgreSQL store.</summary>
    public const string Postgres = "postgres";

    /// <summary>Opens <paramref name="location"/>: <c>postgres</c> for the server in <see cref="PostgresLabelStore.ConnectionVariable"/>, otherwise a SQLite file.</summary>
    public static ILabelStore Open(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return location.Equals(Postgres, StringComparison.OrdinalIgnoreCase) ? PostgresLabelStore.FromEnvironment() : SqliteLabelStore.Open(location);
    }
}
