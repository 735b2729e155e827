using Workbench.Reference;
using Workbench.Synthetic;
using Workbench.Text;
using Xunit.Abstractions;

namespace Workbench.Tests.Text;

/// <summary>
/// The entity finders against the structured fields the synthetic generator writes beside the text (price_amount,
/// stated_age, names, city). The generator's phrase banks were written independently of the finders, so these are
/// held-out checks, with thresholds fixed before the first run.
/// </summary>
public class EntityExtractionOnSyntheticAdsTests(ITestOutputHelper output)
{
    private static readonly Lazy<List<(SyntheticAd Ad, CrossFieldEntities Found)>> Corpus = new(() =>
        SyntheticCorpus.Generate(new SyntheticOptions { Ads = 4_000, Seed = 5 })
            .Select(a => (a, EntityExtractor.Extract(a.Ad.Title ?? "", a.Ad.Body)))
            .ToList());

    private static IEnumerable<TextEntity> All(CrossFieldEntities f) => f.Title.Concat(f.Body);

    [Fact]
    public void The_hourly_price_of_priced_ads_is_found()
    {
        // Independent and organized ads always carry their hourly rate in the text; price_amount holds it.
        var rows = Corpus.Value.Where(x => x.Ad.Truth.ActorType is ActorType.Independent or ActorType.Organized && x.Ad.Ad.PriceAmount is not null).ToList();
        var found = rows.Count(x => All(x.Found).Any(e => e.Kind == EntityKind.Price && e.Value.StartsWith($"{x.Ad.Ad.PriceAmount:0} CAD", StringComparison.Ordinal)));
        var hourly = rows.SelectMany(x => All(x.Found).Where(e => e.Kind == EntityKind.Price && e.Value.EndsWith("/60min", StringComparison.Ordinal)).Select(e => (x, e))).ToList();
        var hourlyRight = hourly.Count(p => p.e.Value == $"{p.x.Ad.Ad.PriceAmount:0} CAD/60min");
        output.WriteLine($"price found in {found}/{rows.Count} ads; hourly prices right {hourlyRight}/{hourly.Count}");
        Assert.True(found >= 0.9 * rows.Count, $"recall {found}/{rows.Count}");
        Assert.True(hourlyRight >= 0.95 * hourly.Count, $"hourly precision {hourlyRight}/{hourly.Count}");
    }

    [Fact]
    public void Stated_ages_found_are_the_advertised_age()
    {
        var rows = Corpus.Value.Where(x => x.Ad.Ad.StatedAge is not null).ToList();
        var ages = rows.SelectMany(x => All(x.Found).Where(e => e.Kind == EntityKind.Age).Select(e => (x, e))).ToList();
        var right = ages.Count(p => p.e.Value == p.x.Ad.Ad.StatedAge!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var withAge = rows.Count(x => All(x.Found).Any(e => e.Kind == EntityKind.Age));
        output.WriteLine($"ages right {right}/{ages.Count}; ads with stated_age where an age was found {withAge}/{rows.Count}");
        Assert.True(ages.Count > 0.3 * rows.Count, "too few ages found");
        Assert.True(right >= 0.97 * ages.Count, $"age precision {right}/{ages.Count}");
    }

    [Fact]
    public void Names_found_are_the_advertised_personas_and_most_are_found()
    {
        var rows = Corpus.Value.Where(x => x.Ad.Ad.Names.Count > 0).ToList();
        int tp = 0, fp = 0, fn = 0;
        var spurious = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (ad, found) in rows)
        {
            var want = ad.Ad.Names.Select(n => TextFolding.Fold(n)).ToHashSet(StringComparer.Ordinal);
            var text = TextFolding.Fold((ad.Ad.Title ?? "") + " " + ad.Ad.Body);
            want.RemoveWhere(n => !System.Text.RegularExpressions.Regex.IsMatch(text, $@"\b{System.Text.RegularExpressions.Regex.Escape(n)}\b"));
            var got = All(found).Where(e => e.Kind == EntityKind.Name).Select(e => TextFolding.Fold(e.Value)).ToHashSet(StringComparer.Ordinal);
            tp += got.Count(want.Contains);
            fn += want.Count(n => !got.Contains(n));
            foreach (var g in got.Where(g => !want.Contains(g)))
            {
                fp++;
                spurious[g] = spurious.GetValueOrDefault(g) + 1;
            }
        }
        output.WriteLine($"names TP {tp} FP {fp} FN {fn}; spurious: {string.Join(", ", spurious.OrderByDescending(k => k.Value).Take(15).Select(k => $"{k.Key}×{k.Value}"))}");
        Assert.True(tp >= 0.85 * (tp + fn), $"name recall {tp}/{tp + fn}");
        Assert.True(tp >= 0.9 * (tp + fp), $"name precision {tp}/{tp + fp}");
    }

    [Fact]
    public void Cities_in_titles_are_the_ad_city()
    {
        var rows = Corpus.Value.Where(x => x.Ad.Ad.City is not null && CanadaGeography.FindCity(x.Ad.Ad.City) is not null).ToList();
        var inTitle = rows.Where(x => (x.Ad.Ad.Title ?? "").Contains(x.Ad.Ad.City!, StringComparison.Ordinal)).ToList();
        var found = inTitle.Count(x => x.Found.Title.Any(e => e.Kind == EntityKind.City && e.Value.StartsWith(CanadaGeography.FindCity(x.Ad.Ad.City!)!.Name + ",", StringComparison.Ordinal)));
        var titleCities = rows.SelectMany(x => x.Found.Title.Where(e => e.Kind == EntityKind.City).Select(e => (x, e))).ToList();
        var right = titleCities.Count(p => p.e.Value.StartsWith(CanadaGeography.FindCity(p.x.Ad.Ad.City!)!.Name + ",", StringComparison.Ordinal));
        output.WriteLine($"title city found {found}/{inTitle.Count}; title cities right {right}/{titleCities.Count}");
        Assert.True(found >= 0.9 * inTitle.Count, $"city recall {found}/{inTitle.Count}");
        Assert.True(right >= 0.95 * titleCities.Count, $"city precision {right}/{titleCities.Count}");
    }
}
