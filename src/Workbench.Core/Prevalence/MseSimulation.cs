using System.Globalization;
using Workbench.Synthetic;

namespace Workbench.Prevalence;

/// <summary>
/// How far multiple-systems estimates land from a known truth, and when they fail: estimates on seeded synthetic
/// corpora, whose planted population is known, in four scenarios (detection lists of planted personas; sites seen by
/// a scraper that misses ads; time windows seen by that scraper; sites scraped completely, where nobody is unseen).
/// </summary>
/// <remarks>
/// This is an evaluation, not a detector: it reads the generator's truth (the phones each ad really carries, the
/// planted persona population), which no estimator ever does. It lives beside the estimators it scores.
/// </remarks>
public static class MseSimulation
{
    /// <summary>Scenario: the generator's detection lists (police, NGO, hotline, …) of planted personas.</summary>
    public const string DetectionLists = "detection lists";

    /// <summary>Scenario (control): independent lists of the planted personas, equal catchability: every assumption holds.</summary>
    public const string IndependentLists = "independent lists (control)";

    /// <summary>Scenario: lists are repeated independent scrapes of the whole corpus, each seeing an ad with p / 2.</summary>
    public const string RepeatedScrapes = "repeated scrapes";

    /// <summary>Scenario: lists are sites, a scraper saw each ad with the given probability.</summary>
    public const string ScrapedSites = "sites, partial scrape";

    /// <summary>Scenario: lists are time windows, a scraper saw each ad with the given probability.</summary>
    public const string ScrapedWindows = "time windows, partial scrape";

    /// <summary>Scenario: lists are sites scraped completely: every advertiser is seen, the true unseen count is 0.</summary>
    public const string CompleteSites = "sites, complete scrape";

