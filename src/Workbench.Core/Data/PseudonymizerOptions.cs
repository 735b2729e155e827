namespace Workbench.Data;

/// <summary>Settings for <see cref="Pseudonymizer"/>.</summary>
public sealed record PseudonymizerOptions
{
    /// <summary>
    /// Finds contacts in an ad's title and body (spans into each field, including a phone split between them).
    /// Defaults to the library's obfuscation-aware extractor (<see cref="Text.ContactExtractor"/>); replaceable so
    /// that a research team can plug in its own finder without touching the masking logic.
    /// </summary>
    public Func<string, string, FieldContacts> FindContacts { get; init; } = TextContacts.FindAcross;

    /// <summary>
    /// How many distinct title-and-body texts to remember the contacts of. Ads are reposted word for word (a
    /// multi-site scrape of 5 million ads held about half a million distinct texts), so finding contacts once per
    /// distinct text saves most of the extraction. The cache holds 128-bit hashes and spans, never text. 0 disables it.
    /// </summary>
    public int RepeatedTextCache { get; init; } = 250_000;

    /// <summary>Scan unknown columns (<see cref="Ad.Extras"/>) for contacts too, since a scraper may put them there.</summary>
    public bool MaskExtras { get; init; } = true;
}

/// <summary>Contacts found in a title and a body, with spans into each.</summary>
/// <param name="Title">Spans into the title.</param>
/// <param name="Body">Spans into the body.</param>
public sealed record FieldContacts(IReadOnlyList<ContactSpan> Title, IReadOnlyList<ContactSpan> Body);
