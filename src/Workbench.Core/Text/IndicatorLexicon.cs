using System.Text.Json;

namespace Workbench.Text;

/// <summary>
/// The indicator lexicons (English and French) and the matcher over them: finds the cues of a text and reports
/// them with their category, never a verdict.
/// </summary>
/// <remarks>
/// <para>The phrases, the evidence and the cautions are data (<c>Text/Lexicons/indicators-en.json</c>,
/// <c>indicators-fr.json</c>, embedded in the library and versioned), so that a research team can read, cite and
/// change them without touching code. Both languages are matched on every text, because Canadian ads mix them.</para>
/// <para>Several categories are associated more with independent sex work than with exploitation (movement, safety
/// and screening); the only outcome-tested study we know of is cited in the files. Counting cues describes how ads are
/// written; it identifies no person and decides nothing.</para>
/// </remarks>
public sealed class IndicatorLexicon
{
    /// <summary>The cue the age extractor reports for a stated age under 18.</summary>
    public const string StatedMinorAgeCue = "youth:stated_age_under_18";

    private static readonly Lazy<IndicatorLexicon> LazyDefault = new(() => FromFiles(ReadEmbedded("en"), ReadEmbedded("fr")));

    private readonly PhraseMatcher<Entry> _matcher = new();

    private IndicatorLexicon(IReadOnlyList<IndicatorLexiconFile> files)
    {
        Files = files;
        foreach (var file in files)
        {
            foreach (var category in file.Categories)
            {
                foreach (var cue in category.Cues)
                {
                    foreach (var phrase in cue.Phrases) _matcher.Add(phrase, new Entry(category.Id, cue.Id, file.Language, phrase));
                }
            }
        }
        Categories = files.SelectMany(f => f.Categories).GroupBy(c => c.Id, StringComparer.Ordinal).Select(g => g.First()).ToArray();
    }

    /// <summary>The lexicons shipped with the library (English and French).</summary>
    public static IndicatorLexicon Default => LazyDefault.Value;

    /// <summary>The language files, in the order given.</summary>
    public IReadOnlyList<IndicatorLexiconFile> Files { get; }

    /// <summary>The categories, each once (from the first file that has it; English first in the default).</summary>
    public IReadOnlyList<IndicatorCategory> Categories { get; }

    /// <summary>Versions of the files, e.g. <c>en 1.0.0, fr 1.0.0</c>: record it with any count.</summary>
    public string Version => string.Join(", ", Files.Select(f => f.Language + " " + f.Version));

    /// <summary>The category with this id; null when unknown.</summary>
    public IndicatorCategory? Category(string id) => Categories.FirstOrDefault(c => c.Id == id);

    /// <summary>The caution of a category (the first file's wording); empty when unknown.</summary>
    public string CautionOf(string categoryId) => Category(categoryId)?.Caution ?? string.Empty;

    /// <summary>Builds a lexicon from language files (for a team's own edited lexicons).</summary>
    public static IndicatorLexicon FromFiles(params IndicatorLexiconFile[] files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return new IndicatorLexicon(files);
    }

    /// <summary>Reads one language file's JSON.</summary>
    /// <exception cref="FormatException">When a required field is missing, naming the field.</exception>
    public static IndicatorLexiconFile Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        try
        {
            var categories = root.GetProperty("categories").EnumerateArray().Select(c => new IndicatorCategory(
                c.GetProperty("id").GetString()!,
                c.GetProperty("label").GetString()!,
                c.GetProperty("description").GetString()!,
                c.GetProperty("evidence").EnumerateArray()
                    .Select(e => new IndicatorEvidence(e.GetProperty("source").GetString()!, e.GetProperty("finding").GetString()!)).ToArray(),
                c.GetProperty("caution").GetString()!,
                c.GetProperty("cues").EnumerateArray()
                    .Select(q => new IndicatorCue(q.GetProperty("id").GetString()!, q.GetProperty("phrases").EnumerateArray().Select(p => p.GetString()!).ToArray()))
                    .ToArray())).ToArray();
            return new IndicatorLexiconFile(
                root.GetProperty("language").GetString()!, root.GetProperty("version").GetString()!,
                root.GetProperty("description").GetString()!, categories);
        }
        catch (KeyNotFoundException e)
        {
            throw new FormatException("Indicator lexicon: a required field is missing (see indicator-lexicon.schema.json): " + e.Message, e);
        }
    }

    /// <summary>The JSON text of an embedded language file (<c>en</c> or <c>fr</c>).</summary>
    public static string EmbeddedJson(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var assembly = typeof(IndicatorLexicon).Assembly;
        var suffix = $"indicators-{language}.json";
        var name = assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith(suffix, StringComparison.Ordinal))
            ?? throw new ArgumentException($"No embedded indicator lexicon for language '{language}'.", nameof(language));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Finds the cues in <paramref name="text"/>.</summary>
    /// <param name="text">Raw text (a title or body, raw or pseudonymized).</param>
    /// <returns>Matches sorted by start, with raw offsets; leftmost-longest, so overlapping phrases yield one match.</returns>
    public IReadOnlyList<IndicatorMatch> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Find(WordTokens.Read(TextNormalizer.Normalize(text, TextNormalizerOptions.ForExtraction)));
    }

    internal IReadOnlyList<IndicatorMatch> Find(WordTokens tokens)
    {
        var found = new List<(int First, int Last, Entry Value)>();
        _matcher.FindAll(tokens, found);
        if (found.Count == 0) return [];
        var result = new IndicatorMatch[found.Count];
        for (var i = 0; i < found.Count; i++)
        {
            var (first, last, e) = found[i];
            var (start, end) = tokens.RawSpan(first, last);
            result[i] = new IndicatorMatch(e.Category, e.Cue, e.Language, e.Phrase, start, end);
        }
        return result;
    }

    private static IndicatorLexiconFile ReadEmbedded(string language) => Parse(EmbeddedJson(language));

    private sealed record Entry(string Category, string Cue, string Language, string Phrase);
}
