using Workbench.Clustering;

namespace Workbench.Evaluation;

/// <summary>How close incremental updates stay to a batch fit of the same ads.</summary>
/// <param name="InitialAds">Ads of the first fit.</param>
/// <param name="UpdateAds">Ads added by each update, in order.</param>
/// <param name="Agreement">The incremental partition scored against the batch one (ARI, pair precision and recall).</param>
/// <param name="BatchTime">Time of the batch fit of all ads.</param>
/// <param name="InitialTime">Time of the first fit.</param>
/// <param name="UpdateTimes">Time of each update.</param>
/// <param name="Batch">The batch result.</param>
/// <param name="Incremental">The result after the last update.</param>
public sealed record IncrementalReport(
    int InitialAds, IReadOnlyList<int> UpdateAds, PartitionScore Agreement, TimeSpan BatchTime, TimeSpan InitialTime,
    IReadOnlyList<TimeSpan> UpdateTimes, MicroClusterResult Batch, MicroClusterResult Incremental);
