using System.Collections.Frozen;
using Workbench.Reference;

namespace Workbench.Text;

/// <summary>
/// Finds Canadian cities in ad text, by their names and the aliases ads use (English and French: <c>Montréal</c>,
/// <c>MTL</c>, <c>Laval</c>, <c>Québec</c>, <c>Ville de Québec</c>, <c>Trois-Rivières</c>, <c>GTA</c>, <c>YYC</c>),
/// and resolves each to its reference city and province (<see cref="CanadaGeography"/>).
/// </summary>
/// <remarks>
/// A gazetteer with context rules, as geotaggers for escort ads do (Kapoor, Kejriwal &amp; Szekely, "Using Contexts and
/// Constraints for Improved Geotagging of Human Trafficking Webpages", GeoRich 2017, who add constraints to a
/// gazetteer because ad text is noisy). Names that are also person names or ordinary words (<c>Victoria</c>,
/// <c>Regina</c>, <c>Mission</c>) need a place context (<c>in</c>, <c>à</c>, <c>visiting</c>, a title separator);
/// two-letter codes (<c>KW</c>) must be written in capitals. A city named in the text is where the ad says the
/// advertiser is or will be, which can differ from the site's city field: that difference is what movement analysis
/// reads.
/// </remarks>
public static class LocationExtractor
{
    private static readonly FrozenSet<string> PlaceWords = new[]
    {
        "in", "at", "to", "from", "near", "visiting", "around", "downtown", "a", "de", "au", "pres", "dans", "sur", "en",
        "arrived", "arrive", "arrivee", "tour", "city", "ville", "area", "region", "uptown", "west", "east", "north", "south",
        "centre", "center", "greater", "of", "des", "du", "until", "jusqu", "leaving", "quitte",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> AmbiguousPlaces = new[]
    {
        "victoria", "regina", "mission", "soo", "kw", "richmond", "orleans", "durham", "cambridge", "surrey", "quebec",
        "niagara", "london", "kingston", "windsor", "guelph",
    }.ToFrozenSet(StringComparer.Ordinal);

    // French and spelled-out forms the reference table does not list, mapped to table names.
    private static readonly (string Alias, string City)[] ExtraAliases =
    [
        ("Ville de Québec", "Quebec City"), ("Québec City", "Quebec City"), ("Trois Rivieres", "Trois-Rivieres"),
        ("St Catharines", "St. Catharines"), ("Saint Catharines", "St. Catharines"), ("St Johns", "St. John's"),
        ("Sault Ste Marie", "Sault Ste. Marie"), ("Fort Mac", "Fort McMurray"), ("Ft McMurray", "Fort McMurray"),
        ("Kitchener-Waterloo", "Kitchener"), ("Grand Sudbury", "Sudbury"), ("Grand Montréal", "Montreal"),
    ];

    private static readonly Lazy<PhraseMatcher<Entry>> Gazetteer = new(Build);

    /// <summary>Finds the cities named in <paramref name="text"/>.</summary>
    /// <param name="text">Raw text.</param>
    /// <returns>Locations sorted by start, with raw spans.</returns>
    public static IReadOnlyList<LocationMention> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Extract(WordTokens.Read(TextNormalizer.Normalize(text, TextNormalizerOptions.ForExtraction)));
    }

    internal static IReadOnlyList<LocationMention> Extract(WordTokens t)
    {
        if (t.Count == 0) return [];
        var found = new List<(int First, int Last, Entry Value)>();
        Gazetteer.Value.FindAll(t, found);
        if (found.Count == 0) return [];
        var result = new List<LocationMention>(found.Count);
        foreach (var (first, last, entry) in found)
        {
            // Not the middle of a longer capitalized name ("Victoria Station" is fine, "Sasha London" is not a place claim).
            var allCaps = t.IsAllCaps(first);
            var capital = t.IsCapitalized(first);
            if (entry.CodeLike && !allCaps) continue;
            var context = PlaceContext(t, first);
            double confidence;
            if (entry.Ambiguous)
            {
                if (!context) continue;
                confidence = capital ? 0.8 : 0.6;
            }
            else
            {
                confidence = capital ? (context ? 0.95 : 0.85) : (context ? 0.75 : 0.6);
            }
            var (start, end) = t.RawSpan(first, last);
            result.Add(new LocationMention(start, end, entry.City, entry.Matched, confidence));
        }
        return result;
    }

    private static bool PlaceContext(WordTokens t, int first)
    {
        var gap = t.GapBefore(first);
        // Title separators and tags: "Sasha - Toronto", "[Montreal]", "| Calgary", "✨ Laval".
        var trimmed = gap.TrimEnd(' ');
        if (trimmed.Length > 0 && trimmed[^1] is '-' or '|' or '[' or '(' or '@' or '/' or '•' or ':') return true;
        if (trimmed.Length > 0 && trimmed[^1] > 0x2000) return true; // an emoji or symbol used as a separator
        if (first == 0) return false;
        if (!t.IsWord(first - 1) || gap.Length > 2) return false;
        // French "à" folds to "a", which must not make the English article a place word ("a mission of fun").
        if (t.Folded(first - 1) is "a") return t.Original(first - 1) is "à" or "À";
        return PlaceWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(t.Folded(first - 1));
    }

    private static PhraseMatcher<Entry> Build()
    {
        var matcher = new PhraseMatcher<Entry>();
        void Add(string phrase, City city)
        {
            var folded = TextFolding.Fold(phrase);
            var codeLike = phrase.Length <= 3 && phrase.All(char.IsUpper);
            var ambiguous = AmbiguousPlaces.Contains(folded) || (!codeLike && NameLexicon.Default.IsName(folded));
            matcher.Add(phrase, new Entry(city, phrase, ambiguous, codeLike && folded is "kw"));
        }
        foreach (var city in CanadaGeography.Cities) Add(city.Name, city);
        foreach (var city in CanadaGeography.Cities)
        {
            foreach (var alias in city.Aliases) Add(alias, city);
        }
        foreach (var (alias, name) in ExtraAliases)
        {
            if (CanadaGeography.FindCity(name) is { } city) Add(alias, city);
        }
        return matcher;
    }

    private sealed record Entry(City City, string Matched, bool Ambiguous, bool CodeLike);
}
