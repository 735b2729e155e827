using Plotly.NET;
using Plotly.NET.CSharp;
using Workbench.Evaluation;
using Workbench.Review;

namespace Workbench.Charts;

/// <summary>
/// Charts of the review loop: learning curves against random order, the labelling functions' coverage and conflicts,
/// and the model's probabilities. Pure functions of results, shared by the report, the notebook and the paper figure.
/// </summary>
public static class ReviewCharts
{
    /// <summary>
    /// Labels spent against recall of organized clusters (at precision ≥ the floor) and against precision of the flags,
    /// for the active queue and for random order. The gap between the recall lines is the labels the queue saves.
    /// </summary>
    public static GenericChart LearningCurves(ReviewSimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return LearningCurves(result.Active.Points, result.Random.Points, result.Positives, result.Candidates);
    }

    /// <summary>The learning curves from their points (for figures that store only the curves).</summary>
    public static GenericChart LearningCurves(IReadOnlyList<CurvePoint> active, IReadOnlyList<CurvePoint> random, int positives, int candidates)
    {
        ArgumentNullException.ThrowIfNull(active);
        ArgumentNullException.ThrowIfNull(random);
        GenericChart Line(IReadOnlyList<CurvePoint> run, Func<CurvePoint, double> y, string name, bool dashed) =>
            Plotly.NET.CSharp.Chart.Line<int, double, string>(x: run.Select(p => p.Labels), y: run.Select(y), Name: name,
                LineDash: dashed ? StyleParam.DrawingStyle.Dash : StyleParam.DrawingStyle.Solid);
        var chart = Plotly.NET.CSharp.Chart.Combine(
        [
            Line(active, p => p.RecallAtPrecision, "active: recall at precision ≥ 0.8", false),
            Line(random, p => p.RecallAtPrecision, "random: recall at precision ≥ 0.8", false),
            Line(active, p => p.Precision, "active: precision of flags", true),
            Line(random, p => p.Precision, "random: precision of flags", true),
        ]);
        return chart.Titled($"Learning curves: {positives} organized of {candidates:N0} micro-clusters", "labels spent", "recall / precision");
    }

    /// <summary>Coverage, overlap and conflict of each labelling function (share of candidates).</summary>
    public static GenericChart LabellingFunctions(WeakSupervisionResult weak)
    {
        ArgumentNullException.ThrowIfNull(weak);
        var names = weak.Summaries.Select(s => s.Name).ToArray();
        GenericChart Bar(Func<LabellingFunctionSummary, double> v, string name) =>
            Plotly.NET.CSharp.Chart.Column<double, string, string>(values: weak.Summaries.Select(v), Keys: names, Name: name);
        return Plotly.NET.CSharp.Chart.Combine([Bar(s => s.Coverage, "coverage"), Bar(s => s.Overlap, "overlap"), Bar(s => s.Conflict, "conflict")])
            .Titled("Labelling functions: where they vote and where they disagree", "labelling function", "share of micro-clusters");
    }

    /// <summary>Histogram of the model's P(organized) over unlabelled candidates: uncertainty picks work on the mass near 0.5, relevance picks on the top tail.</summary>
    public static GenericChart Uncertainty(ActiveLearner learner)
    {
        ArgumentNullException.ThrowIfNull(learner);
        var p = learner.Probabilities.Where((_, i) => !learner.Labels.ContainsKey(i)).ToArray();
        return Plotly.NET.CSharp.Chart.Histogram<double, double, string>(X: p, Name: "unlabelled micro-clusters", NBinsX: 20)
            .Titled($"Model probability over {p.Length:N0} unlabelled micro-clusters ({learner.Labels.Count} labelled)", "P(signals of organized activity)", "micro-clusters");
    }

    /// <summary>Review progress: labels given in order, and how many of them rated organized activity 4–5 or 1–2.</summary>
    public static GenericChart Progress(IReadOnlyList<Label> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var ordered = labels.OrderBy(l => l.LabelledAt).ToList();
        var x = Enumerable.Range(1, ordered.Count).ToArray();
        int yes = 0, no = 0;
        var yesLine = new int[ordered.Count];
        var noLine = new int[ordered.Count];
        for (var i = 0; i < ordered.Count; i++)
        {
            if (ordered[i].OrganizedActivity >= 4) yes++;
            if (ordered[i].OrganizedActivity <= 2) no++;
            yesLine[i] = yes;
            noLine[i] = no;
        }
        return Plotly.NET.CSharp.Chart.Combine(
        [
            Plotly.NET.CSharp.Chart.Line<int, int, string>(x: x, y: yesLine, Name: "rated 4–5 (signals of organized activity)"),
            Plotly.NET.CSharp.Chart.Line<int, int, string>(x: x, y: noLine, Name: "rated 1–2"),
        ]).Titled($"Review progress: {ordered.Count} current labels", "labels given", "labels");
    }
}
