namespace Workbench.Anomalies;

/// <summary>
/// Settings of spike and change detection. Defaults are conventional choices, not tuned to any corpus: a CUSUM with
/// reference value 0.5 and decision interval 5 (in robust standard units) and a false discovery rate of 5%.
/// </summary>
public sealed record SpikeOptions
{
    /// <summary>Weeks either side whose same weekday forms a day's seasonal baseline (median of up to 2 × this values).</summary>
    public int SeasonWeeks { get; init; } = 4;

    /// <summary>CUSUM reference value k: drift absorbed per day, in robust standard units.</summary>
    public double CusumK { get; init; } = 0.5;

    /// <summary>CUSUM decision interval h, in robust standard units.</summary>
    public double CusumH { get; init; } = 5.0;

    /// <summary>Longest window reported; a longer rise is a level change, reported as its first <c>MaxWindowDays</c>.</summary>
    public int MaxWindowDays { get; init; } = 28;

    /// <summary>Days at the start skipped for arrival metrics, where every advertiser is "new" (also the baseline's warm-up).</summary>
    public int BurnInDays { get; init; } = 28;

    /// <summary>
    /// Days at the start skipped for ads and advertisers: the first days of a scrape hold the backlog of ads already
    /// online, and a baseline there has references on one side only.
    /// </summary>
    public int EdgeDays { get; init; } = 7;

    /// <summary>Series whose median daily baseline is below this are not tested (too few counts to say anything).</summary>
    public double MinBaselinePerDay { get; init; } = 3.0;

    /// <summary>Benjamini–Hochberg false discovery rate across all windows of all series.</summary>
    public double FdrLevel { get; init; } = 0.05;

    /// <summary>Confidence level of effect intervals.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Which series are tested.</summary>
    public IReadOnlyList<SeriesMetric> Metrics { get; init; } = [SeriesMetric.Ads, SeriesMetric.Advertisers, SeriesMetric.NewArrivals];

    /// <summary>Which levels are tested.</summary>
    public IReadOnlyList<SeriesLevel> Levels { get; init; } = [SeriesLevel.City, SeriesLevel.Province, SeriesLevel.Site];

    internal void Validate()
    {
        if (SeasonWeeks < 1) throw new ArgumentException("SeasonWeeks must be at least 1");
        if (CusumK < 0 || CusumH <= 0) throw new ArgumentException("CusumK must be ≥ 0 and CusumH > 0");
        if (MaxWindowDays < 1) throw new ArgumentException("MaxWindowDays must be at least 1");
        if (BurnInDays < 0 || EdgeDays < 0) throw new ArgumentException("BurnInDays and EdgeDays must be ≥ 0");
        if (FdrLevel is <= 0 or >= 1) throw new ArgumentException("FdrLevel must be in (0, 1)");
        if (ConfidenceLevel is <= 0 or >= 1) throw new ArgumentException("ConfidenceLevel must be in (0, 1)");
    }
}
