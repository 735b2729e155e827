using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Workbench.Anomalies;
using Workbench.Clustering;
using Workbench.Prevalence;

namespace Workbench.Cli.Commands;

/// <summary>
/// <c>workbench anomalies (--in FILE | --store FILE) --out DIR</c> (issue 8): rises in ads, advertisers and new arrivals
/// per city, province and site (<c>windows.csv</c>), and clusters ranked by how unusual their activity is
/// (<c>cluster_scores.csv</c>).
/// </summary>
internal sealed class AnomaliesCommand : Command<AnomaliesCommand.Settings>
{
    public sealed class Settings : AnalysisSettings
    {
        [CommandOption("--out <DIR>")]
        [Description("Folder for windows.csv and cluster_scores.csv.")]
        public string? Out { get; init; }

        [CommandOption("--fdr <Q>")]
        [Description("False discovery rate across all windows (default 0.05).")]
        public double Fdr { get; init; } = new SpikeOptions().FdrLevel;

        [CommandOption("--all-windows")]
        [Description("Write every window the CUSUM proposed, not only those with q ≤ --fdr.")]
        public bool AllWindows { get; init; }

        [CommandOption("--clusters <UNITS>")]
        [Description("What cluster_scores.csv ranks: micro (micro- and meta-clusters, default), phone (phone-linked advertisers) or none.")]
        public string Clusters { get; init; } = "micro";

        [CommandOption("--seed <S>")]
        [Description("Seed of the clustering, the isolation forest and the PCA (default 1).")]
        public int Seed { get; init; } = 1;

        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(Out)) return ValidationResult.Error("--out DIR is required");
            if (Fdr is <= 0 or >= 1) return ValidationResult.Error("--fdr must be between 0 and 1");
            if (Clusters is not ("micro" or "phone" or "none")) return ValidationResult.Error("--clusters must be micro, phone or none");
            return base.Validate();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var input = settings.Open();
        Directory.CreateDirectory(settings.Out!);
        var ads = AdActivity.ReadAll(input.Store).ToList();
        if (ads.Count == 0) throw new UserError("the store holds no ads");
        var options = new SpikeOptions { FdrLevel = settings.Fdr };
        var series = ActivitySeries.Build(ads);
        var windows = new SpikeDetector(options).Detect(series);
        var significant = windows.Where(w => w.QValue <= settings.Fdr).ToList();
        File.WriteAllText(Path.Combine(settings.Out!, "windows.csv"), AnomalyFiles.WindowsCsv(settings.AllWindows ? windows : significant));

        var clusterOptions = new ClusterAnomalyOptions { Pca = new PcaScorerOptions { Seed = settings.Seed }, Forest = new IsolationForestOptions { Seed = settings.Seed } };
        IReadOnlyList<ClusterAnomaly> scored = [];
        if (settings.Clusters == "micro")
        {
            var model = new MicroClusterDetector(new MicroClusterOptions { Seed = settings.Seed }).Fit(input.Store, new StagePrinter());
            scored = ClusterAnomalies.Score(ads, model.Result, clusterOptions);
        }
        else if (settings.Clusters == "phone")
        {
            scored = ClusterAnomalies.ScorePhoneAdvertisers(ads, clusterOptions);
        }
        File.WriteAllText(Path.Combine(settings.Out!, "cluster_scores.csv"), AnomalyFiles.ClusterScoresCsv(scored));

        var cities = series.Keys.Count(k => k.Level == SeriesLevel.City);
        Console.WriteLine($"{ads.Count:N0} ads over {series.Days} days; {series.Keys.Count:N0} series ({cities:N0} cities); " +
            $"{windows.Count:N0} candidate windows, {significant.Count:N0} with q ≤ {settings.Fdr.ToString(CultureInfo.InvariantCulture)}; {scored.Count:N0} clusters scored");
        Console.WriteLine("A window is a rise against the seasonal baseline, a reason to look; an unusual cluster is unlike the rest, not a finding about anyone.");
        AnsiConsole.MarkupLineInterpolated($"[green]Wrote[/] windows.csv, cluster_scores.csv to {settings.Out}");
        return 0;
    }
}
