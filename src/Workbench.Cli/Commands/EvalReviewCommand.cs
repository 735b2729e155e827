using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Workbench.Clustering;
using Workbench.Data;
using Workbench.Evaluation;
using Workbench.Review;
using Workbench.Synthetic;

namespace Workbench.Cli.Commands;

/// <summary>
/// <c>workbench eval review</c>: the simulated reviewer answers the active-learning queue under each strategy
/// (uncertainty, relevance, mixed) and a random order, on several corpus seeds; prints per strategy the labels needed to
/// reach the target recall, the ratio to random and the precision (mean and range over seeds), then for the first seed
/// the weak-supervision report, the learning curves and the bias audit of the default strategy.
/// </summary>
internal sealed class EvalReviewCommand : Command<EvalReviewCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--ads <N>")]
        [Description("Size of the synthetic corpus generated in memory (default 10000).")]
        public int Ads { get; init; } = 10_000;

        [CommandOption("--seed <S>")]
        [Description("First seed of the corpus and of the random order (default 1).")]
        public int Seed { get; init; } = 1;

        [CommandOption("--seeds <N>")]
        [Description("Number of seeds, from --seed on, each a new corpus and random order (default 3).")]
        public int Seeds { get; init; } = 3;

        [CommandOption("--preset <NAME>")]
        [Description("default, or organized-heavy.")]
        public string Preset { get; init; } = "default";

        [CommandOption("--budget <N>")]
        [Description("Most labels the simulated reviewer gives (default 300).")]
        public int Budget { get; init; } = 300;

        [CommandOption("--batch <N>")]
        [Description("Labels per queue refresh (default 10).")]
        public int Batch { get; init; } = 10;

        [CommandOption("--curves <FILE>")]
        [Description("Also write every learning curve as CSV (seed,strategy,labels,recall_at_precision,recall,precision,flagged).")]
        public string? Curves { get; init; }

        public override ValidationResult Validate()
        {
            if (Ads < 100) return ValidationResult.Error("--ads must be at least 100");
            if (Seeds < 1) return ValidationResult.Error("--seeds must be at least 1");
            if (Budget < 1 || Batch < 1) return ValidationResult.Error("--budget and --batch must be at least 1");
            if (Preset is not ("default" or "organized-heavy")) return ValidationResult.Error("--preset must be default or organized-heavy");
            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var results = new List<(int Seed, ReviewSimulationResult Result)>();
        for (var seed = settings.Seed; seed < settings.Seed + settings.Seeds; seed++)
        {
            var (ads, truth) = EvalClustersCommand.Synthetic(GenerateCommand.Options(settings.Preset, settings.Ads, seed));
            var result = Simulate(ads, truth, new ReviewSimulationOptions { Budget = settings.Budget, BatchSize = settings.Batch, Seed = seed });
            Console.WriteLine($"corpus: synthetic, {settings.Preset}, {settings.Ads:N0} ads, seed {seed}: {result.Candidates:N0} micro-clusters, {result.Positives:N0} organized; " +
                $"labels to 0.9 recall {string.Join(", ", result.Runs.Select(r => $"{r.Strategy} {r.LabelsToTargetRecall?.ToString(CultureInfo.InvariantCulture) ?? "> " + settings.Budget}"))}");
            results.Add((seed, result));
        }
        PrintStrategies(results, settings.Budget);
        Console.WriteLine($"details for seed {results[0].Seed}:");
        Print(results[0].Result);
        if (settings.Curves is not null)
        {
            File.WriteAllText(settings.Curves, CurvesCsv(results));
            Console.WriteLine($"curves: {settings.Curves}");
        }
        return 0;
    }

    /// <summary>One row per strategy: labels to the target recall, ratio to random and precision, mean and range over seeds.</summary>
    internal static void PrintStrategies(IReadOnlyList<(int Seed, ReviewSimulationResult Result)> results, int budget)
    {
        var inv = CultureInfo.InvariantCulture;
        var first = results[0].Result;
        string Stat(IReadOnlyList<double> v, string format) => v.Count == 0 ? "n/a"
            : v.Count == 1 ? v[0].ToString(format, inv) : $"{v.Average().ToString(format, inv)} ({v.Min().ToString(format, inv)}–{v.Max().ToString(format, inv)})";
        // Plain aligned text rather than a table: the rows stay readable in a log or a redirected 80-column console.
        var rows = new List<string[]> { new[] { "strategy", "labels to 0.9", "reached", "ratio to random", "ratio of means", "precision at 0.9", "precision at end", "labels to 0.9 reviewed" } };
        var random = results.Select(r => (double)(r.Result.Random.LabelsToTargetRecall ?? budget)).Average();
        foreach (var run in first.Runs)
        {
            var name = run.Strategy;
            var runs = results.Select(r => r.Result.Run(name)).ToList();
            // Not reached within the budget: counted as the budget, so a mean is a lower bound for that strategy.
            var labels = runs.Select(r => (double)(r.LabelsToTargetRecall ?? budget)).ToList();
            var ratios = results.Select(r => (double)(r.Result.Run(name).LabelsToTargetRecall ?? budget) / (r.Result.Random.LabelsToTargetRecall ?? budget)).ToList();
            var atTarget = runs.Where(r => r.LabelsToTargetRecall is not null).Select(r => r.Points.First(p => p.Labels == r.LabelsToTargetRecall).Precision).ToList();
            var end = runs.Select(r => r.Points[^1].Precision).ToList();
            var label = name + (name == ReviewSimulation.Name(first.Default) ? " (default)" : "");
            rows.Add([label, Stat(labels, "F0"), $"{runs.Count(r => r.LabelsToTargetRecall is not null)}/{runs.Count}", name == "random" ? "1" : Stat(ratios, "F2"),
                (labels.Average() / random).ToString("F2", inv), Stat(atTarget, "F2"), Stat(end, "F2"),
                runs.All(r => r.LabelsToTargetReviewed is not null) ? Stat([.. runs.Select(r => (double)r.LabelsToTargetReviewed!.Value)], "F0") : $"> {budget} in {runs.Count(r => r.LabelsToTargetReviewed is null)}/{runs.Count}"]);
        }
        Console.WriteLine($"per strategy over {results.Count} seed(s), mean (range): labels to reach 0.9 recall at precision ≥ 0.8 (a run that does not reach it counts as {budget}); " +
            "ratio to random order per seed, and of the means (target: at most 0.33); precision of the flags (p ≥ 0.5, labelled clusters as labelled) when the target is reached and after the budget; " +
            "labels until the reviewer has labelled 0.9 of the organized clusters themselves");
        var widths = Enumerable.Range(0, rows[0].Length).Select(k => rows.Max(r => r[k].Length) + 2).ToArray();
        foreach (var r in rows) Console.WriteLine(string.Concat(r.Select((cell, k) => cell.PadRight(widths[k]))).TrimEnd());
    }

    /// <summary>Clusters, builds candidates and runs the simulation.</summary>
    internal static ReviewSimulationResult Simulate(IReadOnlyList<Ad> ads, IReadOnlyList<AdTruth> truth, ReviewSimulationOptions options)
    {
        var clusters = new MicroClusterDetector().Fit(ads).Result;
        var candidates = ReviewFeatures.Build(ads, clusters);
        var oracle = ReviewOracle.FromTruth(candidates, truth);
        return ReviewSimulation.Run(candidates, oracle, options);
    }

    internal static void Print(ReviewSimulationResult r)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine($"candidates: {r.Candidates:N0} micro-clusters, {r.Positives:N0} organized in truth (oracle: more than half of a cluster's ads from an organized actor)");
        Console.WriteLine($"weak supervision: {r.Weak.Functions.Count} labelling functions cover {r.Weak.Coverage.ToString("P1", inv)} of candidates; label model prior {r.Weak.Model.Prior.ToString("F3", inv)}");
        var lf = new Table().AddColumns("function", "coverage", "overlap", "conflict", "votes for", "votes against", "est. accuracy");
        foreach (var s in r.Weak.Summaries)
        {
            lf.AddRow(s.Name, s.Coverage.ToString("P1", inv), s.Overlap.ToString("P1", inv), s.Conflict.ToString("P1", inv),
                s.OrganizedVotes.ToString("N0", inv), s.NotOrganizedVotes.ToString("N0", inv), s.EstimatedAccuracy.ToString("F2", inv));
        }
        AnsiConsole.Write(lf);
        var active = r.Active.Strategy;
        var curve = new Table().AddColumns("labels", $"{active} recall@P≥0.8", $"{active} recall", $"{active} precision", "random recall@P≥0.8", "random recall", "random precision");
        var n = Math.Max(r.Active.Points.Count, r.Random.Points.Count);
        for (var i = 0; i < n; i++)
        {
            var a = i < r.Active.Points.Count ? r.Active.Points[i] : null;
            var b = i < r.Random.Points.Count ? r.Random.Points[i] : null;
            if (i > 10 && i % 5 != 0 && i != n - 1) continue;
            curve.AddRow((a ?? b)!.Labels.ToString(inv), a?.RecallAtPrecision.ToString("F3", inv) ?? "", a?.Recall.ToString("F3", inv) ?? "", a?.Precision.ToString("F3", inv) ?? "",
                b?.RecallAtPrecision.ToString("F3", inv) ?? "", b?.Recall.ToString("F3", inv) ?? "", b?.Precision.ToString("F3", inv) ?? "");
        }
        AnsiConsole.Write(curve);
        string Reach(int? l) => l is int v ? v.ToString(inv) : "not reached within the budget";
        Console.WriteLine("recall and precision: of the flags at p ≥ 0.5 (labelled clusters as labelled); recall@P≥0.8: of the longest head of the ranking with precision at least 0.8.");
        Console.WriteLine($"labels to reach 0.9 recall (at precision ≥ 0.8): {active} {Reach(r.Active.LabelsToTargetRecall)}, random {Reach(r.Random.LabelsToTargetRecall)}" +
            (r.Active.LabelsToTargetRecall is int a1 && r.Random.LabelsToTargetRecall is int b1 && b1 > 0 ? $" (ratio {((double)a1 / b1).ToString("F2", inv)}; target at most 0.33)" : ""));
        Console.WriteLine($"mean queue refresh: {active} {r.Active.MeanRefresh.TotalMilliseconds.ToString("F0", inv)} ms, random {r.Random.MeanRefresh.TotalMilliseconds.ToString("F0", inv)} ms");
        PrintAudit("bias audit, cold start (label model alone)", r.ColdStartAudit);
        PrintAudit($"bias audit, {active} (the default) after {r.Active.Points[^1].Labels} labels", r.Active.FinalAudit);
        PrintAudit($"bias audit, random after {r.Random.Points[^1].Labels} labels", r.Random.FinalAudit);
        Console.WriteLine("Flags are signals of organized activity for a reviewer to examine, not findings about any person.");
    }

    private static void PrintAudit(string title, BiasAuditResult a)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine($"{title}: false-positive rate on independents {a.IndependentFalsePositiveRate.ToString("P1", inv)} ({a.Independents:N0} clusters), " +
            $"touring independents {a.TouringFalsePositiveRate.ToString("P1", inv)} ({a.TouringIndependents:N0}), all non-organized {a.FalsePositiveRate.ToString("P1", inv)}; " +
            $"largest gap between flag rate and organized rate by stated ethnicity {a.MaxEthnicityGap.ToString("F3", inv)}");
        var t = new Table().AddColumns("stated ethnicity", "clusters", "flagged", "flag rate", "organized rate");
        foreach (var e in a.ByEthnicity) t.AddRow(Markup.Escape(e.Ethnicity), e.Clusters.ToString("N0", inv), e.Flagged.ToString("N0", inv), e.FlagRate.ToString("P1", inv), e.OrganizedRate.ToString("P1", inv));
        AnsiConsole.Write(t);
    }

    internal static string CurvesCsv(IEnumerable<(int Seed, ReviewSimulationResult Result)> results)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new System.Text.StringBuilder("seed,strategy,labels,recall_at_precision,recall,precision,flagged\n");
        foreach (var (seed, r) in results)
        {
            foreach (var run in r.Runs)
            {
                foreach (var p in run.Points) sb.Append(inv, $"{seed},{run.Strategy},{p.Labels},{p.RecallAtPrecision:F4},{p.Recall:F4},{p.Precision:F4},{p.Flagged}\n");
            }
        }
        return sb.ToString();
    }
}
