namespace Workbench.Data;

/// <summary>
/// A row that failed validation: where it was, which field, why, and a short excerpt to find it by.
/// </summary>
/// <remarks>
/// Nothing is silently lost: every row read is either kept or quarantined, and the quarantine says what to fix.
/// The excerpt is masked before it is stored (digit runs and e-mail shapes blanked) so that no raw contact reaches
/// the quarantine file or table: see <see cref="RawExcerpt.Mask"/>.
/// </remarks>
/// <param name="Location">File and line or row.</param>
/// <param name="Field">The offending field, or null for a problem with the whole row (bad JSON, wrong column count).</param>
/// <param name="Reason">What is wrong and, where it helps, what to do.</param>
/// <param name="Excerpt">The first characters of the row, masked.</param>
public sealed record QuarantinedRow(SourceLocation Location, string? Field, string Reason, string Excerpt)
{
    /// <summary>One line for a person: <c>file:line field: reason</c>.</summary>
    public override string ToString() =>
        Field is null ? $"{Location}: {Reason}" : $"{Location} field '{Field}': {Reason}";
}
