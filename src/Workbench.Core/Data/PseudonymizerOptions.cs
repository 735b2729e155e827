namespace Workbench.Data;

/// <summary>Settings for <see cref="Pseudonymizer"/>.</summary>
public sealed record PseudonymizerOptions
{
    /// <summary>
    /// Finds contacts in free text. Defaults to the library's contact extractor; replaceable so that a research team
    /// can plug in its own finder without touching the masking logic.
    /// </summary>
    public Func<string, IReadOnlyList<ContactSpan>> FindContacts { get; init; } = ContactFinder.Find;

    /// <summary>Scan unknown columns (<see cref="Ad.Extras"/>) for contacts too, since a scraper may put them there.</summary>
    public bool MaskExtras { get; init; } = true;
}
