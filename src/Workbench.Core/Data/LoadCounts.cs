namespace Workbench.Data;

/// <summary>
/// How many records a load read, kept and quarantined. <see cref="Read"/> always equals
/// <see cref="Kept"/> + <see cref="Quarantined"/>: nothing is dropped silently.
/// </summary>
/// <param name="Read">Records read (blank lines are not records).</param>
/// <param name="Kept">Records that passed validation.</param>
/// <param name="Quarantined">Records written to the quarantine with their reason.</param>
/// <param name="BlankLines">Lines that held no record, reported for completeness.</param>
public sealed record LoadCounts(long Read, long Kept, long Quarantined, long BlankLines)
{
    /// <summary>No records.</summary>
    public static LoadCounts Zero { get; } = new(0, 0, 0, 0);

    /// <summary>One line for a person.</summary>
    public override string ToString() =>
        $"read {Read:N0} = kept {Kept:N0} + quarantined {Quarantined:N0}" + (BlankLines > 0 ? $" (blank lines skipped: {BlankLines:N0})" : string.Empty);
}
