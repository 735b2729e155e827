using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Cli;
using Workbench.Clustering;
using Workbench.Data;
using Workbench.Evaluation;
using Workbench.Store;
using Workbench.Synthetic;

namespace Workbench.Cli.Commands;

/// <summary>
/// <c>workbench bench clusters</c>: end-to-end time, ads/s per stage, peak memory and quality of the micro-cluster
/// detector at 10k, 100k and 1M ads. For each size one child process generates and ingests the corpus, and a second
/// runs the clusters verb's work on the store (read, tokenize, coarse, fine, meta-clusters, write CSV, templates and
/// tables), so that its peak working set is the clustering's own.
/// </summary>
internal sealed class BenchClustersCommand : Command<BenchClustersCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--sizes <LIST>")]
        [Description("Comma-separated corpus sizes (default 10000,100000,1000000).")]
        public string Sizes { get; init; } = "10000,100000,1000000";

        [CommandOption("--seed <S>")]
        [Description("Seed of the synthetic corpus.")]
        public int Seed { get; init; } = 1;

        [CommandOption("--incremental-max <N>")]
        [Description("Measure incremental-update agreement for sizes up to N ads (default 100000; it refits twice).")]
        public int IncrementalMax { get; init; } = 100_000;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var inv = CultureInfo.InvariantCulture;
        var sizes = settings.Sizes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.Parse(s, inv)).ToArray();
        var results = new List<ClusterBenchResult>();
        foreach (var size in sizes)
        {
            var dir = Path.Combine(Path.GetTempPath(), "workbench-bench-clusters-" + Guid.NewGuid().ToString("N")[..8]);
            try
            {
                Console.WriteLine($"{size:N0} ads: generating and ingesting …");
                var prepared = Child<PreparedCorpus>("clusters-prepare", "--ads", size.ToString(inv), "--seed", settings.Seed.ToString(inv), "--dir", dir);
                Console.WriteLine($"{size:N0} ads: clustering …");
                var result = Child<ClusterBenchResult>("clusters-one", "--dir", dir, "--incremental", (size <= settings.IncrementalMax).ToString(inv));
                results.Add(result with { GenerateSeconds = prepared.GenerateSeconds, IngestSeconds = prepared.IngestSeconds });
            }
            finally
            {
                try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
            }
        }

        var table = new Table().AddColumns("ads", "end to end s", "ads/s", "CPU s", "peak MiB");
        var stageNames = results.SelectMany(r => r.Stages.Select(s => s.Stage)).Distinct().ToList();
        foreach (var s in stageNames) table.AddColumn(Markup.Escape(s) + " ads/s");
        foreach (var r in results)
        {
            var cells = new List<string>
            {
                r.Ads.ToString("N0", inv), r.EndToEndSeconds.ToString("F1", inv), (r.Ads / r.EndToEndSeconds).ToString("N0", inv),
                r.CpuSeconds.ToString("F1", inv), (r.PeakWorkingSetBytes / 1048576.0).ToString("N0", inv),
            };
            foreach (var name in stageNames)
            {
                var seconds = r.Stages.Where(s => s.Stage == name).Sum(s => s.Seconds);
                cells.Add(seconds > 0 ? (r.Ads / seconds).ToString("N0", inv) : "-");
            }
            table.AddRow([.. cells]);
        }
        AnsiConsole.Write(table);

        var quality = new Table().AddColumns("ads", "micro-clusters", "ARI templates", "precision", "recall", "ARI per actor type (templates)", "ARI actors", "ARI meta", "update agreement ARI", "generate s", "ingest s");
        foreach (var r in results)
        {
            quality.AddRow(
                r.Ads.ToString("N0", inv), r.MicroClusters.ToString("N0", inv), r.TemplatesAri.ToString("F3", inv), r.TemplatesPrecision.ToString("F3", inv),
                r.TemplatesRecall.ToString("F3", inv), Markup.Escape(string.Join(" ", r.ByType.Select(t => $"{t.Key} {t.Value.ToString("F3", inv)}"))),
                r.ActorsAri.ToString("F3", inv), r.MetaAri.ToString("F3", inv), r.UpdateAgreement?.ToString("F3", inv) ?? "-",
                r.GenerateSeconds.ToString("F1", inv), r.IngestSeconds.ToString("F1", inv));
        }
        AnsiConsole.Write(quality);
        AnsiConsole.MarkupLine($"machine: {Environment.ProcessorCount} cores, load average {Markup.Escape(LoadAverage())} at the end; " +
            "targets: 1M ads end to end < 300 s, cost linear in ads, peak < 4,096 MiB, micro-cluster ARI ≥ 0.9 (templates)");
        AnsiConsole.MarkupLine("End to end = read the store, tokenize, MinHash, coarse, fine, meta-clusters, write clusters.csv, templates and tables. " +
            "CPU s above wall s means both cores worked; wall well above CPU s means the machine was shared.");
        return 0;
    }

    private static string LoadAverage()
    {
        try { return File.ReadAllText("/proc/loadavg").Split(' ')[0]; }
        catch (IOException) { return "unknown"; }
    }

    private static T Child<T>(params string[] args)
    {
        var start = SelfProcess.StartInfo(["bench", .. args]);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new UserError($"benchmark child '{args[0]}' failed: {output.ReplaceLineEndings(" ")}");
        var line = output.Split('\n').Last(l => l.TrimStart().StartsWith('{'));
        return JsonSerializer.Deserialize<T>(line)!;
    }
}

