using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Workbench.Data;
using Workbench.Graphs;

namespace Workbench.Cli.Commands;

/// <summary>
/// <c>workbench bench graph</c>: entity-graph build, components, Louvain communities, cluster features and movement at
/// 100k and 1M ads, with peak memory. Micro-clustering 1M ads takes about ten minutes, so membership comes from a
/// cheaper source, said in the output: ads with byte-identical bodies (verbatim reposts) form one micro-cluster.
/// </summary>
internal sealed class BenchGraphCommand : Command<BenchGraphCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--sizes <LIST>")]
        [Description("Comma-separated corpus sizes (default 100000,1000000).")]
        public string Sizes { get; init; } = "100000,1000000";

        [CommandOption("--seed <S>")]
        [Description("Seed of the synthetic corpus and of Louvain.")]
        public int Seed { get; init; } = 1;

        [CommandOption("--no-cues")]
        [Description("Skip the indicator-cue scan in cluster features.")]
        public bool NoCues { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var inv = CultureInfo.InvariantCulture;
        var sizes = settings.Sizes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => int.Parse(s, inv)).ToArray();
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores; micro-cluster membership: verbatim reposts (identical bodies), not the MDL detector");
        var table = new Table().AddColumns("ads", "edges", "generate s", "graph build s", "components s", "communities s", "modularity", "features s", "movement s", "graph+features s", "managed MiB after", "peak working set MiB");
        foreach (var size in sizes)
        {
            var clock = Stopwatch.StartNew();
            var (ads, _) = EvalClustersCommand.Synthetic(GenerateCommand.Options("default", size, settings.Seed));
            var generate = clock.Elapsed.TotalSeconds;
            GC.Collect();

            clock.Restart();
            var micro = Reposts(ads);
            var graph = EntityGraph.Build(ads, micro, new HubOptions());
            var build = clock.Elapsed.TotalSeconds;
            clock.Restart();
            var (components, _) = graph.Components();
            var comp = clock.Elapsed.TotalSeconds;
            clock.Restart();
            var (_, _, modularity) = graph.Communities(settings.Seed);
            var louvain = clock.Elapsed.TotalSeconds;
            clock.Restart();
            var options = new ClusterFeatureOptions { CountCues = !settings.NoCues };
            var features = ClusterFeatureCalculator.ForLabels(ads, ClusterFeatureCalculator.MicroLevel, micro, options).Count
                + ClusterFeatureCalculator.ForLabels(ads, "component", components, options).Count;
            var feat = clock.Elapsed.TotalSeconds;
            clock.Restart();
            var (_, transitions) = Movement.Trace(ads, components);
            var move = clock.Elapsed.TotalSeconds;
            var managed = GC.GetTotalMemory(false) / (1024.0 * 1024);
            var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024);
            table.AddRow(size.ToString("N0", inv), graph.EdgeCount.ToString("N0", inv), generate.ToString("F1", inv), build.ToString("F1", inv), comp.ToString("F2", inv),
                louvain.ToString("F1", inv), modularity.ToString("F3", inv), $"{feat.ToString("F1", inv)} ({features:N0} rows)", $"{move.ToString("F1", inv)} ({transitions.Count:N0})",
                (build + comp + louvain + feat).ToString("F1", inv), managed.ToString("N0", inv), peak.ToString("N0", inv));
            Console.WriteLine(
                $"{size:N0} ads: {graph.EdgeCount:N0} edges; generate {generate.ToString("F1", inv)} s; graph build {build.ToString("F1", inv)} s, components {comp.ToString("F2", inv)} s, " +
                $"communities {louvain.ToString("F1", inv)} s (modularity {modularity.ToString("F3", inv)}), features {feat.ToString("F1", inv)} s ({features:N0} rows), movement {move.ToString("F1", inv)} s; " +
                $"graph+features {(build + comp + louvain + feat).ToString("F1", inv)} s; managed {managed.ToString("N0", inv)} MiB, peak working set {peak.ToString("N0", inv)} MiB");
        }
        AnsiConsole.Write(table);
        Console.WriteLine("Peak working set includes the generated corpus held in memory as Ad records (the graph itself is int arrays); targets: 1M graph + features < 60 s, < 3 GiB.");
        return 0;
    }

    /// <summary>Micro-cluster proxy: ads with identical bodies (two or more) share a label.</summary>
    internal static int[] Reposts(IReadOnlyList<Ad> ads)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var ad in ads) count[ad.Body] = count.GetValueOrDefault(ad.Body) + 1;
        var labels = new int[ads.Count];
        for (var i = 0; i < ads.Count; i++)
        {
            if (count[ads[i].Body] < 2) { labels[i] = -1; continue; }
            if (!first.TryGetValue(ads[i].Body, out var id)) first[ads[i].Body] = id = first.Count;
            labels[i] = id;
        }
        return labels;
    }
}
