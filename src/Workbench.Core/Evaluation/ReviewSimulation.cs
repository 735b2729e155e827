using System.Diagnostics;
using Workbench.Review;

namespace Workbench.Evaluation;

/// <summary>One point of a learning curve.</summary>
/// <param name="Labels">Labels spent.</param>
/// <param name="Recall">Share of truly organized candidates flagged (labelled positives count as flagged).</param>
/// <param name="Precision">Share of flagged candidates that are organized in truth.</param>
/// <param name="Flagged">Candidates flagged.</param>
/// <param name="PositivesFound">Organized candidates among the labelled ones.</param>
/// <param name="RecallAtPrecision">
/// Recall of the longest head of the ranking (labelled positives, then unlabelled by probability, labelled negatives
/// last) whose precision stays at or above the floor: recall that cannot be bought by flagging everything.
/// </param>
public sealed record CurvePoint(int Labels, double Recall, double Precision, int Flagged, int PositivesFound, double RecallAtPrecision);

/// <summary>One strategy's run.</summary>
/// <param name="Strategy">"uncertainty", "relevance", "mixed" (the <see cref="QueueStrategy"/> in lower case) or "random".</param>
/// <param name="Points">The curve, after the cold start (0 labels) and after each batch.</param>
/// <param name="LabelsToTargetRecall">Labels spent when recall first reached the target, or null within the budget.</param>
/// <param name="FinalAudit">The bias audit of the final flags.</param>
/// <param name="MeanRefresh">Mean time of a queue refresh (retrain + rescore + choose a batch).</param>
/// <param name="LabelsToTargetReviewed">
/// Labels spent when the reviewer had labelled the target share of the organized candidates themselves (recall of the
/// review, as in technology-assisted review), or null within the budget.
/// </param>
public sealed record SimulationRun(string Strategy, IReadOnlyList<CurvePoint> Points, int? LabelsToTargetRecall, BiasAuditResult FinalAudit, TimeSpan MeanRefresh, int? LabelsToTargetReviewed);

/// <summary>Settings for <see cref="ReviewSimulation"/>.</summary>
public sealed record ReviewSimulationOptions
{
    /// <summary>Most labels the simulated reviewer gives.</summary>
    public int Budget { get; init; } = 300;

    /// <summary>Labels per queue refresh.</summary>
    public int BatchSize { get; init; } = 10;

    /// <summary>Recall whose label cost is reported (as <see cref="CurvePoint.RecallAtPrecision"/>).</summary>
    public double TargetRecall { get; init; } = 0.9;

    /// <summary>The precision floor of <see cref="CurvePoint.RecallAtPrecision"/>.</summary>
    public double PrecisionFloor { get; init; } = 0.8;

    /// <summary>Seed of the random order.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>The learner's settings; its <see cref="ActiveLearningOptions.Strategy"/> is the run reported as <see cref="ReviewSimulationResult.Active"/>.</summary>
    public ActiveLearningOptions Learner { get; init; } = new();

    /// <summary>Queue strategies run besides random order (the learner's own is always run).</summary>
    public IReadOnlyList<QueueStrategy> Strategies { get; init; } = [QueueStrategy.Uncertainty, QueueStrategy.Relevance, QueueStrategy.Mixed];
}

/// <summary>Every strategy's run, the weak-supervision cold start and the audit at the start.</summary>
/// <param name="Candidates">Candidates (micro-clusters).</param>
/// <param name="Positives">Organized candidates in truth.</param>
/// <param name="Runs">One run per queue strategy, in <see cref="ReviewSimulationOptions.Strategies"/> order, then random order.</param>
/// <param name="Default">The strategy of the learner's options: its run is <see cref="Active"/>.</param>
/// <param name="Weak">The weak-supervision fit (the cold start).</param>
/// <param name="ColdStartAudit">The bias audit of the label model's flags alone.</param>
public sealed record ReviewSimulationResult(int Candidates, int Positives, IReadOnlyList<SimulationRun> Runs, QueueStrategy Default, WeakSupervisionResult Weak, BiasAuditResult ColdStartAudit)
{
    /// <summary>The run of the learner's configured strategy.</summary>
    public SimulationRun Active => Run(ReviewSimulation.Name(Default));

    /// <summary>The random-order run.</summary>
    public SimulationRun Random => Run("random");

    /// <summary>A run by strategy name.</summary>
    public SimulationRun Run(string strategy) => Runs.First(r => r.Strategy == strategy);
}

