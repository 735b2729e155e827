using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Spectre.Console;
using Spectre.Console.Cli;
using Workbench.Clustering;
using Workbench.Data;
using Workbench.Graphs;

namespace Workbench.Cli.Commands;

/// <summary>
/// <c>workbench graph (--in FILE | --store FILE) --out DIR</c>: the entity graph of ads and their tokens and
/// micro-clusters; writes <c>components.csv</c>, <c>communities.csv</c>, <c>cluster_features.csv</c>,
/// <c>suppressed_tokens.csv</c>, <c>transitions.csv</c> and <c>flows.csv</c>.
/// </summary>
internal sealed class GraphCommand : Command<GraphCommand.Settings>
{
    public sealed class Settings : AnalysisSettings
    {
        [CommandOption("--out <DIR>")]
        [Description("Folder for the output tables.")]
        public string? Out { get; init; }

        [CommandOption("--clusters <FILE>")]
        [Description("A clusters.csv from 'workbench clusters' to take micro-cluster membership from (default: fit the micro-cluster detector).")]
        public string? Clusters { get; init; }

        [CommandOption("--seed <S>")]
        [Description("Seed of the Louvain node order (default 1).")]
        public int Seed { get; init; } = 1;

        [CommandOption("--hub-max-ads <N>")]
        [Description("A token on more than N ads is a hub and does not link (default 1000).")]
        public int HubMaxAds { get; init; } = new HubOptions().HubMaxAds;

        [CommandOption("--stock-image-max-identities <N>")]
        [Description("An image joining more than N otherwise unlinked contact identities is stock and does not link (default 2; 0 turns the rule off).")]
        public int StockImageMaxIdentities { get; init; } = new HubOptions().StockImageMaxIdentities ?? 0;

        [CommandOption("--link-urls")]
        [Description("Let shared URL tokens link ads (off by default: many ads share a site or link-in-bio service).")]
        public bool LinkUrls { get; init; }

        public override ValidationResult Validate()
        {
            var basic = base.Validate();
            if (!basic.Successful) return basic;
            if (Out is null) return ValidationResult.Error("--out DIR is required");
            if (HubMaxAds < 2) return ValidationResult.Error("--hub-max-ads must be at least 2");
            if (StockImageMaxIdentities < 0) return ValidationResult.Error("--stock-image-max-identities must be 0 or more");
            return ValidationResult.Success();
        }

        public HubOptions Hubs => new()
        {
            HubMaxAds = HubMaxAds,
            StockImageMaxIdentities = StockImageMaxIdentities == 0 ? null : StockImageMaxIdentities,
            LinkUrls = LinkUrls,
        };
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var input = settings.Open();
        var ads = input.Store.ReadAds().ToList();
        Console.Error.WriteLine($"read {ads.Count:N0} ads in {clock.Elapsed.TotalSeconds:F1} s");
        int[] micro;
        int[] meta;
        if (settings.Clusters is not null)
        {
            (micro, meta) = ReadClusters(settings.Clusters, ads);
        }
        else
        {
            var result = new MicroClusterDetector(new MicroClusterOptions { Meta = Meta(settings.Hubs) }).Fit(ads).Result;
            micro = [.. result.Assignments.Select(a => a.MicroClusterId)];
            meta = [.. result.Assignments.Select(a => a.MetaClusterId)];
            Console.Error.WriteLine($"micro-clusters: {result.Clusters.Count:N0}, meta-clusters {result.MetaClusters.Count:N0} ({clock.Elapsed.TotalSeconds:F1} s)");
        }
        var outputs = Run(ads, micro, meta, settings.Hubs, settings.Seed, settings.Out!);
        Console.WriteLine(outputs);
        return 0;
    }

    internal static MetaClusterOptions Meta(HubOptions h) => new()
    {
        LinkPhones = h.LinkPhones, LinkEmails = h.LinkEmails, LinkHandles = h.LinkHandles, LinkImages = h.LinkImages, LinkUrls = h.LinkUrls,
        HubMinAds = h.HubMaxAds, HubMaxUnits = h.HubMaxUnits, StockImageMaxIdentities = h.StockImageMaxIdentities,
    };

