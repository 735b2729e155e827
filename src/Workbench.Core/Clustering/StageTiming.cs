namespace Workbench.Clustering;

/// <summary>Time spent in one stage of a run and how many items it handled (ads or texts), for throughput figures.</summary>
/// <param name="Stage">Name of the stage.</param>
/// <param name="Elapsed">Wall-clock time.</param>
/// <param name="Items">Items handled.</param>
public sealed record StageTiming(string Stage, TimeSpan Elapsed, long Items)
{
    /// <summary>Items per second.</summary>
    public double ItemsPerSecond => Elapsed.TotalSeconds > 0 ? Items / Elapsed.TotalSeconds : double.PositiveInfinity;
}
