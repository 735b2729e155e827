using Plotly.NET;
using Workbench.Retrieval;

namespace Workbench.Charts;

/// <summary>Charts of text extraction and indicator cues: pure functions from results to Plotly charts.</summary>
public static class TextCharts
{
    /// <summary>
    /// Share of each city's ads with at least one cue of each indicator category, as a heat map. Show it beside the
    /// categories' cautions (<see cref="IndicatorPrevalence.Cautions"/>): a cue share describes how ads are written, and
    /// several categories are more common among independent workers than in organized activity.
    /// </summary>
    public static GenericChart IndicatorPrevalenceByCity(IndicatorPrevalence prevalence, int maxCities = 20)
    {
        ArgumentNullException.ThrowIfNull(prevalence);
        // Rows bottom to top, so that the city with the most ads is drawn on top.
        var rows = Enumerable.Range(0, Math.Min(maxCities, prevalence.Cities.Count)).Reverse().ToArray();
        var z = rows.Select(r => prevalence.Categories.Select((_, c) => Math.Round(100 * prevalence.Share(r, c), 1)).ToArray()).ToArray();
        var chart = Plotly.NET.CSharp.Chart.Heatmap<double, string, string, string>(
            zData: z,
            X: prevalence.Categories.ToArray(),
            Y: rows.Select(r => $"{prevalence.Cities[r]} ({prevalence.Ads[r]:N0})").ToArray(),
            Name: "% of ads with a cue");
        return chart.Titled($"Ads with an indicator cue, % by city (lexicon {prevalence.LexiconVersion}) — cues, not verdicts", "cue category", "city (ads)", 900, 160 + (26 * rows.Length));
    }

    /// <summary>Number of entities found per kind.</summary>
    public static GenericChart EntityCounts(IReadOnlyDictionary<string, long> countsByKind)
    {
        ArgumentNullException.ThrowIfNull(countsByKind);
        var rows = countsByKind.OrderByDescending(kv => kv.Value).ToArray();
        var chart = Plotly.NET.CSharp.Chart.Column<long, string, string>(
            values: rows.Select(kv => kv.Value),
            Keys: rows.Select(kv => kv.Key).ToArray(),
            Name: "entities");
        return chart.Titled("Entities found in titles and bodies, by kind", "kind", "entities");
    }
}