    /// <summary>Runs every scenario on every seed with the main-effects and the stepwise model.</summary>
    public static MseSimulationResult Run(MseSimulationOptions? options = null)
    {
        var o = options ?? new MseSimulationOptions();
        o.Validate();
        var inv = CultureInfo.InvariantCulture;
        var rows = new List<MseSimulationRow>();
        foreach (var seed in o.Seeds)
        {
            var synthetic = new SyntheticOptions { Ads = o.Ads, Seed = seed, Sites = o.Sites, DetectionLists = o.DetectionLists };
            synthetic.Validate();
            var plan = SyntheticPlan.Build(synthetic);

            // 1. Detection lists of planted personas; truth = the planted population.
            var lists = Synthetic.DetectionLists.Simulate(plan);
            var k = lists.Lists;
            var counts = new long[1 << k];
            for (var p = 1; p < counts.Length; p++)
            {
                var mine = 0;
                for (var i = 0; i < k; i++) if ((p >> (k - 1 - i) & 1) == 1) mine |= 1 << i;
                counts[mine] = lists.PatternCounts[p];
            }
            var table = new CaptureTable(Synthetic.DetectionLists.All.Take(k).Select(l => l.Code).ToArray(), counts);
            foreach (var model in new[] { MseModel.MainEffects, MseModel.Stepwise })
            {
                rows.Add(Score(DetectionLists, seed, lists.Population, () => new MseEstimator(o.Mse with { Model = model }).Fit(table), table.Observed, model));
            }

            // Control: the same population, lists independent with capture 0.10–0.30 and no heterogeneity.
            var control = new int[lists.Population];
            for (var u = 0; u < control.Length; u++)
            {
                for (var i = 0; i < k; i++)
                {
                    if (SeedMix.Unit(SeedMix.Hash((ulong)(uint)seed, 0xC0, (ulong)(u * 16 + i))) < 0.10 + 0.05 * i) control[u] |= 1 << i;
                }
            }
            var controlTable = CaptureTable.FromPatterns(table.Lists, control);
            foreach (var model in new[] { MseModel.MainEffects, MseModel.Stepwise })
            {
                rows.Add(Score(IndependentLists, seed, lists.Population, () => new MseEstimator(o.Mse with { Model = model }).Fit(controlTable), controlTable.Observed, model));
            }

            // 2–4. Ads, with the phones each ad truly carries (a perfect extractor); units are phone-linked advertisers.
            var all = new List<AdActivity>();
            foreach (var ad in SyntheticCorpus.Stream(plan))
            {
                all.Add(new AdActivity(ad.Ad.AdId, ad.Ad.PostedAt, ad.Ad.Site, ad.Ad.City, ad.Ad.Province, ad.Truth.Phones));
            }
            var trueUnits = PhoneUnits.Build(all.Select(a => a.Phones).ToList()).Advertisers;
            var threshold = (ulong)(o.ScrapeProbability * ulong.MaxValue);
            var scraped = all.Where((a, i) => o.ScrapeProbability >= 1 || SeedMix.Hash((ulong)(uint)seed, 0x5C, (ulong)i) < threshold).ToList();
            // Repeated scrapes: four independent passes over the whole corpus; an advertiser with many ads is caught by
            // every pass, one with a single ad rarely: heterogeneity of catchability.
            var scrapes = new int[all.Count];
            for (var i = 0; i < all.Count; i++)
            {
                for (var j = 0; j < 4; j++)
                {
                    if (SeedMix.Unit(SeedMix.Hash((ulong)(uint)seed, 0x5C4, (ulong)(i * 4 + j))) < o.ScrapeProbability / 2) scrapes[i] |= 1 << j;
                }
            }
            var allUnits = PhoneUnits.Build(all.Select(a => a.Phones).ToList());
            var scrapePatterns = new int[allUnits.Count];
            for (var i = 0; i < all.Count; i++)
            {
                if (allUnits.HasPhone[allUnits.UnitOfAd[i]]) scrapePatterns[allUnits.UnitOfAd[i]] |= scrapes[i];
            }
            var scrapeTable = CaptureTable.FromPatterns(["S1", "S2", "S3", "S4"], scrapePatterns);
            foreach (var model in new[] { MseModel.MainEffects, MseModel.Stepwise })
            {
                rows.Add(Score(RepeatedScrapes, seed, trueUnits, () => new MseEstimator(o.Mse with { Model = model }).Fit(scrapeTable), scrapeTable.Observed, model));
            }

            foreach (var (scenario, ads, kind, truth) in new[]
            {
                (ScrapedSites, scraped, AdListKind.Sites, trueUnits),
                (ScrapedWindows, scraped, AdListKind.TimeWindows, trueUnits),
                (CompleteSites, all, AdListKind.Sites, trueUnits),
            })
            {
                foreach (var model in new[] { MseModel.MainEffects, MseModel.Stepwise })
                {
                    var estimator = new AdMseEstimator(new AdMseOptions { Lists = kind, Windows = o.Windows, Mse = o.Mse with { Model = model } });
                    var (adTable, _) = estimator.Table(ads);
                    rows.Add(Score(scenario, seed, truth, () => new MseEstimator(estimator.Options.Mse).Fit(adTable), adTable.Observed, model));
                }
            }
        }

        var summary = rows.GroupBy(r => (r.Scenario, r.Model))
            .Select(g =>
            {
                var errors = g.Where(r => r.RelativeError is not null).Select(r => r.RelativeError!.Value).OrderBy(e => e).ToList();
                return new MseSimulationSummary(g.Key.Scenario, g.Key.Model, g.Count(), g.Count(r => r.Refusal is not null),
                    errors.Count == 0 ? null : MseEstimator.Quantile(errors, 0.5), g.Count(r => r.Covered) / (double)g.Count());
            })
            .ToList();
        var scenarios = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [DetectionLists] = "the generator's simulated agency lists (police, NGO, hotline, ad flagging, …) of planted personas, with planted dependencies, heterogeneity and one pair of lists that never overlap; truth = planted personas of non-spam actors",
            [IndependentLists] = "the same planted personas on lists drawn independently with capture 0.10–0.30 and no heterogeneity: every assumption of the main-effects model holds (a control)",
            [RepeatedScrapes] = string.Format(inv, "four independent scrapes of the whole corpus, each seeing an ad with p = {0}; units = phone-linked advertisers; truth = phone-linked advertisers in the whole corpus (advertisers with many ads are caught by every scrape: heterogeneity)", o.ScrapeProbability / 2),
            [ScrapedSites] = string.Format(inv, "one list per site; a scraper saw each ad with p = {0}; units = phone-linked advertisers; truth = phone-linked advertisers in the whole corpus", o.ScrapeProbability),
            [ScrapedWindows] = string.Format(inv, "{0} equal time windows; the same scraper; truth as above (open population: advertisers start and stop inside the period)", o.Windows),
            [CompleteSites] = "one list per site, every ad seen: nobody is unseen, so the truth equals the observed count and any estimated unseen advertisers are an artefact of the model",
        };
        return new MseSimulationResult(rows, summary, scenarios);
    }

    private static MseSimulationRow Score(string scenario, int seed, long truth, Func<MseEstimate> estimate, long observed, MseModel model)
    {
        var label = model == MseModel.MainEffects ? "main" : "stepwise";
        try
        {
            var e = estimate();
            return new MseSimulationRow(scenario, seed, label, truth, e.Observed, e.NHat, e.ProfileInterval.Lower, e.ProfileInterval.Upper, null);
        }
        catch (NotIdentifiableException ex)
        {
            return new MseSimulationRow(scenario, seed, label, truth, observed, null, null, null, ex.Message);
        }
    }
}