internal sealed record PreparedCorpus(double GenerateSeconds, double IngestSeconds);

internal sealed record StageSeconds(string Stage, double Seconds);

internal sealed record ClusterBenchResult(
    int Ads, double EndToEndSeconds, double CpuSeconds, long PeakWorkingSetBytes, IReadOnlyList<StageSeconds> Stages,
    int MicroClusters, double TemplatesAri, double TemplatesPrecision, double TemplatesRecall, IReadOnlyDictionary<string, double> ByType,
    double ActorsAri, double MetaAri, double? UpdateAgreement, double GenerateSeconds, double IngestSeconds);

/// <summary>Child of the benchmark: writes a synthetic corpus and ingests it into a store in a folder.</summary>
internal sealed class BenchClustersPrepareCommand : Command<BenchClustersPrepareCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--ads <N>")]
        public int Ads { get; init; } = 10_000;

        [CommandOption("--seed <S>")]
        public int Seed { get; init; } = 1;

        [CommandOption("--dir <DIR>")]
        public string Dir { get; init; } = "";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        SyntheticCorpusWriter.Write(settings.Dir, new SyntheticOptions { Ads = settings.Ads, Seed = settings.Seed });
        var generate = watch.Elapsed.TotalSeconds;
        var key = PseudonymKey.FromHex(PseudonymKey.NewHex(), "benchmark");
        using var store = AdStore.Open(Path.Combine(settings.Dir, "bench.duckdb"));
        watch.Restart();
        new Ingestor(store, key).Ingest(Path.Combine(settings.Dir, SyntheticCorpusWriter.AdsFile));
        Console.WriteLine(JsonSerializer.Serialize(new PreparedCorpus(generate, watch.Elapsed.TotalSeconds)));
        return 0;
    }
}

/// <summary>Child of the benchmark: the clusters verb's work on the prepared store, then quality against the truth.</summary>
internal sealed class BenchClustersOneCommand : Command<BenchClustersOneCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--dir <DIR>")]
        public string Dir { get; init; } = "";

        [CommandOption("--incremental <BOOL>")]
        public bool Incremental { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var self = Process.GetCurrentProcess();
        var stages = new List<StageSeconds>();
        var cpu = self.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        MicroClusterResult result;
        using (var store = AdStore.Open(Path.Combine(settings.Dir, "bench.duckdb")))
        {
            result = new MicroClusterDetector().Fit(store, new Recorder(stages)).Result;
            var write = Stopwatch.StartNew();
            var csv = Path.Combine(settings.Dir, "clusters.csv");
            ClusterFiles.WriteCsv(result, csv);
            ClusterFiles.WriteTemplates(result, ClusterFiles.TemplatesPathFor(csv));
            ClusterTables.Write(store, result);
            stages.Add(new StageSeconds("write outputs", write.Elapsed.TotalSeconds));
        }
        var endToEnd = watch.Elapsed.TotalSeconds;
        self.Refresh();
        var cpuSeconds = (self.TotalProcessorTime - cpu).TotalSeconds;
        var peak = self.PeakWorkingSet64;

        var truth = TruthFile.Read(Path.Combine(settings.Dir, SyntheticCorpusWriter.TruthFile)).ToList();
        var report = ClusterEvaluation.Evaluate(result, truth);
        double? agreement = null;
        if (settings.Incremental)
        {
            using var store = AdStore.Open(Path.Combine(settings.Dir, "bench.duckdb"));
            agreement = IncrementalEvaluation.Run(store.ReadAds().ToList()).Agreement.AdjustedRandIndex;
        }
        Console.WriteLine(JsonSerializer.Serialize(new ClusterBenchResult(
            result.Statistics.Ads, endToEnd, cpuSeconds, peak, stages, result.Clusters.Count,
            report.Templates.AdjustedRandIndex, report.Templates.PairPrecision, report.Templates.PairRecall,
            report.ByActorType.ToDictionary(t => t.Type.ToString().ToLowerInvariant(), t => Math.Round(t.Templates.AdjustedRandIndex, 4)),
            report.Actors.AdjustedRandIndex, report.Meta.AdjustedRandIndex, agreement, 0, 0)));
        return 0;
    }

    private sealed class Recorder(List<StageSeconds> stages) : IProgress<StageTiming>
    {
        public void Report(StageTiming value) => stages.Add(new StageSeconds(value.Stage, value.Elapsed.TotalSeconds));
    }
}
