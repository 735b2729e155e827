using Workbench.Images;

namespace Workbench.Evaluation;

/// <summary>
/// How well perceptual hashes tell edited copies of an image from other images, on a procedurally generated set.
/// </summary>
/// <param name="Options">The settings used.</param>
/// <param name="ImagesPerSet">Hashed images per set (base images times one plus the edits).</param>
/// <param name="Hashes">One evaluation per hash kind, direct and mirror-invariant.</param>
/// <param name="CropTolerant">
/// The crop-tolerant rule over DCT hashes (<see cref="CropHashes.Distance"/> with <see cref="ImageEvaluationOptions.CropMatch"/>'s
/// windows), direct and mirror-invariant, scored and thresholded exactly as the single hashes are.
/// </param>
public sealed record ImageEvaluationResult(
    ImageEvaluationOptions Options, int ImagesPerSet, IReadOnlyList<HashEvaluation> Hashes, IReadOnlyList<HashEvaluation> CropTolerant)
{
    /// <summary>The evaluation of the crop-tolerant rule.</summary>
    public HashEvaluation ForCrops(bool mirrorInvariant = false) => CropTolerant.First(h => h.MirrorInvariant == mirrorInvariant);

    /// <summary>The evaluation of one hash kind.</summary>
    public HashEvaluation For(ImageHashKind kind, bool mirrorInvariant = false) =>
        Hashes.First(h => h.Kind == kind && h.MirrorInvariant == mirrorInvariant);
}

/// <summary>
/// One hash kind's scores. A pair is <em>same</em> when both images come from one base image (base–edit or edit–edit),
/// <em>different</em> otherwise; all pairs of the set are scored, as <c>workbench images</c> matches all pairs.
/// </summary>
/// <param name="Kind">The hash.</param>
/// <param name="MirrorInvariant">Whether distances are the smaller of direct and mirrored (mirror edits then count as same).</param>
/// <param name="SameHistogram">Test set: same pairs by distance 0–64.</param>
/// <param name="DifferentHistogram">Test set: different pairs by distance 0–64.</param>
/// <param name="Roc">Test set: one point per threshold 0–64 (a pair matches when distance ≤ threshold).</param>
/// <param name="Auc">Area under the test set's ROC curve.</param>
/// <param name="ChosenThreshold">
/// The largest threshold whose precision on the tuning set reaches <see cref="ImageEvaluationOptions.MinPrecision"/>
/// (never chosen on the test set).
/// </param>
/// <param name="TuneF1">F1 at the chosen threshold on the tuning set.</param>
/// <param name="Precision">Precision at the chosen threshold on the test set.</param>
/// <param name="Recall">Recall at the chosen threshold on the test set.</param>
/// <param name="Transforms">Test set: base-to-edit distances per edit.</param>
public sealed record HashEvaluation(
    ImageHashKind Kind,
    bool MirrorInvariant,
    IReadOnlyList<long> SameHistogram,
    IReadOnlyList<long> DifferentHistogram,
    IReadOnlyList<RocPoint> Roc,
    double Auc,
    int ChosenThreshold,
    double TuneF1,
    double Precision,
    double Recall,
    IReadOnlyList<TransformDistance> Transforms)
{
    /// <summary>The ROC point at a threshold.</summary>
    public RocPoint At(int threshold) => Roc[Math.Clamp(threshold, 0, 64)];
}

/// <summary>Scores at one threshold.</summary>
/// <param name="Threshold">Pairs at distance ≤ this match.</param>
/// <param name="TruePositiveRate">Share of same pairs that match (recall).</param>
/// <param name="FalsePositiveRate">Share of different pairs that match.</param>
/// <param name="Precision">Share of matching pairs that are same pairs (1 when nothing matches).</param>
/// <param name="TruePositives">Same pairs that match.</param>
/// <param name="FalsePositives">Different pairs that match.</param>
public sealed record RocPoint(int Threshold, double TruePositiveRate, double FalsePositiveRate, double Precision, long TruePositives, long FalsePositives);

/// <summary>Distances between base images and one edit of them (test set).</summary>
/// <param name="Transform">The edit's name.</param>
/// <param name="Family">The edit's family.</param>
/// <param name="Mean">Mean distance.</param>
/// <param name="P95">95th percentile of the distance.</param>
/// <param name="Max">Largest distance.</param>
/// <param name="RecallAtThreshold">Share of edited copies within the chosen threshold of their base.</param>
public sealed record TransformDistance(string Transform, string Family, double Mean, int P95, int Max, double RecallAtThreshold);