/// <summary>
/// The simulation harness: the <see cref="ReviewOracle"/> answers the queue batch by batch, once per queue strategy,
/// and the same learner is fed in random order for comparison; the learner retrains after every batch, as it would
/// between a reviewer's pages. Recall and precision after each batch make the learning curves.
/// </summary>
public static class ReviewSimulation
{
    /// <summary>Runs every queue strategy and random order on the same candidates.</summary>
    public static ReviewSimulationResult Run(IReadOnlyList<ReviewCandidate> candidates, ReviewOracle oracle, ReviewSimulationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(oracle);
        options ??= new();
        var weak = WeakSupervision.Fit(candidates);
        var cold = BiasAuditResult.Compute(candidates, [.. weak.Probabilities.Select(p => p >= options.Learner.FlagThreshold)], oracle);
        var runs = new List<SimulationRun>();
        foreach (var strategy in options.Strategies.Append(options.Learner.Strategy).Distinct())
        {
            var learnerOptions = options.Learner with { Strategy = strategy };
            runs.Add(One(Name(strategy), candidates, oracle, weak, options, learnerOptions, l => l.Queue(options.BatchSize).Select(q => q.Index)));
        }
        var order = Enumerable.Range(0, candidates.Count).ToArray();
        new Random(options.Seed).Shuffle(order);
        var next = 0;
        runs.Add(One("random", candidates, oracle, weak, options, options.Learner, l =>
        {
            var batch = order.Skip(next).Take(options.BatchSize).ToList();
            next += batch.Count;
            return batch;
        }));
        return new ReviewSimulationResult(candidates.Count, oracle.Positives, runs, options.Learner.Strategy, weak, cold);
    }

    /// <summary>The run name of a queue strategy.</summary>
    public static string Name(QueueStrategy strategy) => strategy.ToString().ToLowerInvariant();

    private static SimulationRun One(string name, IReadOnlyList<ReviewCandidate> candidates, ReviewOracle oracle, WeakSupervisionResult weak,
        ReviewSimulationOptions options, ActiveLearningOptions learnerOptions, Func<ActiveLearner, IEnumerable<int>> choose)
    {
        var learner = new ActiveLearner(candidates, weak, learnerOptions);
        // Cold start: the classifier fit on the label model's pseudo-labels alone chooses the first batch.
        learner.Retrain();
        var points = new List<CurvePoint> { Point(learner, oracle, options) };
        var refresh = TimeSpan.Zero;
        var refreshes = 0;
        var budget = Math.Min(options.Budget, candidates.Count);
        while (learner.Labels.Count < budget)
        {
            var sw = Stopwatch.StartNew();
            var batch = choose(learner).Take(budget - learner.Labels.Count).ToList();
            refresh += sw.Elapsed;
            if (batch.Count == 0) break;
            foreach (var i in batch) learner.AddLabel(i, oracle.Organized[i]);
            sw.Restart();
            learner.Retrain();
            refresh += sw.Elapsed;
            refreshes++;
            points.Add(Point(learner, oracle, options));
        }
        var reached = points.FirstOrDefault(p => p.RecallAtPrecision >= options.TargetRecall);
        var reviewed = points.FirstOrDefault(p => p.PositivesFound >= options.TargetRecall * oracle.Positives);
        var audit = BiasAuditResult.Compute(candidates, Flags(learner, options), oracle);
        return new SimulationRun(name, points, reached?.Labels, audit, refreshes == 0 ? TimeSpan.Zero : refresh / refreshes, reviewed?.Labels);
    }

    /// <summary>Flags: a labelled candidate as labelled, any other when the model's probability reaches the threshold.</summary>
    public static bool[] Flags(ActiveLearner learner, ReviewSimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(learner);
        ArgumentNullException.ThrowIfNull(options);
        var p = learner.Probabilities;
        var flags = new bool[p.Count];
        for (var i = 0; i < p.Count; i++) flags[i] = learner.Labels.TryGetValue(i, out var y) ? y : p[i] >= options.Learner.FlagThreshold;
        return flags;
    }

    private static CurvePoint Point(ActiveLearner learner, ReviewOracle oracle, ReviewSimulationOptions options)
    {
        var flags = Flags(learner, options);
        int tp = 0, fl = 0;
        for (var i = 0; i < flags.Length; i++)
        {
            if (!flags[i]) continue;
            fl++;
            if (oracle.Organized[i]) tp++;
        }
        var pos = Math.Max(1, oracle.Positives);
        var p = learner.Probabilities;
        double Rank(int i) => learner.Labels.TryGetValue(i, out var y) ? (y ? 2 : -1) : p[i];
        var order = Enumerable.Range(0, flags.Length).OrderByDescending(Rank).ThenBy(i => i).ToArray();
        int hits = 0, best = 0;
        for (var k = 0; k < order.Length; k++)
        {
            if (oracle.Organized[order[k]]) hits++;
            if (hits >= (k + 1) * options.PrecisionFloor) best = hits;
        }
        return new CurvePoint(learner.Labels.Count, tp / (double)pos, fl == 0 ? 0 : tp / (double)fl, fl, learner.Labels.Count(kv => kv.Value), best / (double)pos);
    }
}
