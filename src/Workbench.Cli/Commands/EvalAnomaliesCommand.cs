using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Workbench.Anomalies;
using Workbench.Data;
using Workbench.Evaluation;
using Workbench.Prevalence;
using Workbench.Synthetic;

namespace Workbench.Cli.Commands;

/// <summary>
/// <c>workbench eval anomalies</c>: spike detection against the planted events (precision and recall of significant
/// city windows, false alarms per city-year on event-free periods and on events that did not happen, each event's
/// measured effect), and the ranks of the generator's planted unusual actors among all actors' clusters (spam actors as a
/// secondary comparison).
/// </summary>
internal sealed class EvalAnomaliesCommand : Command<EvalAnomaliesCommand.Settings>
{
    public sealed class Settings : EvalCorpusSettings
    {
        [CommandOption("--ads <N>")]
        [Description("Without --in/--store: size of the synthetic corpus generated in memory (default 200000: smaller cities need volume for any test to speak).")]
        public int Ads { get; init; } = 200_000;

        [CommandOption("--fdr <Q>")]
        [Description("False discovery rate (default 0.05).")]
        public double Fdr { get; init; } = new SpikeOptions().FdrLevel;

        public override int CorpusAds => Ads;

        public override ValidationResult Validate()
        {
            var shared = base.Validate();
            if (!shared.Successful) return shared;
            if (Fdr is <= 0 or >= 1) return ValidationResult.Error("--fdr must be between 0 and 1");
            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var inv = CultureInfo.InvariantCulture;
        List<AdActivity> ads;
        List<AdTruth> truth;
        IReadOnlyList<PlantedEvent> events;
        string source;
        if (settings.In is not null || settings.Store is not null)
        {
            using var input = settings.Open();
            ads = AdActivity.ReadAll(input.Store).ToList();
            truth = TruthFile.Read(settings.Truth!).ToList();
            var eventsFile = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(settings.Truth!))!, SyntheticCorpusWriter.EventsFile);
            events = EventsFile.Read(eventsFile);
            source = settings.In ?? settings.Store!;
        }
        else
        {
            var options = GenerateCommand.Options(settings.Preset, settings.Ads, settings.Seed);
            var (generated, t) = EvalClustersCommand.Synthetic(options);
            ads = generated.Select(AdActivity.From).ToList();
            truth = t;
            events = SyntheticCorpus.Events(options);
            source = $"synthetic corpus, {settings.Preset}, {settings.Ads:N0} ads, seed {settings.Seed}";
        }
        Console.WriteLine($"corpus: {source}");

        var spikeOptions = new SpikeOptions { FdrLevel = settings.Fdr };
        var series = ActivitySeries.Build(ads);
        var windows = new SpikeDetector(spikeOptions).Detect(series);
        var report = AnomalyEvaluation.Evaluate(series, windows, events, spikeOptions);

        var table = new Table().AddColumns("event", "city", "window", "happened", "planted uplift", "ads RR [[95% CI]]", "new arrivals RR [[95% CI]]", "detected");
        foreach (var o in report.Events)
        {
            table.AddRow(
                Markup.Escape(o.Event.Id + " " + o.Event.Name), Markup.Escape(o.Event.City), $"{o.Event.StartDate:MM-dd}..{o.Event.EndDate:MM-dd}",
                o.Event.Happened ? "yes" : "no", o.Event.Uplift.ToString("F2", inv), Markup.Escape(Effect(o.Ads)), Markup.Escape(Effect(o.NewArrivals)), o.Detected ? "yes" : "no");
        }
        AnsiConsole.Write(table);
        Console.WriteLine(string.Create(inv,
            $"city alarms (significant city windows, overlapping ones merged across metrics; q ≤ {settings.Fdr}): {report.CityWindows}; on events that happened {report.TruePositives}, on events that did not {report.OnQuietEvents}, on event-free periods {report.Elsewhere}"));
        Console.WriteLine(string.Create(inv,
            $"precision {Num(report.Precision)}; recall {Num(report.Recall)} ({report.Events.Count(e => e.Event.Happened && e.Detected)}/{report.Happened} events that happened); " +
            $"events that did not happen but were flagged {report.QuietEventsFlagged}/{report.Events.Count - report.Happened}"));
        Console.WriteLine(string.Create(inv,
            $"false alarms per city-year on event-free periods: {Num(report.FalseAlarmsPerCityYear)} ({report.Elsewhere} alarms, {report.TestedCities} cities tested over {report.Years:F2} years)"));
        var allLevels = windows.Count(w => w.QValue <= settings.Fdr);
        Console.WriteLine($"all levels (city, province, site): {windows.Count:N0} candidate windows, {allLevels:N0} significant");

