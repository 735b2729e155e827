using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Cli;
using Workbench.Data;
using Workbench.Store;
using Workbench.Synthetic;

namespace Workbench.Cli.Commands;

/// <summary>
/// Measures generate and ingest throughput and peak memory. Each size runs in a child process so that its peak
/// working set is its own.
/// </summary>
internal sealed class BenchIngestCommand : Command<BenchIngestCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--sizes <LIST>")]
        [Description("Comma-separated corpus sizes (default 100000,1000000).")]
        public string Sizes { get; init; } = "100000,1000000";

        [CommandOption("--seed <S>")]
        [Description("Seed of the synthetic corpus.")]
        public int Seed { get; init; } = 1;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var sizes = settings.Sizes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var table = new Table().AddColumns("ads", "generate ads/s", "ingest ads/s", "ingest s", "kept", "quarantined", "peak MiB");
        foreach (var size in sizes)
        {
            var result = RunChild(size, settings.Seed);
            table.AddRow(
                size.ToString("N0", CultureInfo.InvariantCulture),
                result.GenerateAdsPerSecond.ToString("N0", CultureInfo.InvariantCulture),
                result.IngestAdsPerSecond.ToString("N0", CultureInfo.InvariantCulture),
                result.IngestSeconds.ToString("F1", CultureInfo.InvariantCulture),
                result.Kept.ToString("N0", CultureInfo.InvariantCulture),
                result.Quarantined.ToString("N0", CultureInfo.InvariantCulture),
                (result.PeakWorkingSetBytes / 1048576.0).ToString("N0", CultureInfo.InvariantCulture));
        }
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"machine: {Environment.ProcessorCount} cores; targets: ingest ≥ 50,000 ads/s at 1M, peak < 1,024 MiB");
        return 0;
    }

    private static BenchResult RunChild(int size, int seed)
    {
        var start = SelfProcess.StartInfo("bench", "ingest-one", "--ads", size.ToString(CultureInfo.InvariantCulture), "--seed", seed.ToString(CultureInfo.InvariantCulture));
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new UserError($"benchmark child for {size} ads failed: {output}");
        var line = output.Split('\n').Last(l => l.TrimStart().StartsWith('{'));
        return JsonSerializer.Deserialize<BenchResult>(line)!;
    }
}

internal sealed record BenchResult(
    int Ads, double GenerateSeconds, double GenerateAdsPerSecond, double IngestSeconds, double IngestAdsPerSecond,
    long Kept, long Quarantined, long PeakWorkingSetBytes);

internal sealed class BenchIngestOneCommand : Command<BenchIngestOneCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--ads <N>")]
        public int Ads { get; init; } = 100_000;

        [CommandOption("--seed <S>")]
        public int Seed { get; init; } = 1;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var dir = Path.Combine(Path.GetTempPath(), "workbench-bench-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var options = new SyntheticOptions { Ads = settings.Ads, Seed = settings.Seed };
            var watch = Stopwatch.StartNew();
            SyntheticCorpusWriter.Write(dir, options);
            var generate = watch.Elapsed.TotalSeconds;

            var key = PseudonymKey.FromHex(PseudonymKey.NewHex(), "benchmark");
            using var store = AdStore.Open(Path.Combine(dir, "bench.duckdb"));
            watch.Restart();
            var result = new Ingestor(store, key).Ingest(Path.Combine(dir, "ads.jsonl"));
            var ingest = watch.Elapsed.TotalSeconds;
            using var self = Process.GetCurrentProcess();
            var bench = new BenchResult(settings.Ads, generate, settings.Ads / generate, ingest, result.Counts.Read / ingest,
                result.Counts.Kept, result.Counts.Quarantined, self.PeakWorkingSet64);
            Console.WriteLine(JsonSerializer.Serialize(bench));
            return 0;
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }
}
