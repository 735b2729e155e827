namespace Workbench.Synthetic;

/// <summary>
/// The identifiers of the ways ads disguise phone numbers (the <c>obfuscation_ops</c> of the truth file), as fixed
/// by the shared contract between the generator, which produces them, and the text extractor, which decodes them.
/// </summary>
/// <remarks>
/// Plain renderings (<c>416-555-0123</c>, <c>(416) 555-0123</c>, <c>416.555.0123</c>, <c>416 555 0123</c>,
/// <c>4165550123</c>) carry no op: an ad counts as obfuscated when its phone uses at least one op below.
/// <see cref="Separators"/> marks the unusual separators, brackets, spaced digits and country-code prefixes.
/// </remarks>
public static class ObfuscationOps
{
    /// <summary>Unusual separators or brackets between digit groups (<c>416/555/0123</c>, <c>4 1 6 5 5 5 …</c>, <c>+1 416 …</c>).</summary>
    public const string Separators = "separators";

    /// <summary>Digits spelled in English, any case (<c>fourONEsix-555-0123</c>).</summary>
    public const string SpelledEn = "spelled_en";

    /// <summary>Digits spelled in French (<c>quatre un six cinq …</c>).</summary>
    public const string SpelledFr = "spelled_fr";

    /// <summary>Spelled and numeric digits mixed, in mixed case (<c>4one6 five55 …</c>).</summary>
    public const string Mixed = "mixed";

    /// <summary>The letter o/O or the word "oh" for zero.</summary>
    public const string OhZero = "oh_zero";

    /// <summary>Keycap emoji, full-width, circled or mathematical bold digits.</summary>
    public const string EmojiDigits = "emoji_digits";

    /// <summary><c>l</c>, <c>I</c> or <c>|</c> for one (and <c>O</c> for zero) inside numeric groups.</summary>
    public const string Homoglyph = "homoglyph";

    /// <summary>The number glued to a price, a height or a word (<c>150hr4165550123</c>).</summary>
    public const string Glued = "glued";

    /// <summary>The area code ends the title and the rest of the number starts the body.</summary>
    public const string SplitTitleBody = "split_title_body";

    /// <summary>Zero-width characters (U+200B, U+200C, U+200D, U+2060, U+FEFF) between digits.</summary>
    public const string ZeroWidth = "zero_width";

    /// <summary>All identifiers, in the contract's order (the order the truth file lists an ad's ops in).</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Separators, SpelledEn, SpelledFr, Mixed, OhZero, EmojiDigits, Homoglyph, Glued, SplitTitleBody, ZeroWidth,
    ];
}
