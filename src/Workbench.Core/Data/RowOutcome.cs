namespace Workbench.Data;

/// <summary>
/// What became of one row read from a source: kept as an <see cref="Data.Ad"/>, or quarantined with the reason.
/// </summary>
/// <param name="Location">File and line or row.</param>
/// <param name="Ad">The valid ad, or null when the row was quarantined.</param>
/// <param name="Problem">Why the row was quarantined, or null when it was kept.</param>
public sealed record RowOutcome(SourceLocation Location, Ad? Ad, QuarantinedRow? Problem)
{
    /// <summary>True when the row passed validation.</summary>
    public bool IsKept => Ad is not null;

    internal static RowOutcome Kept(SourceLocation location, Ad ad) => new(location, ad, null);

    internal static RowOutcome Quarantined(SourceLocation location, string? field, string reason, string excerpt) =>
        new(location, null, new QuarantinedRow(location, field, reason, excerpt));
}
