using System.Collections.Frozen;
using System.Text;

namespace Workbench.Text;

/// <summary>
/// Finds person names in ad text with rules and a name list, in the spirit of NEAT (Li, Nair, Pelrine &amp; Rabbany,
/// "Extracting Person Names from User Generated Text: Named-Entity Recognition for Combating Human Trafficking",
/// Findings of ACL 2022), which combines rule-based and dictionary extractors (and a language model we do not use,
/// since no model may be downloaded here) to find names in noisy escort ads.
/// </summary>
/// <remarks>
/// <para>Rules, in order of strength: a naming context (<c>my name is</c>, <c>call me</c>, <c>je m'appelle</c>,
/// <c>moi c'est</c>, <c>name:</c>) takes any capitalized word; a softer context (<c>I'm</c>, <c>meet</c>,
/// <c>this is</c>, <c>ask for</c>, <c>today:</c>, <c>X here</c>, <c>X, 23</c>) takes a listed name, even an
/// ambiguous one; a listed, unambiguous name written with a capital counts alone; and the names of a list
/// (<c>Jade, Lily and Mia</c>) support each other. Ambiguous names (<c>Angel</c>, <c>Paris</c>, <c>Demi</c>) never
/// count without one of these, which keeps brand words (<c>Velvet Rose</c>) and ordinary words out.</para>
/// <para>Domain experts regard several people in one ad as an indicator (Li et al. 2022): names are counted per ad
/// by the detectors, and a name is a persona as advertised, never an identity.</para>
/// </remarks>
public static class NameExtractor
{
    private static readonly FrozenSet<string> NotNames = new[]
    {
        "a", "an", "the", "new", "here", "available", "back", "not", "so", "very", "your", "ur", "sweet", "independent", "real",
        "always", "just", "now", "from", "in", "at", "ready", "busy", "open", "une", "un", "la", "le", "disponible", "nouvelle",
        "ici", "pas", "tres", "ta", "votre", "sure", "sorry", "happy", "glad", "located", "staying", "visiting", "online",
        "only", "incall", "outcall", "young", "petite", "tall", "friendly", "discreet", "clean", "safe", "professional",
        "mature", "curvy", "busty", "slim", "hot", "sexy", "bored", "waiting", "looking", "new", "this", "that", "it", "he",
        "she", "they", "we", "you", "i", "my", "me", "and", "or", "with", "for", "to", "of", "on", "by", "no", "yes", "one",
        "canadian", "french", "english", "latina", "asian", "black", "white", "ebony", "caucasian", "european", "mixed",
        "independante", "jeune", "belle", "douce", "souriante", "ponctuelle", "discrete", "naturelle", "femme", "fille",
        "girl", "lady", "woman", "companion", "escort", "model", "student", "etudiante", "spa", "massage", "agency",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly Lazy<PhraseMatcher<string>> Contexts = new(BuildContexts);

    /// <summary>Finds the names in <paramref name="text"/> with the default name list.</summary>
    /// <param name="text">Raw text.</param>
    /// <returns>Names sorted by start, with raw spans.</returns>
    public static IReadOnlyList<NameMention> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Extract(WordTokens.Read(TextNormalizer.Normalize(text, TextNormalizerOptions.ForExtraction)), NameLexicon.Default);
    }

    internal static IReadOnlyList<NameMention> Extract(WordTokens t, NameLexicon names)
    {
        if (t.Count == 0) return [];
        var context = ContextBefore(t);
        var candidates = new List<Candidate>();
        for (var i = 0; i < t.Count; i++)
        {
            if (!t.IsWord(i)) continue;
            var word = t.Folded(i);
            if (word.Length < 2) continue;
            var listed = names.TryGet(word, out var ambiguous);
            var last = i;
            // Compound names: "Marie-Eve", "Lily-Rose".
            if (listed && i + 1 < t.Count && t.IsWord(i + 1) && t.GapBefore(i + 1) is "-" && names.TryGet(t.Folded(i + 1), out _))
            {
                last = i + 1;
                ambiguous = false;
            }
            var strength = context[i];
            var capital = t.IsCapitalized(i);
            if (!listed)
            {
                if (strength == Strength.Naming && capital && word.Length is >= 3 and <= 12 && !Lookup(NotNames, word))
                    candidates.Add(new Candidate(i, last, 0.6, "context"));
                continue;
            }
            if (Lookup(NotNames, word) && strength == Strength.None) continue;
            var after = ContextAfter(t, last);
            if (strength != Strength.None || after)
            {
                if (!capital && strength != Strength.Naming && !after) continue;
                candidates.Add(new Candidate(i, last, ambiguous ? 0.8 : 0.95, "list+context"));
            }
            else if (capital && !ambiguous)
            {
                candidates.Add(new Candidate(i, last, 0.8, "list"));
            }
            else if (capital && ambiguous)
            {
                candidates.Add(new Candidate(i, last, 0.0, "pending")); // kept only inside a list of names
            }
            i = last;
        }
        return Resolve(t, candidates);
    }

