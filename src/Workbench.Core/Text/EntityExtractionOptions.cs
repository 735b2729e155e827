namespace Workbench.Text;

/// <summary>Settings for <see cref="EntityExtractor"/>.</summary>
public sealed record EntityExtractionOptions
{
    /// <summary>Find contacts (phones, e-mails, handles, URLs) too; off for text that is already pseudonymized.</summary>
    public bool Contacts { get; init; } = true;

    /// <summary>The indicator lexicon; <see cref="IndicatorLexicon.Default"/> when null.</summary>
    public IndicatorLexicon? Lexicon { get; init; }

    /// <summary>The name list; <see cref="NameLexicon.Default"/> when null.</summary>
    public NameLexicon? Names { get; init; }

    /// <summary>Entities below this confidence are left out (0 keeps everything found).</summary>
    public double MinimumConfidence { get; init; }

    /// <summary>The defaults: every kind, default lexicons, no confidence floor.</summary>
    public static EntityExtractionOptions Default { get; } = new();
}
