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
        "nouvelle", "de passage", "juste arrivée", "jeune", "nos filles", "incall seulement", "en tournée", "derniers jours",
    ];

    public static bool Fires(string? title, string body)
    {
        var text = ((title ?? "") + "\n" + body).ToLowerInvariant();
        foreach (var phrase in Phrases)
        {
            if (ContainsWord(text, phrase)) return true;
        }
        return false;
    }

    /// <summary>Whole-word (or whole-phrase) match, so that "new" fires on "new girl" but not on "renew".</summary>
    private static bool ContainsWord(string text, string phrase)
    {
        var start = 0;
        while (true)
        {
            var i = text.IndexOf(phrase, start, StringComparison.Ordinal);
            if (i < 0) return false;
            var end = i + phrase.Length;
            var before = i == 0 || !char.IsLetter(text[i - 1]);
            var after = end >= text.Length || !char.IsLetter(text[end]);
            if (before && after) return true;
            start = i + 1;
        }
    }
}
