using Workbench.Store;
using Workbench.Text;

namespace Workbench.Retrieval;

/// <summary>
/// The front door of text extraction for notebooks (notebook <c>01-text-and-entities</c>): entities of a text or of
/// every stored ad, indicator cues with their cautions, and cue prevalence by city. Charts of the results are in
/// <see cref="Charts.TextCharts"/>; search is in <see cref="Retrieve"/>.
/// </summary>
/// <example>
/// <code>
/// Extract.Entities("Sasha, 23, new in town! $200/hr in Montréal", "");
/// using var store = AdStore.Open("data/workbench.duckdb");
/// var prevalence = Extract.IndicatorPrevalence(store);
/// TextCharts.IndicatorPrevalenceByCity(prevalence)   // show prevalence.Cautions beside it
/// </code>
/// </example>
public static class Extract
{
    /// <summary>The indicator lexicons (categories, evidence, cautions, version).</summary>
    public static IndicatorLexicon Lexicon => IndicatorLexicon.Default;

    /// <summary>Every entity of a title and a body (raw text): contacts, prices, ages, names, cities, indicator cues.</summary>
    public static CrossFieldEntities Entities(string title, string body, EntityExtractionOptions? options = null) =>
        EntityExtractor.Extract(title, body, options);

    /// <summary>Entity rows of every stored ad (contacts as the tokens in the stored text; offsets into the stored fields).</summary>
    public static IEnumerable<AdEntityRow> Entities(AdStore store, EntityExtractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.ReadAds().SelectMany(ad => AdEntities.FromPseudonymized(ad, options));
    }

    /// <summary>Number of entities per kind over the stored ads.</summary>
    public static IReadOnlyDictionary<string, long> EntityCounts(AdStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var row in Entities(store)) counts[row.Kind] = counts.GetValueOrDefault(row.Kind) + 1;
        return counts;
    }

    /// <summary>The indicator cues of a text: cues, never verdicts (read each with <see cref="IndicatorLexicon.CautionOf"/>).</summary>
    public static IReadOnlyList<IndicatorMatch> Indicators(string text) => IndicatorLexicon.Default.Find(text);

    /// <summary>Share of each city's stored ads with a cue of each category, with the categories' cautions.</summary>
    public static IndicatorPrevalence IndicatorPrevalence(AdStore store, int minimumAds = 50)
    {
        ArgumentNullException.ThrowIfNull(store);
        return Retrieval.IndicatorPrevalence.Compute(store.ReadAds(), IndicatorLexicon.Default, minimumAds);
    }
}
