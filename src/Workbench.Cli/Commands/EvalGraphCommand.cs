using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Workbench.Clustering;
using Workbench.Data;
using Workbench.Evaluation;
using Workbench.Graphs;
using Workbench.Synthetic;

namespace Workbench.Cli.Commands;

/// <summary>
/// <c>workbench eval graph</c>: meta-cluster recovery (ARI, pairwise precision and recall against the planted actors)
/// before and after stock-image suppression and for Louvain communities, the rate at which touring independents are
/// grouped with organized ads, and the recovery of planted movements between cities.
/// </summary>
internal sealed class EvalGraphCommand : Command<EvalGraphCommand.Settings>
{
    public sealed class Settings : EvalCorpusSettings
    {
        [CommandOption("--ads <N>")]
        [Description("Without --in/--store: size of the synthetic corpus generated in memory (default 10000).")]
        public int Ads { get; init; } = new SyntheticOptions().Ads;

        public override int CorpusAds => Ads;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var inv = CultureInfo.InvariantCulture;
        IReadOnlyList<Ad> ads;
        IReadOnlyList<AdTruth> truth;
        string source;
        if (settings.In is not null || settings.Store is not null)
        {
            using var input = settings.Open();
            ads = input.Store.ReadAds().ToList();
            truth = TruthFile.Read(settings.Truth!).ToList();
            source = settings.In ?? settings.Store!;
        }
        else
        {
            (ads, truth) = EvalClustersCommand.Synthetic(GenerateCommand.Options(settings.Preset, settings.Ads, settings.Seed));
            source = $"synthetic corpus, {settings.Preset}, {settings.Ads:N0} ads, seed {settings.Seed}";
        }
        Console.WriteLine($"corpus: {source}");
        var result = new MicroClusterDetector().Fit(ads).Result;
        var micro = result.Assignments.Select(a => a.MicroClusterId).ToArray();
        var report = GraphEvaluation.Evaluate(ads, micro, truth, new HubOptions(), settings.Seed);

        var table = new Table().AddColumns("grouping vs planted actors (meta_cluster_id)", "ARI", "pair precision", "pair recall", "suppressed tokens", "touring independents with organized");
        foreach (var g in report.Groupings)
        {
            table.AddRow(Markup.Escape(g.Rule), g.Score.AdjustedRandIndex.ToString("F3", inv), g.Score.PairPrecision.ToString("F3", inv), g.Score.PairRecall.ToString("F3", inv),
                g.Suppressed.ToString("N0", inv), $"{g.TouringWithOrganized:N0} / {g.TouringIndependents:N0} ({g.TouringWithOrganizedRate.ToString("P1", inv)})");
        }
        var detector = PartitionMetrics.Score(
            result.Assignments.Select(a => a.MetaClusterId).ToArray(),
            Labels(ads, truth));
        var before = new MicroClusterDetector(new MicroClusterOptions { Meta = new MetaClusterOptions { StockImageMaxIdentities = null } }).Fit(ads).Result;
        var beforeScore = PartitionMetrics.Score(before.Assignments.Select(a => a.MetaClusterId).ToArray(), Labels(ads, truth));
        table.AddRow("meta-clusters of the micro-cluster detector, hubs by ads only (before)", beforeScore.AdjustedRandIndex.ToString("F3", inv), beforeScore.PairPrecision.ToString("F3", inv), beforeScore.PairRecall.ToString("F3", inv), before.HubTokens.Count.ToString("N0", inv), "");
        table.AddRow("meta-clusters of the micro-cluster detector, + stock images (after)", detector.AdjustedRandIndex.ToString("F3", inv), detector.PairPrecision.ToString("F3", inv), detector.PairRecall.ToString("F3", inv), result.HubTokens.Count.ToString("N0", inv), "");
        AnsiConsole.Write(table);
        Console.WriteLine(
            $"movement (components after suppression vs planted actors): {report.PredictedTransitions:N0} plausible transitions traced, {report.ImplausibleTransitions:N0} flagged implausible; " +
            $"transition precision {report.TransitionPrecision.ToString("F3", inv)}, recall {report.TransitionRecall.ToString("F3", inv)} of {report.TrueTransitions:N0} true city changes; " +
            $"planted trip arrivals found {report.FoundTripTransitions:N0} / {report.TrueTripTransitions:N0} ({report.TripRecall.ToString("F3", inv)})");
        return 0;
    }

    private static int[] Labels(IReadOnlyList<Ad> ads, IReadOnlyList<AdTruth> truth)
    {
        var byId = truth.ToDictionary(t => t.AdId, t => t.MetaClusterId, StringComparer.Ordinal);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        return ads.Select(a => ids.TryGetValue(byId[a.AdId], out var id) ? id : ids[byId[a.AdId]] = ids.Count).ToArray();
    }
}
