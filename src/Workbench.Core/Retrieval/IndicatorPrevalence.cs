using Workbench.Data;
using Workbench.Reference;
using Workbench.Text;

namespace Workbench.Retrieval;

/// <summary>
/// How many ads of each city carry at least one cue of each indicator category: counts of ads, with the lexicon
/// version and each category's caution, for the chart that must show them side by side.
/// </summary>
/// <param name="LexiconVersion">Versions of the lexicon files used.</param>
/// <param name="Categories">Category ids, in lexicon order.</param>
/// <param name="Cities">Cities with at least the minimum number of ads, most ads first.</param>
/// <param name="Ads">Ads per city, parallel to <paramref name="Cities"/>.</param>
/// <param name="WithCue">Ads with at least one cue, <c>[city, category]</c>.</param>
/// <param name="Cautions">The caution of each category, parallel to <paramref name="Categories"/>.</param>
public sealed record IndicatorPrevalence(
    string LexiconVersion,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Cities,
    IReadOnlyList<long> Ads,
    long[,] WithCue,
    IReadOnlyList<string> Cautions)
{
    /// <summary>Share of a city's ads with a cue of a category.</summary>
    public double Share(int city, int category) => Ads[city] == 0 ? 0 : (double)WithCue[city, category] / Ads[city];

    /// <summary>Counts the ads of each city (the reference city of the ad's city field) with a cue of each category.</summary>
    /// <param name="ads">Ads (raw or pseudonymized; only title and body are read).</param>
    /// <param name="lexicon">The lexicon; the default when null.</param>
    /// <param name="minimumAds">Cities with fewer ads are left out (their shares are too noisy to compare).</param>
    public static IndicatorPrevalence Compute(IEnumerable<Ad> ads, IndicatorLexicon? lexicon = null, int minimumAds = 50)
    {
        ArgumentNullException.ThrowIfNull(ads);
        lexicon ??= IndicatorLexicon.Default;
        var categories = lexicon.Categories.Select(c => c.Id).ToArray();
        var position = categories.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        var perCity = new Dictionary<string, (long Ads, long[] With)>(StringComparer.Ordinal);
        var seen = new bool[categories.Length];
        foreach (var ad in ads)
        {
            var city = ad.City is null ? "(none)" : CanadaGeography.FindCity(ad.City)?.Name ?? ad.City;
            if (!perCity.TryGetValue(city, out var entry)) entry = (0, new long[categories.Length]);
            Array.Clear(seen);
            foreach (var text in new[] { ad.Title, ad.Body })
            {
                if (string.IsNullOrEmpty(text)) continue;
                foreach (var m in lexicon.Find(text))
                {
                    if (position.TryGetValue(m.Category, out var p)) seen[p] = true;
                }
            }
            for (var i = 0; i < seen.Length; i++)
            {
                if (seen[i]) entry.With[i]++;
            }
            perCity[city] = (entry.Ads + 1, entry.With);
        }
        var kept = perCity.Where(kv => kv.Value.Ads >= minimumAds).OrderByDescending(kv => kv.Value.Ads).ThenBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        var matrix = new long[kept.Count, categories.Length];
        for (var r = 0; r < kept.Count; r++)
        {
            for (var c = 0; c < categories.Length; c++) matrix[r, c] = kept[r].Value.With[c];
        }
        return new IndicatorPrevalence(
            lexicon.Version, categories, kept.Select(k => k.Key).ToArray(), kept.Select(k => k.Value.Ads).ToArray(), matrix,
            categories.Select(lexicon.CautionOf).ToArray());
    }
}
