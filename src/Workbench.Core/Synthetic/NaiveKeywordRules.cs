namespace Workbench.Synthetic;

/// <summary>
/// The kind of keyword "indicator" list that naive screening uses (movement and "new in town", third person and
/// "our girls", youth words, "incall only", ethnicity, round-the-clock availability). The validation report applies
/// it to independents to show how often it fires on them: that it fires often is the caution the specification asks
/// the corpus to carry, not a detector to use.
/// </summary>
internal static class NaiveKeywordRules
{
    public static readonly string[] Phrases =
    [
        "new", "in town", "just arrived", "visiting", "limited time", "few days", "last days", "on tour", "our girls", "we have",
        "young", "fresh", "petite", "incall only", "exotic", "asian", "latina", "ebony", "24/7", "call us", "text us",
        "nouvelle", "de passage", "juste arriv", "jeune", "nos filles", "incall seulement", "en tournée", "derniers jours",
    ];

    private static readonly System.Buffers.SearchValues<string> Search =
        System.Buffers.SearchValues.Create(Phrases, StringComparison.OrdinalIgnoreCase);

    public static bool Fires(string? title, string body) => FiresIn(title) || FiresIn(body);

    /// <summary>Whole-word (or whole-phrase) match, ignoring case, so that "new" fires on "New girl" but not on "renew".</summary>
    private static bool FiresIn(string? text)
    {
        if (string.IsNullOrEmpty(text)) return false;
        var span = text.AsSpan();
        var offset = 0;
        while (offset < span.Length)
        {
            var i = span[offset..].IndexOfAny(Search);
            if (i < 0) return false;
            var at = offset + i;
            foreach (var phrase in Phrases)
            {
                if (!span[at..].StartsWith(phrase, StringComparison.OrdinalIgnoreCase)) continue;
                var end = at + phrase.Length;
                var before = at == 0 || !char.IsLetter(span[at - 1]);
                // Multi-word phrases may end inside a word ("juste arriv" covers "arrivée" and "arrivé").
                var after = phrase.Contains(' ', StringComparison.Ordinal) || end >= span.Length || !char.IsLetter(span[end]);
                if (before && after) return true;
            }
            offset = at + 1;
        }
        return false;
    }
}
