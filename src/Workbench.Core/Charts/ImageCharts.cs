using Plotly.NET;
using Plotly.NET.CSharp;
using Workbench.Evaluation;
using Workbench.Images;

namespace Workbench.Charts;

/// <summary>Charts of perceptual-hash evaluations and image reuse: pure functions from results to Plotly charts.</summary>
public static class ImageCharts
{
    /// <summary>
    /// Hamming distances of same-image pairs (an image and its edited copies) and of different-image pairs, as shares
    /// of each kind, with the chosen threshold in the title.
    /// </summary>
    public static GenericChart DistanceHistogram(HashEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var distances = Enumerable.Range(0, 65).ToArray();
        double sameTotal = Math.Max(1, evaluation.SameHistogram.Sum()), differentTotal = Math.Max(1, evaluation.DifferentHistogram.Sum());
        var same = Plotly.NET.CSharp.Chart.Column<double, int, string>(
            values: evaluation.SameHistogram.Select(c => c / sameTotal), Keys: distances, Name: "same image (edited copies)");
        var different = Plotly.NET.CSharp.Chart.Column<double, int, string>(
            values: evaluation.DifferentHistogram.Select(c => c / differentTotal), Keys: distances, Name: "different images");
        var kind = evaluation.Kind == ImageHashKind.PHash ? "pHash" : "dHash";
        return Plotly.NET.CSharp.Chart.Combine([same, different]).Titled(
            $"{kind}{(evaluation.MirrorInvariant ? " (mirror-invariant)" : "")} distances; chosen threshold {evaluation.ChosenThreshold}",
            "Hamming distance (bits of 64)", "share of pairs");
    }

    /// <summary>ROC curves (true against false positive rate) of every hash kind evaluated.</summary>
    public static GenericChart Roc(ImageEvaluationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var curves = result.Hashes.Select(h => Plotly.NET.CSharp.Chart.Line<double, double, string>(
            x: h.Roc.Select(p => p.FalsePositiveRate), y: h.Roc.Select(p => p.TruePositiveRate),
            Name: $"{(h.Kind == ImageHashKind.PHash ? "pHash" : "dHash")}{(h.MirrorInvariant ? " ±mirror" : "")} (AUC {h.Auc:F4})"));
        var chart = Plotly.NET.CSharp.Chart.Combine(curves).Titled("ROC of perceptual hashes on generated images", "false positive rate", "true positive rate");
        return chart.WithXAxisStyle<double, double, string>(AxisType: StyleParam.AxisType.Log, TitleText: "false positive rate (log)");
    }

    /// <summary>Reuse groups by number of ads, stock-image candidates apart.</summary>
    public static GenericChart ReuseGroupSizes(ImageReuseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        string Bucket(int n) => n switch { 2 => "2", <= 5 => "3-5", <= 10 => "6-10", <= 30 => "11-30", <= 100 => "31-100", _ => ">100" };
        string[] buckets = ["2", "3-5", "6-10", "11-30", "31-100", ">100"];
        GenericChart Series(bool stock, string name) => Plotly.NET.CSharp.Chart.Column<int, string, string>(
            values: buckets.Select(b => result.Groups.Count(g => g.IsStockCandidate == stock && Bucket(g.AdIds.Count) == b)),
            Keys: buckets, Name: name);
        return Plotly.NET.CSharp.Chart.Combine([Series(false, "reuse groups"), Series(true, "stock-image candidates")])
            .Titled("Image reuse groups by number of ads", "ads showing the image", "groups");
    }
}