    /// <summary>Builds the graph and writes every table; returns a summary.</summary>
    internal static string Run(IReadOnlyList<Ad> ads, int[] micro, int[] meta, HubOptions hubs, int seed, string outDir)
    {
        Directory.CreateDirectory(outDir);
        var inv = CultureInfo.InvariantCulture;
        var graph = EntityGraph.Build(ads, micro, hubs);
        var (components, componentCount) = graph.Components();
        var (communities, communityCount, modularity) = graph.Communities(seed);
        WriteLabels(Path.Combine(outDir, "components.csv"), "ad_id,component_id", graph.AdIds, components);
        WriteLabels(Path.Combine(outDir, "communities.csv"), "ad_id,community_id", graph.AdIds, communities);
        var options = new ClusterFeatureOptions();
        var rows = new List<ClusterFeatures>();
        rows.AddRange(ClusterFeatureCalculator.ForLabels(ads, ClusterFeatureCalculator.MicroLevel, micro, options));
        rows.AddRange(ClusterFeatureCalculator.ForLabels(ads, ClusterFeatureCalculator.MetaLevel, meta, options));
        ClusterFeaturesCsv.Write(rows, Path.Combine(outDir, "cluster_features.csv"));
        var suppressed = graph.SuppressedTokens();
        using (var w = Writer(Path.Combine(outDir, "suppressed_tokens.csv")))
        {
            w.Write("kind,token,ads,units,identities,reason\n");
            foreach (var s in suppressed) w.Write($"{s.Kind.ToString().ToLowerInvariant()},{s.Token},{s.Ads.ToString(inv)},{s.Units.ToString(inv)},{s.Identities.ToString(inv)},{s.Reason}\n");
        }
        var groups = meta;
        var (_, transitions) = Movement.Trace(ads, groups);
        using (var w = Writer(Path.Combine(outDir, "transitions.csv")))
        {
            w.Write("meta_cluster_id,from_city,to_city,departed,arrived,distance_km,speed_km_per_day,implausible\n");
            foreach (var t in transitions)
            {
                w.Write($"{t.Group},{Q(t.From)},{Q(t.To)},{t.Departed.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", inv)},{t.Arrived.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", inv)},{t.DistanceKm.ToString("0.#", inv)},{t.SpeedKmPerDay.ToString("0.#", inv)},{(t.Implausible ? "true" : "false")}\n");
            }
        }
        var flows = Movement.Flows(transitions);
        using (var w = Writer(Path.Combine(outDir, "flows.csv")))
        {
            w.Write("from_city,to_city,transitions\n");
            foreach (var f in flows) w.Write($"{Q(f.From)},{Q(f.To)},{f.Count.ToString(inv)}\n");
        }
        return $"graph: {graph.AdCount:N0} ads, {graph.TokenCount:N0} tokens, {graph.EdgeCount:N0} edges; {componentCount:N0} components " +
            $"({components.GroupBy(c => c).Count(g => g.Count() >= 2):N0} of 2+ ads); {communityCount:N0} communities, modularity {modularity.ToString("F3", inv)}; " +
            $"{suppressed.Count:N0} tokens suppressed ({string.Join(", ", suppressed.GroupBy(s => s.Reason).Select(g => $"{g.Key} {g.Count():N0}"))}); " +
            $"{rows.Count:N0} feature rows; {transitions.Count:N0} transitions ({transitions.Count(t => t.Implausible):N0} implausible) → {outDir}";
    }

    private static StreamWriter Writer(string path) => new(path, false, new UTF8Encoding(false));

    private static string Q(string value) => value.Contains(',', StringComparison.Ordinal) || value.Contains('"', StringComparison.Ordinal)
        ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static void WriteLabels(string path, string header, IReadOnlyList<string> ids, int[] labels)
    {
        using var w = Writer(path);
        w.Write(header);
        w.Write('\n');
        for (var i = 0; i < ids.Count; i++)
        {
            w.Write(Q(ids[i]));
            w.Write(',');
            w.Write(labels[i].ToString(CultureInfo.InvariantCulture));
            w.Write('\n');
        }
    }

    /// <summary>Reads micro- and meta-cluster ids from a clusters.csv, in the order of <paramref name="ads"/>.</summary>
    internal static (int[] Micro, int[] Meta) ReadClusters(string path, IReadOnlyList<Ad> ads)
    {
        if (!File.Exists(path)) throw new UserError($"{path}: clusters file not found");
        var index = new Dictionary<string, int>(ads.Count, StringComparer.Ordinal);
        for (var i = 0; i < ads.Count; i++) index[ads[i].AdId] = i;
        var micro = new int[ads.Count];
        var meta = new int[ads.Count];
        Array.Fill(micro, -1);
        Array.Fill(meta, -1);
        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (line == 1)
            {
                if (text != ClusterFiles.CsvHeader) throw new UserError($"{path}:1: header must be '{ClusterFiles.CsvHeader}'");
                continue;
            }
            var cells = text.Split(',');
            if (cells.Length != 5) throw new UserError($"{path}:{line}: expected 5 cells, found {cells.Length}");
            if (!int.TryParse(cells[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var m) || m < -1) throw new UserError($"{path}:{line}: micro_cluster_id '{cells[1]}' is not an integer ≥ -1");
            if (!int.TryParse(cells[3], NumberStyles.Integer, CultureInfo.InvariantCulture, out var mm) || mm < -1) throw new UserError($"{path}:{line}: meta_cluster_id '{cells[3]}' is not an integer ≥ -1");
            if (!index.TryGetValue(cells[0], out var a)) throw new UserError($"{path}:{line}: ad_id '{cells[0]}' is not in the input");
            micro[a] = m;
            meta[a] = mm;
        }
        return (micro, meta);
    }
}
