using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Workbench.Clustering;
using Workbench.Evaluation;
using Workbench.Review;

namespace Workbench.Cli.Commands;

/// <summary>
/// <c>workbench bench review</c>: labels needed to reach 0.9 recall with the active queue against random order (target:
/// at most a third), label write latency on the embedded store and on PostgreSQL, and the queue refresh time for about
/// 10k micro-clusters (target under 2 s).
/// </summary>
internal sealed class BenchReviewCommand : Command<BenchReviewCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--ads <N>")]
        [Description("Corpus size of the label-cost simulation (default 10000).")]
        public int Ads { get; init; } = 10_000;

        [CommandOption("--seeds <LIST>")]
        [Description("Seeds of the simulation corpora (default 1,2).")]
        public string Seeds { get; init; } = "1,2";

        [CommandOption("--refresh-ads <N>")]
        [Description("Corpus size for the queue refresh (default 100000, about 10k micro-clusters; 0 to skip).")]
        public int RefreshAds { get; init; } = 100_000;

        [CommandOption("--writes <N>")]
        [Description("Labels written per store for the latency (default 300).")]
        public int Writes { get; init; } = 300;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, load average {LoadAverage()}");

        // 1. label cost
        var cost = new Table().AddColumns("corpus", "clusters", "organized", $"queue ({ReviewSimulation.Name(new ActiveLearningOptions().Strategy)}) labels to 0.9", "random labels to 0.9", "ratio");
        foreach (var preset in new[] { "default", "organized-heavy" })
        {
            foreach (var seed in settings.Seeds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, inv)))
            {
                var (ads, truth) = EvalClustersCommand.Synthetic(GenerateCommand.Options(preset, settings.Ads, seed));
                var r = EvalReviewCommand.Simulate(ads, truth, new ReviewSimulationOptions { Budget = 300, BatchSize = 10, Seed = seed, Strategies = [] });
                string L(int? l) => l?.ToString(inv) ?? "> 300";
                var ratio = r.Active.LabelsToTargetRecall is int a && r.Random.LabelsToTargetRecall is int b ? ((double)a / b).ToString("F2", inv)
                    : r.Active.LabelsToTargetRecall is int a2 ? $"< {((double)a2 / 300).ToString("F2", inv)}" : "n/a";
                cost.AddRow($"{preset}, {settings.Ads:N0} ads, seed {seed}", r.Candidates.ToString("N0", inv), r.Positives.ToString(inv), L(r.Active.LabelsToTargetRecall), L(r.Random.LabelsToTargetRecall), ratio);
            }
        }
        Console.WriteLine("labels to reach 0.9 recall at precision ≥ 0.8 (batches of 10; target: active at most a third of random)");
        AnsiConsole.Write(cost);

        // 2. write latency
        var dir = Path.Combine(Path.GetTempPath(), "workbench-bench-review-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        try
        {
            using (var sqlite = SqliteLabelStore.Open(Path.Combine(dir, "labels.db"))) PrintLatency("embedded (SQLite, WAL, synchronous=FULL)", Latency(sqlite, settings.Writes));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
        if (Environment.GetEnvironmentVariable(PostgresLabelStore.ConnectionVariable) is { Length: > 0 })
        {
            var schema = "bench_" + Guid.NewGuid().ToString("N")[..8];
            using var pg = PostgresLabelStore.FromEnvironment(schema);
            PrintLatency($"PostgreSQL ({pg.Location})", Latency(pg, settings.Writes));
            using var c = new Npgsql.NpgsqlConnection(Environment.GetEnvironmentVariable(PostgresLabelStore.ConnectionVariable));
            c.Open();
            using var drop = new Npgsql.NpgsqlCommand($"DROP SCHEMA {schema} CASCADE", c);
            drop.ExecuteNonQuery();
        }
        else
        {
            Console.WriteLine($"PostgreSQL: not measured ({PostgresLabelStore.ConnectionVariable} is not set)");
        }

        // 3. queue refresh
        if (settings.RefreshAds > 0)
        {
            Console.WriteLine($"queue refresh: generating and clustering {settings.RefreshAds:N0} ads …");
            var (ads, truth) = EvalClustersCommand.Synthetic(GenerateCommand.Options("default", settings.RefreshAds, 1));
            var clusters = new MicroClusterDetector().Fit(ads).Result;
            var sw = Stopwatch.StartNew();
            var candidates = ReviewFeatures.Build(ads, clusters);
            var weak = WeakSupervision.Fit(candidates);
            var learner = new ActiveLearner(candidates, weak);
            var setup = sw.Elapsed;
            var oracle = ReviewOracle.FromTruth(candidates, truth);
            var times = new List<double>();
            for (var round = 0; round < 6; round++)
            {
                foreach (var q in learner.Queue(20)) learner.AddLabel(q.Index, oracle.Organized[q.Index]);
                sw.Restart();
                learner.Retrain();
                var queue = learner.Queue(20);
                times.Add(sw.Elapsed.TotalSeconds);
                _ = queue;
            }
            Console.WriteLine($"queue refresh for {candidates.Count:N0} micro-clusters: retrain + rescore + choose 20: median {Median(times).ToString("F2", inv)} s, max {times.Max().ToString("F2", inv)} s " +
                $"(target < 2 s); one-off features, labelling functions and featurization {setup.TotalSeconds.ToString("F1", inv)} s");
        }
        return 0;
    }

    private static List<double> Latency(ILabelStore store, int writes)
    {
        var ms = new List<double>(writes);
        for (var i = 0; i < writes; i++)
        {
            var label = Label.New(LabelTargetKind.MicroCluster, i.ToString(CultureInfo.InvariantCulture), "rv_bench", "benchmark label", organizedActivity: 1 + (i % 5));
            var sw = Stopwatch.StartNew();
            store.Create(label);
            ms.Add(sw.Elapsed.TotalMilliseconds);
        }
        return ms;
    }

    private static void PrintLatency(string name, List<double> ms)
    {
        var inv = CultureInfo.InvariantCulture;
        var sorted = ms.Order().ToList();
        Console.WriteLine($"label write latency, {name}: {ms.Count} committed creates, median {Median(ms).ToString("F2", inv)} ms, " +
            $"p95 {sorted[(int)(0.95 * (sorted.Count - 1))].ToString("F2", inv)} ms, max {sorted[^1].ToString("F2", inv)} ms");
    }

    private static double Median(List<double> v)
    {
        var s = v.Order().ToList();
        return s.Count == 0 ? 0 : s.Count % 2 == 1 ? s[s.Count / 2] : (s[(s.Count / 2) - 1] + s[s.Count / 2]) / 2;
    }

    private static string LoadAverage()
    {
        try { return File.ReadAllText("/proc/loadavg").Split(' ')[0]; }
        catch (IOException) { return "n/a"; }
    }
}
