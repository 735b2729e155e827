using System.Collections.Frozen;

namespace Workbench.Text;

/// <summary>
/// Finds ages stated in ad text (<c>23 yo</c>, <c>23-year-old</c>, <c>age: 23</c>, <c>I'm 23</c>, <c>j'ai 23 ans</c>,
/// <c>Sasha, 23, …</c>) and tells them from prices, heights, durations and the site's "18+" notices.
/// </summary>
/// <remarks>
/// Ads are for adults, and an adult stated age is ordinary. An age under 18 is never dropped or corrected: it is
/// reported like any other and flagged (<see cref="AgeMention.IsUnder18"/>), and <see cref="EntityExtractor"/> adds
/// the youth cue <see cref="IndicatorLexicon.StatedMinorAgeCue"/>. Rules statements (<c>must be 18</c>,
/// <c>18 and over</c>, <c>over 18 only</c>) are not stated ages. The outcome-tested JIRN study (Journal of Human
/// Trafficking, 2024) found that a stated age under 23 did not predict trafficking: the age is a fact of the ad, not
/// a cue, unless it is under 18.
/// </remarks>
public static class AgeExtractor
{
    private static readonly FrozenSet<string> AgeUnits = Set("yo", "yrs", "yr", "years", "year", "ans", "yrsold", "yearsold", "y");
    private static readonly FrozenSet<string> AgeWords = Set("age", "aged", "agee", "ages", "edad");
    private static readonly FrozenSet<string> RuleWords = Set("over", "above", "under", "least", "than", "be", "plus", "moins", "min", "minimum", "since", "depuis", "for", "pendant", "experience", "ago");
    private static readonly FrozenSet<string> AfterRejects = Set(
        "experience", "exp", "d", "of", "in", "plus", "min", "mins", "minutes", "minute", "km", "h", "hr",
        "hrs", "hour", "hours", "heures", "dollars", "roses", "cad", "am", "pm", "pics", "photos", "lbs", "kg", "cm", "ft", "percent");

