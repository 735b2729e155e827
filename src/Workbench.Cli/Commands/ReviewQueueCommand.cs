using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Workbench.Clustering;
using Workbench.Review;

namespace Workbench.Cli.Commands;

/// <summary><c>workbench labels queue</c>: the next micro-clusters to review, with the model's probability and the reason.</summary>
internal sealed class ReviewQueueCommand : Command<ReviewQueueCommand.Settings>
{
    public sealed class Settings : AnalysisSettings
    {
        [CommandOption("--labels <FILE|postgres>")]
        [Description("The label store (SQLite file, or 'postgres' for WORKBENCH_LABELS_PG).")]
        public string Labels { get; init; } = "labels.db";

        [CommandOption("--top <N>")]
        [Description("Queue length (default 20).")]
        public int Top { get; init; } = 20;

        [CommandOption("--out <FILE>")]
        [Description("Also write the queue as CSV (rank,micro_cluster_id,probability,uncertainty,diversity,priority,reason).")]
        public string? Out { get; init; }

        public override ValidationResult Validate() => Top < 1 ? ValidationResult.Error("--top must be at least 1") : base.Validate();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var inv = CultureInfo.InvariantCulture;
        using var input = settings.Open();
        var ads = input.Store.ReadAds().ToList();
        var clusters = new MicroClusterDetector().Fit(ads).Result;
        using var store = new LabelsSettings { Labels = settings.Labels }.OpenLabels();
        var session = ReviewSession.Start(ads, clusters, store);
        var queue = session.Queue(settings.Top);
        Console.WriteLine($"{session.Candidates.Count:N0} micro-clusters, {session.Learner.Labels.Count:N0} labelled (from {store.Location}); model {(session.Learner.Trained ? "trained" : "from labelling functions only")}");
        var table = new Table().AddColumns("rank", "cluster", "ads", "p(organized)", "why queued");
        foreach (var q in queue) table.AddRow(q.Rank.ToString(inv), q.ClusterId.ToString(inv), session.Candidate(q.ClusterId).AdIds.Count.ToString(inv), q.Probability.ToString("F2", inv), Markup.Escape(q.Reason));
        AnsiConsole.Write(table);
        if (settings.Out is not null)
        {
            using var w = new StreamWriter(settings.Out);
            w.Write("rank,micro_cluster_id,probability,uncertainty,diversity,priority,reason\n");
            foreach (var q in queue) w.Write(string.Create(inv, $"{q.Rank},{q.ClusterId},{q.Probability:F4},{q.Uncertainty:F4},{q.Diversity:F4},{q.Priority:F4},\"{q.Reason.Replace("\"", "\"\"", StringComparison.Ordinal)}\"\n"));
        }
        Console.WriteLine("A place in the queue means the model wants a reviewer's judgement, not that the cluster shows organized activity.");
        return 0;
    }
}
