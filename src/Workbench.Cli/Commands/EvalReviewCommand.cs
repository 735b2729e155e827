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
/// <c>workbench eval review</c>: the simulated reviewer answers the active-learning queue and a random order; prints
/// the weak-supervision report, both learning curves, the labels needed to reach the target recall and the bias audit.
/// </summary>
internal sealed class EvalReviewCommand : Command<EvalReviewCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--ads <N>")]
        [Description("Size of the synthetic corpus generated in memory (default 10000).")]
        public int Ads { get; init; } = 10_000;

        [CommandOption("--seed <S>")]
        [Description("Seed of the corpus and of the random order (default 1).")]
        public int Seed { get; init; } = 1;

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
        [Description("Also write both learning curves as CSV (strategy,labels,recall_at_precision,recall,precision,flagged).")]
        public string? Curves { get; init; }

        public override ValidationResult Validate()
        {
            if (Ads < 100) return ValidationResult.Error("--ads must be at least 100");
            if (Budget < 1 || Batch < 1) return ValidationResult.Error("--budget and --batch must be at least 1");
            if (Preset is not ("default" or "organized-heavy")) return ValidationResult.Error("--preset must be default or organized-heavy");
            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var (ads, truth) = EvalClustersCommand.Synthetic(GenerateCommand.Options(settings.Preset, settings.Ads, settings.Seed));
        Console.WriteLine($"corpus: synthetic, {settings.Preset}, {settings.Ads:N0} ads, seed {settings.Seed}");
        var result = Simulate(ads, truth, new ReviewSimulationOptions { Budget = settings.Budget, BatchSize = settings.Batch, Seed = settings.Seed });
        Print(result);
        if (settings.Curves is not null)
        {
            File.WriteAllText(settings.Curves, CurvesCsv(result));
            Console.WriteLine($"curves: {settings.Curves}");
        }
        return 0;
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
        var curve = new Table().AddColumns("labels", "active recall@P≥0.8", "active recall", "active precision", "random recall@P≥0.8", "random recall", "random precision");
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
        Console.WriteLine($"labels to reach 0.9 recall (at precision ≥ 0.8): active {Reach(r.Active.LabelsToTargetRecall)}, random {Reach(r.Random.LabelsToTargetRecall)}" +
            (r.Active.LabelsToTargetRecall is int a1 && r.Random.LabelsToTargetRecall is int b1 && b1 > 0 ? $" (ratio {((double)a1 / b1).ToString("F2", inv)}; target at most 0.33)" : ""));
        Console.WriteLine($"mean queue refresh: active {r.Active.MeanRefresh.TotalMilliseconds.ToString("F0", inv)} ms, random {r.Random.MeanRefresh.TotalMilliseconds.ToString("F0", inv)} ms");
        PrintAudit("bias audit, cold start (label model alone)", r.ColdStartAudit);
        PrintAudit($"bias audit, active after {r.Active.Points[^1].Labels} labels", r.Active.FinalAudit);
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

    internal static string CurvesCsv(ReviewSimulationResult r)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new System.Text.StringBuilder("strategy,labels,recall_at_precision,recall,precision,flagged\n");
        foreach (var run in new[] { r.Active, r.Random })
        {
            foreach (var p in run.Points) sb.Append(inv, $"{run.Strategy},{p.Labels},{p.RecallAtPrecision:F4},{p.Recall:F4},{p.Precision:F4},{p.Flagged}\n");
        }
        return sb.ToString();
    }
}
