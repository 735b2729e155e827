namespace Workbench.Text;

/// <summary>
/// Settings for <see cref="TextNormalizer"/>. Unicode NFKC, the removal of invisible characters and the folding
/// of digit look-alikes (keycap, full-width, circled, mathematical) always happen; these switch the rest.
/// </summary>
public sealed record TextNormalizerOptions
{
    /// <summary>Decode HTML entities (<c>&amp;amp;</c>, <c>&amp;#52;</c>) and remove known HTML tags (block tags become a space).</summary>
    public bool DecodeHtml { get; init; } = true;

    /// <summary>Fold typographic quotes, dashes, slashes and the middle dot to their ASCII forms (<c>’</c> → <c>'</c>, <c>–</c> → <c>-</c>).</summary>
    public bool FoldPunctuation { get; init; } = true;

    /// <summary>
    /// Fold <c>O</c>/<c>o</c> to 0 and <c>l</c>/<c>I</c>/<c>L</c>/<c>|</c> to 1 inside digit runs only (<c>4l6 555 Ol23</c>),
    /// never inside ordinary words (<c>Hello2you</c> keeps its letters).
    /// </summary>
    public bool FoldHomoglyphDigits { get; init; } = true;

    /// <summary>Collapse runs of one repeated punctuation character to one (<c>!!!</c> → <c>!</c>, <c>416--555</c> → <c>416-555</c>).</summary>
    public bool CollapseRepeatedPunctuation { get; init; } = true;

    /// <summary>Lower-case the result (culture-invariant).</summary>
    public bool LowerCase { get; init; }

    /// <summary>The defaults: everything on except lower-casing.</summary>
    public static TextNormalizerOptions Default { get; } = new();

    /// <summary>
    /// The form the contact extractors share: no homoglyph folding, no punctuation collapse and no lower-casing,
    /// because those would change e-mail addresses and handles (<c>bella2O@…</c>, <c>jen__x</c>) that must keep
    /// their spelling; the phone extractor folds homoglyphs on its own copy.
    /// </summary>
    public static TextNormalizerOptions ForExtraction { get; } = new()
    {
        FoldHomoglyphDigits = false,
        CollapseRepeatedPunctuation = false,
    };
}
