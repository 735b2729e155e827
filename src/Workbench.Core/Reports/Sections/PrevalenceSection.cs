using System.Globalization;
using System.Text.Json;
using Workbench.Charts;
using Workbench.Clustering;
using Workbench.Prevalence;
using Workbench.Review;

namespace Workbench.Reports.Sections;

/// <summary>
/// The prevalence part of the demo report: rates by province, metro and week with intervals (a map and a time series),
/// multiple-systems estimates with a model comparison, the estimate of advertisers never seen with its assumptions,
/// and, on synthetic data, how far MSE lands from the planted truth. Every number carries its interval.
/// </summary>
public sealed class PrevalenceSection : IReportSection
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <inheritdoc />
    public string Title => "Prevalence: rates with intervals and multiple-systems estimates";

    /// <inheritdoc />
    public void Write(ReportContext context, ReportWriter writer)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(writer);
        var ads = AdActivity.ReadAll(context.Store).ToList();
        if (ads.Count == 0)
        {
            writer.Paragraph("No ads in the store: nothing to estimate.");
            return;
        }
        var clusters = Signals(context);
        var rates = new RateEstimator(new RateOptions { Seed = context.Seed }).Fit(ads, clusters);
        File.WriteAllText(Path.Combine(context.OutputDirectory, "prevalence-rates.csv"), rates.ToCsv());
        writer.Caution(rates.Framing);

        WriteRates(rates, writer);
        if (clusters is not null) WriteClusters(rates, clusters, writer);
        WriteDetectionLists(context, writer);
        WriteUnseenAdvertisers(context, ads, writer);
        WriteSimulation(context, writer);
    }

    private static void WriteRates(PrevalenceRates rates, ReportWriter writer)
    {
        writer.Heading("Rates by province", 3);
        var adsCells = rates.Select(RateDimension.Province, RateMeasure.Ads).ToDictionary(c => c.Key, StringComparer.Ordinal);
        var advertiserCells = rates.Select(RateDimension.Province, RateMeasure.Advertisers).ToDictionary(c => c.Key, StringComparer.Ordinal);
        var order = adsCells.Values.OrderByDescending(c => c.Count ?? -1).ThenBy(c => c.Key, StringComparer.Ordinal);
        writer.Table(
            ["province", "ads [95% interval]", "ads per 100k [interval]", "phone-linked advertisers [interval]", "advertisers per 100k [interval]"],
            order.Select(c => (IReadOnlyList<string>)[c.Label, Count(c, rates), Rate(c, rates), Count(advertiserCells[c.Key], rates), Rate(advertiserCells[c.Key], rates)]));
        writer.Chart(PrevalenceCharts.ProvinceMap(rates), "ads per 100,000 residents by province, with intervals");
        writer.Paragraph(string.Create(Inv,
            $"{rates.Ads:N0} ads, {rates.Advertisers:N0} phone-linked advertisers; {rates.AdsWithoutProvince:N0} ads could not be placed in a province and {rates.AdsWithoutMetro:N0} are in no reference metro (they count nationally and by week only). ") +
            "Intervals resample whole advertisers (a Poisson bootstrap), because the ads of one advertiser rise and fall together.");

        writer.Heading("Rates by week", 3);
        writer.Chart(PrevalenceCharts.WeeklyRates(rates), "ads per week per 100,000 residents, with bootstrap band");
        writer.Chart(PrevalenceCharts.WeeklyRates(rates, RateMeasure.Advertisers), "phone-linked advertisers per week per 100,000 residents, with bootstrap band");
        writer.Paragraph("The first and last weeks are partial. A rise in a week is more ads or more advertisers posting, not more people.");

        writer.Heading("Busiest metropolitan areas", 3);
        var metros = rates.Select(RateDimension.Metro, RateMeasure.Ads).Where(c => !c.Suppressed).OrderByDescending(c => c.Count).Take(12).ToList();
        var metroAdvertisers = rates.Select(RateDimension.Metro, RateMeasure.Advertisers).ToDictionary(c => c.Key, StringComparer.Ordinal);
        writer.Table(
            ["metro", "ads [interval]", "ads per 100k [interval]", "phone-linked advertisers [interval]"],
            metros.Select(c => (IReadOnlyList<string>)[c.Label, Count(c, rates), Rate(c, rates), Count(metroAdvertisers[c.Key], rates)]));
    }

    /// <summary>The micro-clusters (shared with the other sections) and their signals from the label model.</summary>
    private static ClusterAssignment? Signals(ReportContext context)
    {
        var (candidates, weak) = context.ReviewColdStart();
        return candidates.Count == 0 ? null : ClusterSignals.FromReview(candidates, weak);
    }

    private static void WriteClusters(PrevalenceRates rates, ClusterAssignment clusters, ReportWriter writer)
    {
        writer.Heading("Micro-clusters and those with signals of organized activity", 3);
        var all = rates.Select(RateDimension.Province, RateMeasure.Clusters).ToDictionary(c => c.Key, StringComparer.Ordinal);
        var signal = rates.Select(RateDimension.Province, RateMeasure.ClustersWithSignal).ToDictionary(c => c.Key, StringComparer.Ordinal);
        var order = all.Values.OrderByDescending(c => c.Count ?? -1).ThenBy(c => c.Key, StringComparer.Ordinal);
        writer.Table(
            ["province", "micro-clusters [interval]", "per 100k [interval]", "with signals [interval]", "with signals per 100k [interval]"],
            order.Select(c => (IReadOnlyList<string>)[c.Label, Count(c, rates), Rate(c, rates), Count(signal[c.Key], rates), Rate(signal[c.Key], rates)]));
        var national = rates.Select(RateDimension.National, RateMeasure.ClustersWithSignal).Single();
        writer.Paragraph(string.Create(Inv, $"Clusters are {clusters.Name}. A cluster counts in a cell when one of its ads was posted there, so a touring cluster counts in several provinces. Nationally {Count(national, rates)} clusters carry a signal: each is a request for a reviewer's judgement, not a finding about anyone, and the count is of advertising patterns, never of people or victims. Intervals resample whole clusters."));
    }

    private static void WriteDetectionLists(ReportContext context, ReportWriter writer)
    {
        var corpus = context.TruthPath is null ? null : Path.GetDirectoryName(context.TruthPath);
        var listsPath = corpus is null ? null : Path.Combine(corpus, "detection-lists.csv");
        if (listsPath is null || !File.Exists(listsPath)) return;
        writer.Heading("Multiple-systems estimation on the simulated detection lists", 3);
        var table = CaptureTable.Load(listsPath);
        var options = new MseOptions { Seed = context.Seed, BootstrapReplicates = 300 };
        var compared = Estimate.CompareModels(table, options);
        var truthFile = Path.Combine(corpus!, "detection-lists-truth.json");
        long? truth = null;
        if (File.Exists(truthFile))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(truthFile));
            truth = json.RootElement.GetProperty("population").GetInt64();
        }
        writer.Paragraph(string.Create(Inv,
            $"{table.K} lists ({string.Join(", ", table.Lists)}) of planted personas, {table.Observed:N0} seen on at least one. Each model extrapolates the cell of those on no list."));
        writer.Table(
            ["model", "pairs", "N̂", "profile 95% interval", "bootstrap 95% interval", "AIC", "refused by the guard"],
            compared.Select(m => (IReadOnlyList<string>)(m.Estimate is { } e
                ? [m.Model, e.Fit.PairNames.Count == 0 ? "none" : string.Join(", ", e.Fit.PairNames), e.NHat.ToString("N0", Inv),
                   Range(e.ProfileInterval), e.BootstrapInterval is null ? "-" : Range(e.BootstrapInterval), e.Fit.Aic.ToString("F1", Inv),
                   e.Refused.Count == 0 ? "none" : string.Join(", ", e.Refused.Select(r => r.Term).Distinct())]
                : [m.Model, "-", "refused", "-", "-", "-", m.Refusal!])));
        var fitted = compared.Where(m => m.Estimate is not null).Select(m => (m.Model, m.Estimate!)).ToList();
        if (fitted.Count > 0)
        {
            writer.Chart(PrevalenceCharts.MseModels(fitted, truth, "Detection lists: N̂ by model against the planted population"), "N̂ by model with intervals");
        }
        if (truth is { } t)
        {
            writer.Paragraph(string.Create(Inv,
                $"Evaluation against the planted truth (read from the generator's truth file, which no estimator reads): the population is {t:N0}. ") +
                string.Join(" ", fitted.Select(f => string.Create(Inv, $"{f.Model}: N̂ {f.Item2.NHat:N0}, {(f.Item2.NHat - t) / t:+0.0%;-0.0%} off, interval {(f.Item2.ProfileInterval.Contains(t) ? "covers" : "misses")} the truth."))));
        }
        writer.Caution("Log-linear MSE assumes a closed population and dependence captured by the model's pairwise terms. The lists here have a planted pair that never overlaps (hotline and ad flagging): the guard refuses that term, so the model cannot represent the negative dependence, which is why stepwise estimates can land above the truth.");
    }

    private static void WriteUnseenAdvertisers(ReportContext context, List<AdActivity> ads, ReportWriter writer)
    {
        writer.Heading("Advertisers never seen on any site", 3);
        var options = new AdMseOptions { Mse = new MseOptions { Seed = context.Seed, BootstrapReplicates = 0 } };
        foreach (var model in new[] { MseModel.MainEffects, MseModel.Stepwise })
        {
            var result = new AdMseEstimator(options with { Mse = options.Mse with { Model = model } }).Fit(ads);
            writer.Paragraph((model == MseModel.MainEffects ? "Main effects. " : "Stepwise. ") + result.Statement());
        }
        writer.Caution("The simulation below shows that sites make poor lists: advertisers keep to a home site, which looks like low recapture and inflates the estimate even when nobody is unseen. Read this number as an upper-biased sensitivity figure, not a count.");
    }

    private static void WriteSimulation(ReportContext context, ReportWriter writer)
    {
        if (context.TruthPath is null) return;
        writer.Heading("How far MSE lands from a known truth (simulation)", 3);
        var result = MseSimulation.Run(new MseSimulationOptions { Seeds = [context.Seed, context.Seed + 1, context.Seed + 2], Ads = 10_000 });
        writer.Table(
            ["scenario", "model", "runs", "median error", "interval covers truth", "refused"],
            result.Summary.Select(s => (IReadOnlyList<string>)[s.Scenario, s.Model, s.Runs.ToString(Inv),
                s.MedianRelativeError is { } e ? e.ToString("+0.0%;-0.0%", Inv) : "-", (s.Coverage * 100).ToString("0", Inv) + "%", s.Refused.ToString(Inv)]));
        writer.Chart(PrevalenceCharts.SimulationErrors(result), "estimate ÷ truth per scenario and model");
        foreach (var (name, description) in result.Scenarios) writer.Paragraph($"{name}: {description}.");
        writer.Caution("Where every assumption holds (the control), MSE lands within a few percent and its interval covers the truth. On ad data the assumptions fail in known directions: heterogeneous catchability pulls the estimate down, near-exclusive lists (sites) and an open population (time windows) push it up, and stepwise pairs can amplify either. An MSE number from ad data is a sensitivity figure to report with these caveats, never a headcount.");
    }

    private static string Count(RateCell c, PrevalenceRates rates) =>
        c.Count is { } n ? string.Create(Inv, $"{n:N0} [{c.Lower:N0}–{c.Upper:N0}]") : "<" + rates.Options.SuppressBelow.ToString(Inv);

    private static string Rate(RateCell c, PrevalenceRates rates) =>
        c.Rate is { } r ? string.Create(Inv, $"{r:F2} [{c.RateLower:F2}–{c.RateUpper:F2}]") : "<" + rates.Options.SuppressBelow.ToString(Inv) + " ads";

    private static string Range(Interval i) => string.Create(Inv, $"{i.Lower:N0}–{i.Upper:N0}");
}