    private static IReadOnlyList<NameMention> Resolve(WordTokens t, List<Candidate> candidates)
    {
        if (candidates.Count == 0) return [];
        // Enumerations: names separated by ", ", " and ", " et ", " & ", " / " support each other.
        for (var c = 0; c < candidates.Count; c++)
        {
            if (candidates[c].Confidence > 0) continue;
            var supported = (c > 0 && candidates[c - 1].Confidence > 0 && Enumerated(t, candidates[c - 1].Last, candidates[c].First))
                            || (c + 1 < candidates.Count && candidates[c + 1].Confidence > 0 && Enumerated(t, candidates[c].Last, candidates[c + 1].First));
            if (supported) candidates[c] = candidates[c] with { Confidence = 0.65, Rule = "enumeration" };
        }
        var result = new List<NameMention>(candidates.Count);
        foreach (var c in candidates)
        {
            if (c.Confidence <= 0) continue;
            var (start, end) = t.RawSpan(c.First, c.Last);
            result.Add(new NameMention(start, end, TitleCase(t, c.First, c.Last), c.Confidence, c.Rule));
        }
        return result;
    }

    private static bool Enumerated(WordTokens t, int leftLast, int rightFirst)
    {
        if (rightFirst == leftLast + 1) return t.GapBefore(rightFirst) is ", " or "," or " & " or " / " or " + ";
        if (rightFirst == leftLast + 2)
        {
            var mid = leftLast + 1;
            return (t.Is(mid, "and") || t.Is(mid, "et")) && t.GapBefore(mid) is " " or ", " && t.GapBefore(rightFirst) is " ";
        }
        return false;
    }

    private static string TitleCase(WordTokens t, int first, int last)
    {
        var sb = new StringBuilder();
        for (var k = first; k <= last; k++)
        {
            if (k > first) sb.Append('-');
            var folded = t.Folded(k);
            sb.Append(char.ToUpperInvariant(folded[0])).Append(folded[1..]);
        }
        return sb.ToString();
    }

    private static bool ContextAfter(WordTokens t, int last)
    {
        var next = last + 1;
        if (next >= t.Count) return false;
        var gap = t.GapBefore(next);
        if (t.IsWord(next) && gap is " " && (t.Is(next, "here") || t.Is(next, "ici"))) return true;
        // "Sasha, 23", "Sasha (23)", "Sasha: 23"
        if (t.IsNumber(next) && gap is ", " or " (" or ": " or " " && t.Number(next) is >= 13 and <= 69 && t.End(next) - t.Start(next) == 2)
        {
            var after = t.GapAfter(next);
            return after.Length == 0 || after[0] is ',' or ')' or '.' or ' ' or '|' or '!';
        }
        return false;
    }

    private static Strength[] ContextBefore(WordTokens t)
    {
        var strength = new Strength[t.Count];
        var matches = new List<(int First, int Last, string Value)>();
        Contexts.Value.FindAll(t, matches);
        foreach (var (_, last, value) in matches)
        {
            var target = last + 1;
            if (target >= t.Count) continue;
            var gap = t.GapBefore(target);
            if (gap.Length > 3 || gap.ContainsAnyExcept(" :-\"'")) continue;
            strength[target] = value == "naming" ? Strength.Naming : Strength.Soft;
            // "call me Sasha or Sash", "today: Jade, Lily" keep going through the list in EntityExtractor's enumeration rule.
        }
        return strength;
    }

    private static PhraseMatcher<string> BuildContexts()
    {
        var matcher = new PhraseMatcher<string>();
        foreach (var p in new[]
                 {
                     "my name is", "my name s", "name is", "names", "name", "call me", "je m appelle", "mon nom est", "moi c est",
                     "m appelle", "appelle moi", "appelez moi", "nom", "prenom", "my names", "i go by", "known as",
                 })
        {
            matcher.Add(p, "naming");
        }
        foreach (var p in new[]
                 {
                     "i m", "i am", "im", "meet", "this is", "it s", "its", "ask for", "c est", "je suis", "presents", "presente",
                     "today", "aujourd hui", "available today", "meet our ladies", "with", "avec", "kisses", "bisous", "xoxo",
                     "love", "miss", "mademoiselle", "introducing", "welcome", "bienvenue a",
                 })
        {
            matcher.Add(p, "soft");
        }
        return matcher;
    }

    private static bool Lookup(FrozenSet<string> set, ReadOnlySpan<char> word) =>
        set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private enum Strength : byte
    {
        None,
        Soft,
        Naming,
    }

    private sealed record Candidate(int First, int Last, double Confidence, string Rule);
}
