using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Workbench.Anomalies;
using Workbench.Prevalence;
using Workbench.Synthetic;

namespace Workbench.Cli.Commands;

/// <summary>
/// <c>workbench bench anomalies</c>: time to count every series and detect rises in all city series of a 1M-ad corpus
/// (target under 10 s), and to score clusters (phone-linked advertisers) with both scorers.
/// </summary>
internal sealed class BenchAnomaliesCommand : Command<BenchAnomaliesCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--ads <N>")]
        [Description("Size of the synthetic corpus (default 1000000).")]
        public int Ads { get; init; } = 1_000_000;

        [CommandOption("--seed <S>")]
        [Description("Seed of the corpus and the scorers.")]
        public int Seed { get; init; } = 1;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var inv = CultureInfo.InvariantCulture;
        var table = new Table().AddColumns("measure", "value", "target");
        var generate = Stopwatch.StartNew();
        // Phones as the generator planted them, in memory only (as bench prevalence): the series need only equality of tokens.
        var ads = new List<AdActivity>(settings.Ads);
        foreach (var ad in SyntheticCorpus.Generate(new SyntheticOptions { Ads = settings.Ads, Seed = settings.Seed }))
        {
            ads.Add(new AdActivity(ad.Ad.AdId, ad.Ad.PostedAt, ad.Ad.Site, ad.Ad.City, ad.Ad.Province, ad.Truth.Phones));
        }
        table.AddRow("corpus generated (s, not timed below)", generate.Elapsed.TotalSeconds.ToString("F1", inv), "");
        GC.Collect();

        var watch = Stopwatch.StartNew();
        var series = ActivitySeries.Build(ads);
        var build = watch.Elapsed.TotalSeconds;
        watch.Restart();
        var cityOptions = new SpikeOptions { Levels = [SeriesLevel.City] };
        var cityWindows = new SpikeDetector(cityOptions).Detect(series);
        var detect = watch.Elapsed.TotalSeconds;
        var cities = series.Keys.Count(k => k.Level == SeriesLevel.City);
        table.AddRow(string.Create(inv, $"series: {series.Keys.Count} regions × 4 metrics × {series.Days} days (s)"), build.ToString("F2", inv), "");
        table.AddRow(string.Create(inv, $"city detection: {cities} cities × 3 metrics (s)"), detect.ToString("F2", inv), "");
        table.AddRow("all city series: counting + detection (s)", (build + detect).ToString("F2", inv), "< 10");
        table.AddRow("city windows proposed / significant", string.Create(inv, $"{cityWindows.Count} / {cityWindows.Count(w => w.QValue <= cityOptions.FdrLevel)}"), "");
        watch.Restart();
        var all = new SpikeDetector().Detect(series);
        table.AddRow("detection on every level (city, province, site) (s)", watch.Elapsed.TotalSeconds.ToString("F2", inv), "");

        watch.Restart();
        var scored = ClusterAnomalies.ScorePhoneAdvertisers(ads, new ClusterAnomalyOptions { Pca = new PcaScorerOptions { Seed = settings.Seed }, Forest = new IsolationForestOptions { Seed = settings.Seed } });
        table.AddRow(string.Create(inv, $"cluster scoring: {scored.Count:N0} phone-linked advertisers, features + PCA + isolation forest (s)"), watch.Elapsed.TotalSeconds.ToString("F2", inv), "");
        using var self = Process.GetCurrentProcess();
        table.AddRow("peak working set (MiB)", (self.PeakWorkingSet64 / 1048576.0).ToString("N0", inv), "");
        AnsiConsole.Write(table);
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores; windows on all levels: {all.Count:N0}");
        return 0;
    }
}
