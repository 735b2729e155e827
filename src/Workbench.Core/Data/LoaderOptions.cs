namespace Workbench.Data;

/// <summary>Settings for reading and validating ad files.</summary>
public sealed record LoaderOptions
{
    /// <summary>
    /// Longest accepted text field, in characters. Ads with megabyte bodies exist (pasted pages, spam); beyond this the
    /// row is quarantined rather than letting one line exhaust memory.
    /// </summary>
    public int MaxFieldChars { get; init; } = 8 * 1024 * 1024;

    /// <summary>Quarantine the second and later rows that repeat an <c>ad_id</c> (the first is kept).</summary>
    public bool QuarantineDuplicateIds { get; init; } = true;

    /// <summary>Default settings.</summary>
    public static LoaderOptions Default { get; } = new();
}