        // Unusual clusters: every actor's ads (truth meta-cluster) scored on their activity; the generator's planted
        // unusual actors (truth unusual_kind) are what the scorers should rank high. Spam actors, planted with > 5 phones,
        // > 10 cities and bursts, follow as a secondary comparison.
        var actorOf = new Dictionary<string, (string Actor, ActorType Type, UnusualKind? Kind)>(StringComparer.Ordinal);
        foreach (var t in truth) actorOf[t.AdId] = (t.MetaClusterId, t.ActorType, t.UnusualKind);
        var scored = ClusterAnomalies.Level("actor", ads, a => actorOf.TryGetValue(a.AdId, out var x) ? x.Actor : null);
        var actors = actorOf.Values.DistinctBy(v => v.Actor).ToList();
        var unusual = actors.Where(v => v.Kind is not null).ToDictionary(v => v.Actor, v => v.Kind!.Value.Name(), StringComparer.Ordinal);
        var spam = actors.Where(v => v.Type == ActorType.Spam && v.Kind is null).ToDictionary(v => v.Actor, _ => "spam", StringComparer.Ordinal);
        var minAds = new ClusterAnomalyOptions().MinAds;
        if (unusual.Count == 0)
        {
            Console.WriteLine("planted unusual actors: none in this corpus (the generator plants them from 2,000 ads on; truth files written before have no unusual_kind)");
        }
        else
        {
            var ranks = AnomalyEvaluation.UnusualClusters(scored, unusual);
            Console.WriteLine(string.Create(inv,
                $"planted unusual actors: {unusual.Count} ({string.Join(", ", unusual.Values.GroupBy(k => k).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}"))}); " +
                $"ranked among {ranks.Clusters:N0} actors with ≥ {minAds} ads; not scored (fewer ads): {ranks.NotScored.Count}"));
            foreach (var s in ranks.Scorers)
            {
                Console.WriteLine(string.Create(inv,
                    $"  {s.Scorer}: median rank {s.MedianRank:N0} of {s.Of:N0}; in the top 5% {s.TopShare:P0}; AUC {s.Auc:F3}"));
                foreach (var g in s.Groups)
                {
                    Console.WriteLine($"    {g}: ranks {string.Join(", ", s.RanksOf(g).Select(r => r.ToString("N0", inv)))}");
                }
            }
        }
        if (spam.Count > 0)
        {
            var spamReport = AnomalyEvaluation.UnusualClusters(scored, spam);
            foreach (var s in spamReport.Scorers)
            {
                Console.WriteLine(string.Create(inv,
                    $"spam actors for comparison ({s.Scorer}): {s.Planted.Count} among {s.Of:N0} actors; median rank {s.MedianRank:N0}; in the top 5% {s.TopShare:P0}; AUC {s.Auc:F3}"));
            }
        }
        Console.WriteLine("An actor ranked unusual is unusual in its posting activity only (ads, phones, cities, days, bursts); image_hoarder actors are odd in their images, which these features do not count.");
        return 0;
    }

    private static string Effect(WindowEffect? e) => e is null || double.IsNaN(e.RateRatio)
        ? "–"
        : string.Create(CultureInfo.InvariantCulture, $"{e.RateRatio:F2} [{e.Lower:F2}, {e.Upper:F2}]");

    private static string Num(double v) => double.IsNaN(v) ? "n/a" : v.ToString("F3", CultureInfo.InvariantCulture);
}
