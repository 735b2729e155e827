using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Workbench.Clustering;

namespace Workbench.Cli.Commands;

/// <summary>
/// <c>workbench clusters</c>: micro-clusters with templates and meta-clusters (issue 5). Writes <c>clusters.csv</c>
/// (one row per ad), the templates as JSON Lines beside it, and, for a store, the result tables.
/// </summary>
internal sealed class ClustersCommand : Command<ClustersCommand.Settings>
{
    public sealed class Settings : AnalysisSettings
    {
        [CommandOption("--out <FILE>")]
        [Description("clusters.csv to write: ad_id,micro_cluster_id,template_id,meta_cluster_id,score (-1 where in no cluster).")]
        public string? Out { get; init; }

        [CommandOption("--templates <FILE>")]
        [Description("Templates file (JSON Lines, one micro-cluster per line; default: <out>.templates.jsonl beside the CSV).")]
        public string? Templates { get; init; }

        [CommandOption("--seed <S>")]
        [Description("Seed of the MinHash functions (default 1).")]
        public int Seed { get; init; } = 1;

        [CommandOption("--hub-min-ads <N>")]
        [Description("A contact token or image on more than N ads is a hub: reported, not used to link meta-clusters (default 1000).")]
        public int HubMinAds { get; init; } = new MetaClusterOptions().HubMinAds;

        [CommandOption("--link-urls")]
        [Description("Also link meta-clusters through shared URL tokens.")]
        public bool LinkUrls { get; init; }

        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(Out)) return ValidationResult.Error("--out FILE is required (the clusters.csv to write)");
            if (HubMinAds < 2) return ValidationResult.Error("--hub-min-ads must be at least 2");
            return base.Validate();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var input = settings.Open();
        var options = new MicroClusterOptions
        {
            Seed = settings.Seed,
            Meta = new MetaClusterOptions { HubMinAds = settings.HubMinAds, LinkUrls = settings.LinkUrls },
        };
        Console.WriteLine($"clusters: {input.Store.AdCount():N0} ads");
        var model = new MicroClusterDetector(options).Fit(input.Store, new StagePrinter());
        var result = model.Result;

        var csv = settings.Out!;
        var templates = settings.Templates ?? ClusterFiles.TemplatesPathFor(csv);
        ClusterFiles.WriteCsv(result, csv);
        ClusterFiles.WriteTemplates(result, templates);
        if (settings.Store is not null)
        {
            ClusterTables.Write(input.Store, result);
            Console.WriteLine($"stored tables {string.Join(", ", ClusterTables.Tables)} in {settings.Store}");
        }

        var s = result.Statistics;
        AnsiConsole.MarkupLineInterpolated(
            $"[green]{result.Clusters.Count:N0} micro-clusters[/] hold {result.ClusteredAds:N0} of {s.Ads:N0} ads ({s.DistinctTexts:N0} distinct texts); {result.MetaClusters.Count:N0} meta-clusters; {result.HubTokens.Count:N0} hub tokens set aside.");
        foreach (var h in result.HubTokens.Take(5))
        {
            Console.WriteLine($"  hub: {h.Kind.ToString().ToLowerInvariant()} {h.Token} on {h.Ads:N0} ads ({h.Units:N0} clusters or lone ads)");
        }
        Console.WriteLine($"wrote {csv} and {templates}");
        return 0;
    }
}

/// <summary>Prints each finished stage of a clustering run on one line (on the calling thread, so in order).</summary>
internal sealed class StagePrinter : IProgress<StageTiming>
{
    public void Report(StageTiming value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine($"  {value.Stage}: {value.Elapsed.TotalSeconds.ToString("F1", inv)} s ({value.ItemsPerSecond.ToString("N0", inv)}/s)");
    }
}