    /// <summary>Finds the stated ages in <paramref name="text"/>.</summary>
    /// <param name="text">Raw text.</param>
    /// <returns>Ages sorted by start, with raw spans.</returns>
    public static IReadOnlyList<AgeMention> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Extract(WordTokens.Read(TextNormalizer.Normalize(text, TextNormalizerOptions.ForExtraction)));
    }

    internal static IReadOnlyList<AgeMention> Extract(WordTokens t)
    {
        List<AgeMention>? result = null;
        for (var i = 0; i < t.Count; i++)
        {
            if (!t.IsNumber(i)) continue;
            if (TryAge(t, i, out var mention, out var last))
            {
                (result ??= []).Add(mention);
                i = last;
            }
        }
        return result ?? (IReadOnlyList<AgeMention>)[];
    }

    private static bool TryAge(WordTokens t, int i, out AgeMention mention, out int last)
    {
        mention = null!;
        last = i;
        var n = t.Number(i);
        if (n is < 10 or > 99 || t.End(i) - t.Start(i) != 2) return false;
        var text = t.Text.Text;
        var start = t.Start(i);
        if (start > 0)
        {
            var b = text[start - 1];
            if (char.IsLetterOrDigit(b) || b is '_' or '$' or '€' or '#' or '/' or '.' or '\'' or '-' or '"') return false;
        }
        var after = t.GapAfter(i);
        if (after.Length > 0)
        {
            var a = after[0];
            if (a is '+' or '\'' or '"' or '%' or '$' or '€' or ':' or '/') return false;
            if (a is '-' or '.' or ',' && after.Length == 1 && i + 1 < t.Count && t.IsNumber(i + 1)) return false; // 36-24-36, 23.5
        }
        if (PrecededByRuleWord(t, i)) return false;
        var spanFrom = i;
        var confidence = 0.0;

        // "23 yo", "23yo", "23 y/o", "23 years old", "23-year-old", "23 ans".
        var j = i + 1;
        if (j < t.Count && t.IsWord(j) && (t.GapBefore(j) is "" or " " or "-"))
        {
            var unit = t.Folded(j);
            if (unit.SequenceEqual("y") && j + 1 < t.Count && t.GapBefore(j + 1) is "/" or "." && t.Is(j + 1, "o"))
            {
                last = j + 1;
                confidence = 0.95;
            }
            else if (Lookup(AgeUnits, unit) && !unit.SequenceEqual("y"))
            {
                last = j;
                var old = j + 1 < t.Count && t.JoinsPrevious(j + 1) && (t.Is(j + 1, "old") || t.Is(j + 1, "young"));
                if (old) last = j + 1;
                var next = last + 1;
                if (next < t.Count && t.JoinsPrevious(next) && (t.Is(next, "or") || t.Is(next, "and") || t.Is(next, "et") || t.Is(next, "ou")
                    || t.Is(next, "experience") || t.Is(next, "of") || t.Is(next, "d") || t.Is(next, "in") || t.Is(next, "ago")))
                {
                    return false;
                }
                confidence = old || unit.SequenceEqual("yo") || unit.SequenceEqual("ans") ? 0.95 : 0.85;
            }
        }

        // "age 23", "age: 23", "aged 23", "âgée de 23 ans".
        if (confidence == 0 && i > 0)
        {
            var k = i - 1;
            if (t.Is(k, "de") && k > 0) k--;
            if (t.IsWord(k) && Lookup(AgeWords, t.Folded(k)) && t.GapBefore(i).Length <= 3 && !NextRejects(t, i))
            {
                spanFrom = k;
                confidence = 0.9;
            }
        }

        // "I'm 23", "I am 23".
        if (confidence == 0 && i >= 2 && n is >= 13 and <= 79 && !NextRejects(t, i) && IsTight(t.GapBefore(i)))
        {
            var copula = (t.Is(i - 1, "m") && t.Is(i - 2, "i") && t.GapBefore(i - 1) is "'")
                         || (t.Is(i - 1, "am") && t.Is(i - 2, "i"))
                         || (t.Is(i - 1, "im") && t.IsWord(i - 1));
            if (copula && (after.Length == 0 || after[0] is ' ' or ',' or '.' or '!' or ')' or '\n'))
            {
                spanFrom = t.Is(i - 1, "im") ? i - 1 : i - 2;
                confidence = 0.8;
            }
        }

        // "Sasha, 23, …", "Sasha: 23", "Sasha (23)", "Sasha 23 |".
        if (confidence == 0 && i > 0 && n is >= 13 and <= 69 && t.IsWord(i - 1) && t.IsCapitalized(i - 1) && NameLexicon.Default.IsName(t.Folded(i - 1)))
        {
            var gap = t.GapBefore(i);
            var closes = after.Length == 0 ? i + 1 >= t.Count : after[0] is ',' or '.' or '|' or '!' or ')' or ';' or '\n' or '-' || after.TrimStart(' ').StartsWith("|");
            if (gap is ", " or ": " or " (" or "," or " - " or " " && closes && !NextRejects(t, i))
            {
                confidence = 0.7;
            }
        }

        if (confidence == 0) return false;
        var (rawStart, rawEnd) = t.RawSpan(spanFrom, last);
        mention = new AgeMention(rawStart, rawEnd, n, confidence);
        return true;
    }

    private static bool NextRejects(WordTokens t, int i)
    {
        var next = i + 1;
        if (next >= t.Count || !t.IsWord(next) || t.GapBefore(next).Length > 2) return false;
        if (Lookup(AfterRejects, t.Folded(next))) return true;
        // "18 and over", "21 or older", "18 et plus"
        return (t.Is(next, "and") || t.Is(next, "or") || t.Is(next, "et") || t.Is(next, "ou"))
               && (t.Is(next + 1, "over") || t.Is(next + 1, "up") || t.Is(next + 1, "older") || t.Is(next + 1, "plus") || t.Is(next + 1, "above"));
    }

    private static bool PrecededByRuleWord(WordTokens t, int i)
    {
        // "over 18", "must be 18", "at least 21", "plus de 18 ans", "18 and over" is handled after the unit.
        for (var k = i - 1; k >= Math.Max(0, i - 2); k--)
        {
            if (t.IsWord(k) && Lookup(RuleWords, t.Folded(k))) return true;
            if (!t.Is(k, "de") && !t.Is(k, "at")) break;
        }
        return false;
    }

    private static bool IsTight(ReadOnlySpan<char> gap) => gap is " " or "";

    private static bool Lookup(FrozenSet<string> set, ReadOnlySpan<char> word) =>
        set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
