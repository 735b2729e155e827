using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Workbench.Prevalence;
using Workbench.Store;
using Workbench.Synthetic;

namespace Workbench.Cli.Commands;

/// <summary>
/// <c>workbench bench prevalence</c>: time to fit every stepwise model for 6 lists (target under 1 s) and to compute
/// rates with bootstrap intervals for a 1M-ad corpus (target under 10 s).
/// </summary>
internal sealed class BenchPrevalenceCommand : Command<BenchPrevalenceCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--ads <N>")]
        [Description("Size of the synthetic corpus for the rates (default 1000000).")]
        public int Ads { get; init; } = 1_000_000;

        [CommandOption("--replicates <N>")]
        [Description("Bootstrap replicates of the rates (default 200, as 'workbench prevalence').")]
        public int Replicates { get; init; } = 200;

        [CommandOption("--lists <FILE>")]
        [Description("A 6-list capture table for the stepwise timing (default: ../shared/data/mse-uk-2013.csv if present, else the generator's 6 detection lists).")]
        public string? Lists { get; init; }

        [CommandOption("--store <FILE>")]
        [Description("Also time reading the ads of this store and computing its rates.")]
        public string? Store { get; init; }

        [CommandOption("--seed <S>")]
        [Description("Seed of the corpus and the bootstrap.")]
        public int Seed { get; init; } = 1;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var inv = CultureInfo.InvariantCulture;
        var table = new Table().AddColumns("measure", "value", "target");

        // 1. Stepwise selection over 6 lists: every candidate model of every step, plus the profile interval.
        var (lists, source) = SixLists(settings);
        var options = new MseOptions { Model = MseModel.Stepwise, BootstrapReplicates = 0 };
        new MseEstimator(options).Fit(lists); // warm-up (JIT)
        var times = new List<double>();
        MseEstimate? estimate = null;
        for (var i = 0; i < 7; i++)
        {
            var watch = Stopwatch.StartNew();
            estimate = new MseEstimator(options).Fit(lists);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        table.AddRow("6-list source", source, "");
        table.AddRow("stepwise: models fitted", estimate!.ModelsFitted.ToString(inv), "");
        table.AddRow("stepwise + profile interval, median of 7 (ms)", times[3].ToString("F1", inv), "< 1,000");
        var withBootstrap = Stopwatch.StartNew();
        new MseEstimator(options with { BootstrapReplicates = 1000 }).Fit(lists);
        table.AddRow("same + 1,000 bootstrap refits (ms)", withBootstrap.Elapsed.TotalMilliseconds.ToString("F0", inv), "");

        // 2. Rates for a corpus of --ads synthetic ads (phones as the generator planted them; in memory only).
        var generate = Stopwatch.StartNew();
        var ads = new List<AdActivity>(settings.Ads);
        foreach (var ad in SyntheticCorpus.Generate(new SyntheticOptions { Ads = settings.Ads, Seed = settings.Seed }))
        {
            ads.Add(new AdActivity(ad.Ad.AdId, ad.Ad.PostedAt, ad.Ad.Site, ad.Ad.City, ad.Ad.Province, ad.Truth.Phones));
        }
        table.AddRow("corpus generated (s, not timed below)", generate.Elapsed.TotalSeconds.ToString("F1", inv), "");
        GC.Collect();
        var rateOptions = new RateOptions { BootstrapReplicates = settings.Replicates, Seed = settings.Seed };
        var rates = Stopwatch.StartNew();
        var result = new RateEstimator(rateOptions).Fit(ads);
        var rateSeconds = rates.Elapsed.TotalSeconds;
        table.AddRow(string.Create(inv, $"rates for {settings.Ads:N0} ads, {settings.Replicates} replicates (s)"), rateSeconds.ToString("F2", inv), "< 10");
        table.AddRow("cells (all measures)", result.Cells.Count.ToString("N0", inv), "");
        table.AddRow("phone-linked advertisers", result.Advertisers.ToString("N0", inv), "");

        if (settings.Store is not null)
        {
            if (!File.Exists(settings.Store)) throw new UserError($"{settings.Store}: store not found");
            using var store = AdStore.Open(settings.Store);
            var watch = Stopwatch.StartNew();
            var stored = AdActivity.ReadAll(store).ToList();
            var read = watch.Elapsed.TotalSeconds;
            watch.Restart();
            new RateEstimator(rateOptions).Fit(stored);
            table.AddRow(string.Create(inv, $"store: read {stored.Count:N0} ads (s)"), read.ToString("F2", inv), "");
            table.AddRow("store: rates (s)", watch.Elapsed.TotalSeconds.ToString("F2", inv), "< 10 with the read");
        }
        using var self = Process.GetCurrentProcess();
        table.AddRow("peak working set (MiB)", (self.PeakWorkingSet64 / 1048576.0).ToString("N0", inv), "");
        AnsiConsole.Write(table);
        AnsiConsole.WriteLine($"machine: {Environment.ProcessorCount} cores");
        return 0;
    }

    private static (CaptureTable Table, string Source) SixLists(Settings settings)
    {
        if (settings.Lists is not null) return (CaptureTable.Load(settings.Lists), settings.Lists);
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Workbench.sln"))) dir = dir.Parent;
        var uk = dir is null ? null : Path.Combine(dir.FullName, "..", "shared", "data", "mse-uk-2013.csv");
        if (uk is not null && File.Exists(uk)) return (CaptureTable.Load(uk), "mse-uk-2013.csv");
        var temp = Path.Combine(Path.GetTempPath(), "workbench-bench-lists-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            SyntheticCorpusWriter.Write(temp, new SyntheticOptions { Ads = 20_000, Seed = settings.Seed, DetectionLists = 6 });
            return (CaptureTable.Load(Path.Combine(temp, SyntheticCorpusWriter.DetectionListsFile)), "synthetic detection lists (6)");
        }
        finally
        {
            try { Directory.Delete(temp, recursive: true); } catch (IOException) { }
        }
    }
}
