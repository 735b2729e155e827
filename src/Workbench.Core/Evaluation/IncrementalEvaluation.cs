using System.Diagnostics;
using Workbench.Clustering;
using Workbench.Data;

namespace Workbench.Evaluation;

/// <summary>
/// Measures DeltaShield-style updates against a batch fit: fit on all but the last weeks, add those weeks one by one
/// with <see cref="MicroClusterModel.Update"/>, and compare with one fit of everything.
/// </summary>
public static class IncrementalEvaluation
{
    /// <summary>Runs the comparison on <paramref name="ads"/> (any order; they are split by posting time).</summary>
    /// <param name="ads">Pseudonymized ads.</param>
    /// <param name="updateWeeks">Weeks at the end of the window that arrive as updates (at least 1).</param>
    /// <param name="options">Detector settings for both runs.</param>
    public static IncrementalReport Run(IReadOnlyList<Ad> ads, int updateWeeks = 4, MicroClusterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ads);
        ArgumentOutOfRangeException.ThrowIfLessThan(updateWeeks, 1);
        if (ads.Count == 0) throw new ArgumentException("no ads to split into a fit and updates.", nameof(ads));
        var ordered = ads.OrderBy(a => a.PostedAt).ThenBy(a => a.AdId, StringComparer.Ordinal).ToList();
        var end = ordered[^1].PostedAt;
        var cut = end.AddDays(-7 * updateWeeks);
        var initial = ordered.Where(a => a.PostedAt <= cut).ToList();
        if (initial.Count == 0) throw new ArgumentException($"all ads fall within the last {updateWeeks} weeks; nothing is left for the first fit.", nameof(ads));
        var detector = new MicroClusterDetector(options);

        var watch = Stopwatch.StartNew();
        var batch = detector.Fit(ordered);
        var batchTime = watch.Elapsed;

        watch.Restart();
        var model = detector.Fit(initial);
        var initialTime = watch.Elapsed;
        var sizes = new List<int>();
        var times = new List<TimeSpan>();
        for (var w = updateWeeks - 1; w >= 0; w--)
        {
            var from = end.AddDays(-7 * (w + 1));
            var to = end.AddDays(-7 * w);
            var week = ordered.Where(a => a.PostedAt > from && a.PostedAt <= to).ToList();
            watch.Restart();
            model = model.Update(week);
            times.Add(watch.Elapsed);
            sizes.Add(week.Count);
        }
        var agreement = ClusterEvaluation.Agreement(model.Result, batch.Result);
        return new IncrementalReport(initial.Count, sizes, agreement, batchTime, initialTime, times, batch.Result, model.Result);
    }
}
