using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Workbench.Data;
using Workbench.Retrieval;
using Workbench.Synthetic;
using Workbench.Text;

namespace Workbench.Cli.Commands;

/// <summary>
/// <c>workbench bench extract</c>: entity extraction ads/s on one thread and allocated bytes per ad; full-text and
/// near-duplicate indexing ads/s, with the time 1M ads would take at the measured rate.
/// </summary>
internal sealed class BenchExtractCommand : Command<BenchExtractCommand.Settings>
{
    private const string Row = "{0,-30} {1,10} {2,8} {3,9} {4,8} {5,10} {6,11} {7,14}";

    public sealed class Settings : CommandSettings
    {
        [CommandOption("--ads <N>")]
        [Description("Synthetic ads to extract from (default 100000).")]
        public int Ads { get; init; } = 100_000;

        [CommandOption("--index-ads <N>")]
        [Description("Ads to index (default: --ads); 1000000 measures the 1M target directly.")]
        public int? IndexAds { get; init; }

        [CommandOption("--seed <S>")]
        [Description("Seed of the synthetic corpus.")]
        public int Seed { get; init; } = 1;

        public override ValidationResult Validate() =>
            Ads < 1_000 || IndexAds is < 1_000 ? ValidationResult.Error("--ads and --index-ads must be at least 1000") : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var indexAds = settings.IndexAds ?? settings.Ads;
        var total = Math.Max(settings.Ads, indexAds);
        var watch = Stopwatch.StartNew();
        var raw = SyntheticCorpus.Generate(new SyntheticOptions { Ads = total, Seed = settings.Seed }).Select(a => a.Ad).ToList();
        AnsiConsole.MarkupLineInterpolated($"generated {raw.Count:N0} synthetic ads in {watch.Elapsed.TotalSeconds:F1} s (seed {settings.Seed})");

        var table = new List<string> { string.Format(CultureInfo.InvariantCulture, Row, "step", "ads", "wall s", "ads/s", "CPU s", "ads/CPU-s", "alloc B/ad", "1M ads (wall)") };
        var sample = raw.Take(settings.Ads).ToList();

        // Warm up to tier-1 code before timing.
        foreach (var ad in sample.Take(3_000)) EntityExtractor.Extract(ad.Title ?? "", ad.Body);

        Measure(table, "contacts only", sample, ad => ContactExtractor.ExtractAcross(ad.Title ?? "", ad.Body).Body.Count);
        Measure(table, "all entities", sample, ad => EntityExtractor.Extract(ad.Title ?? "", ad.Body).Body.Count);

        var key = PseudonymKey.FromHex(PseudonymKey.NewHex(), "benchmark");
        var pseudonymizer = new Pseudonymizer(key);
        var masked = raw.Take(indexAds).Select(a => pseudonymizer.Apply(a).Ad).ToList();
        raw.Clear();

        var dir = Path.Combine(Path.GetTempPath(), "workbench-bench-index-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            GC.Collect();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var cpu = CpuSeconds();
            watch.Restart();
            using (var index = FullTextIndex.Build(masked, new FullTextIndexOptions { Directory = dir }))
            {
                AddRow(table, "full-text index (Lucene, disk)", masked.Count, watch.Elapsed.TotalSeconds,
                    CpuSeconds() - cpu, (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)masked.Count);
                watch.Restart();
                const int Queries = 200;
                for (var q = 0; q < Queries; q++) index.Search(q % 2 == 0 ? "\"new in town\" AND incall" : "massage~1 OR city:montreal", 10);
                AnsiConsole.MarkupLineInterpolated($"full-text queries: {watch.Elapsed.TotalMilliseconds / Queries:F2} ms each over {index.Count:N0} ads");
            }
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }

        GC.Collect();
        var beforeNear = GC.GetTotalAllocatedBytes(precise: true);
        var cpuNear = CpuSeconds();
        watch.Restart();
        var near = NearDuplicateIndex.Build(masked);
        AddRow(table, "near-dup index (MinHash+LSH)", masked.Count, watch.Elapsed.TotalSeconds,
            CpuSeconds() - cpuNear, (GC.GetTotalAllocatedBytes(precise: true) - beforeNear) / (double)masked.Count);
        watch.Restart();
        for (var q = 0; q < 1_000; q++) near.MoreLikeThis(masked[(q * 7919) % masked.Count].AdId);
        foreach (var line in table) Console.WriteLine(line);
        AnsiConsole.MarkupLineInterpolated($"more-like-this queries: {watch.Elapsed.TotalMilliseconds / 1_000:F3} ms each");
        AnsiConsole.MarkupLineInterpolated($"machine: {Environment.ProcessorCount} cores, load average {LoadAverage()}; targets: extraction ≥ 20,000 ads/s per core; index 1M ads in < 120 s.");
        AnsiConsole.MarkupLine("Extraction runs on one thread: ads/CPU-s is its per-core rate (the process's CPU time, so GC and JIT threads count against it), which holds when other work shares the cores; wall-clock ads/s does not.");
        return 0;
    }

    private static void Measure(List<string> table, string step, List<Ad> ads, Func<Ad, int> work)
    {
        GC.Collect();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var cpu = CpuSeconds();
        var watch = Stopwatch.StartNew();
        long sink = 0;
        foreach (var ad in ads) sink += work(ad);
        var seconds = watch.Elapsed.TotalSeconds;
        var cpuSeconds = CpuSeconds() - cpu;
        var bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        GC.KeepAlive(sink);
        AddRow(table, step, ads.Count, seconds, cpuSeconds, bytes / (double)ads.Count);
    }

    private static double CpuSeconds()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime.TotalSeconds;
    }

    private static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static void AddRow(List<string> table, string step, int ads, double seconds, double cpuSeconds, double bytesPerAd)
    {
        var inv = CultureInfo.InvariantCulture;
        var rate = ads / seconds;
        table.Add(string.Format(inv, Row, step, ads.ToString("N0", inv), seconds.ToString("F2", inv), rate.ToString("N0", inv), cpuSeconds.ToString("F2", inv),
            (ads / cpuSeconds).ToString("N0", inv), bytesPerAd.ToString("N0", inv), (1_000_000 / rate).ToString("F0", inv) + " s"));
    }
}
