using Workbench.Anomalies;
using Workbench.Synthetic;

namespace Workbench.Evaluation;

/// <summary>How one planted event fared: its measured window effect and whether a significant city window found it.</summary>
/// <param name="Event">The planted event.</param>
/// <param name="Ads">Event-window effect on the city's ads.</param>
/// <param name="NewArrivals">Event-window effect on the city's new arrivals.</param>
/// <param name="Detected">Whether a significant window of the event city overlaps the event (± tolerance).</param>
public sealed record EventOutcome(PlantedEvent Event, WindowEffect? Ads, WindowEffect? NewArrivals, bool Detected);

/// <summary>Detection quality against planted events.</summary>
/// <param name="Events">Every planted event inside the series.</param>
/// <param name="CityWindows">City alarms: significant city windows, those of one city that overlap merged into one (across metrics).</param>
/// <param name="TruePositives">City alarms that overlap an event that happened.</param>
/// <param name="OnQuietEvents">City alarms that overlap an event that did not happen (false alarms).</param>
/// <param name="Elsewhere">City alarms that overlap no event (false alarms on event-free periods).</param>
/// <param name="TestedCities">City series tested (baseline at least the minimum).</param>
/// <param name="Years">Length of the series in years.</param>
public sealed record AnomalyEvaluationReport(
    IReadOnlyList<EventOutcome> Events, int CityWindows, int TruePositives, int OnQuietEvents, int Elsewhere, int TestedCities, double Years)
{
    /// <summary>Share of significant city windows that overlap an event that happened.</summary>
    public double Precision => CityWindows == 0 ? double.NaN : (double)TruePositives / CityWindows;

    /// <summary>Share of happened events (inside the series) found by a significant window.</summary>
    public double Recall => Happened == 0 ? double.NaN : (double)Events.Count(e => e.Event.Happened && e.Detected) / Happened;

    /// <summary>Events that happened.</summary>
    public int Happened => Events.Count(e => e.Event.Happened);

    /// <summary>Significant windows per tested city and year outside every event window.</summary>
    public double FalseAlarmsPerCityYear => TestedCities == 0 || Years <= 0 ? double.NaN : Elsewhere / (TestedCities * Years);

    /// <summary>Events that did not happen but were flagged.</summary>
    public int QuietEventsFlagged => Events.Count(e => !e.Event.Happened && e.Detected);
}

/// <summary>Scores spike detection against the synthetic corpus's planted events (<c>events.csv</c>).</summary>
public static class AnomalyEvaluation
{
    /// <summary>
    /// Matches significant city windows (q ≤ FDR level) to planted events in the same city: a window that overlaps an
    /// event's days, widened by <paramref name="toleranceDays"/>, is a hit for an event that happened and a false alarm
    /// for one that did not; a window that overlaps no event is a false alarm on an event-free period.
    /// </summary>
    public static AnomalyEvaluationReport Evaluate(
        ActivitySeries series, IReadOnlyList<AnomalyWindow> windows, IReadOnlyList<PlantedEvent> events, SpikeOptions? options = null, int toleranceDays = 2)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(windows);
        ArgumentNullException.ThrowIfNull(events);
        options ??= new SpikeOptions();
        var last = series.DayAt(series.Days - 1);
        var inside = events.Where(e => e.EndDate >= series.Start && e.StartDate <= last).ToList();
        var significant = windows.Where(w => w.Region.Level == SeriesLevel.City && w.QValue <= options.FdrLevel).ToList();

        bool Overlaps(AnomalyWindow w, PlantedEvent e) =>
            string.Equals(w.Region.Region, e.City, StringComparison.OrdinalIgnoreCase)
            && w.Start.DayNumber <= e.EndDate.DayNumber + toleranceDays && w.End.DayNumber >= e.StartDate.DayNumber - toleranceDays;

        // One alarm per city and period: overlapping significant windows of different metrics are one flag for a reader.
        var alarms = new List<AnomalyWindow>();
        foreach (var city in significant.GroupBy(w => w.Region.Region, StringComparer.OrdinalIgnoreCase))
        {
            AnomalyWindow? open = null;
            foreach (var w in city.OrderBy(w => w.Start))
            {
                if (open is not null && w.Start <= open.End) open = open with { End = w.End > open.End ? w.End : open.End };
                else
                {
                    if (open is not null) alarms.Add(open);
                    open = w;
                }
            }
            if (open is not null) alarms.Add(open);
        }

        int tp = 0, quiet = 0, elsewhere = 0;
        foreach (var w in alarms)
        {
            var hit = inside.Where(e => Overlaps(w, e)).ToList();
            if (hit.Any(e => e.Happened)) tp++;
            else if (hit.Count > 0) quiet++;
            else elsewhere++;
        }

        var outcomes = new List<EventOutcome>();
        var detector = new SpikeDetector(options);
        foreach (var e in inside)
        {
            var key = new SeriesKey(SeriesLevel.City, e.City);
            var present = series.Keys.Contains(key);
            outcomes.Add(new EventOutcome(
                e,
                present ? Detect.EventWindow(series, key, SeriesMetric.Ads, e.StartDate, e.EndDate, options) : null,
                present ? Detect.EventWindow(series, key, SeriesMetric.NewArrivals, e.StartDate, e.EndDate, options) : null,
                significant.Any(w => Overlaps(w, e))));
        }

        var tested = 0;
        foreach (var key in series.Keys.Where(k => k.Level == SeriesLevel.City))
        {
            var baseline = detector.Scores(series, key, SeriesMetric.Ads).Baseline.Where(b => !double.IsNaN(b)).ToArray();
            if (baseline.Length > 0 && RobustBaseline.Median(baseline) >= options.MinBaselinePerDay) tested++;
        }
        return new AnomalyEvaluationReport(outcomes, alarms.Count, tp, quiet, elsewhere, tested, series.Days / 365.25);
    }

    /// <summary>
    /// Ranks the planted clusters among all scored clusters under each scorer (the mean rank of both, PCA, isolation
    /// forest): median rank, share in the top <paramref name="topFraction"/>, AUC, and each planted cluster's rank with
    /// its group. <paramref name="planted"/> maps a planted cluster's id to its group (its unusual kind, or <c>spam</c>
    /// for a secondary comparison); every other scored cluster counts as unplanted.
    /// </summary>
    /// <remarks>
    /// The mean-rank order breaks ties by cluster id, as <see cref="ClusterAnomalies.Score(string, FeatureMatrix, Func{string, int}, ClusterAnomalyOptions?)"/>
    /// does, so its ranks run 1..n like the single scorers'.
    /// </remarks>
    public static UnusualClusterReport UnusualClusters(IReadOnlyList<ClusterAnomaly> scored, IReadOnlyDictionary<string, string> planted, double topFraction = 0.05)
    {
        ArgumentNullException.ThrowIfNull(scored);
        ArgumentNullException.ThrowIfNull(planted);
        if (topFraction is <= 0 or > 1) throw new ArgumentOutOfRangeException(nameof(topFraction), "topFraction must be in (0, 1].");
        var n = scored.Count;
        var meanOrder = scored.OrderBy(c => c.MeanRank).ThenBy(c => c.ClusterId, StringComparer.Ordinal)
            .Select((c, i) => (c.ClusterId, Rank: i + 1)).ToDictionary(x => x.ClusterId, x => x.Rank, StringComparer.Ordinal);
        var scorers = new (string Name, Func<ClusterAnomaly, int> Rank)[]
        {
            ("mean rank", c => meanOrder[c.ClusterId]), ("pca", c => c.Pca.Rank), ("iforest", c => c.Forest.Rank),
        };
        var top = Math.Max(1, (int)Math.Floor(n * topFraction));
        var results = new List<ScorerRanks>();
        foreach (var (name, rankOf) in scorers)
        {
            var mine = new List<PlantedRank>();
            var others = new List<int>();
            foreach (var c in scored)
            {
                if (planted.TryGetValue(c.ClusterId, out var group)) mine.Add(new PlantedRank(c.ClusterId, group, rankOf(c)));
                else others.Add(rankOf(c));
            }
            mine.Sort((a, b) => a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank) : string.CompareOrdinal(a.ClusterId, b.ClusterId));
            var ranks = mine.Select(p => p.Rank).ToList();
            results.Add(new ScorerRanks(
                name, n, mine, Median(ranks), mine.Count == 0 ? double.NaN : (double)ranks.Count(r => r <= top) / mine.Count, Auc(ranks, others)));
        }
        var scoredIds = scored.Select(c => c.ClusterId).ToHashSet(StringComparer.Ordinal);
        var missing = planted.Where(p => !scoredIds.Contains(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new PlantedRank(p.Key, p.Value, 0)).ToList();
        return new UnusualClusterReport(n, topFraction, missing, results);
    }

    /// <summary>
    /// Area under the ROC curve of a ranking (1 = most unusual): the chance that a planted item ranks above (smaller rank)
    /// an unplanted one, ties counted half, i.e. the Mann–Whitney U statistic over n₁n₀. NaN when either list is empty.
    /// </summary>
    public static double Auc(IReadOnlyList<int> plantedRanks, IReadOnlyList<int> otherRanks)
    {
        ArgumentNullException.ThrowIfNull(plantedRanks);
        ArgumentNullException.ThrowIfNull(otherRanks);
        if (plantedRanks.Count == 0 || otherRanks.Count == 0) return double.NaN;
        var sorted = otherRanks.Order().ToArray();
        var wins = 0.0;
        foreach (var r in plantedRanks)
        {
            // Others ranked after r (larger rank) are beaten; others with the same rank tie.
            var below = UpperBound(sorted, r);
            var before = LowerBound(sorted, r);
            wins += (sorted.Length - below) + (0.5 * (below - before));
        }
        return wins / ((double)plantedRanks.Count * otherRanks.Count);
    }

    private static int LowerBound(int[] sorted, int value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (sorted[mid] < value) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static int UpperBound(int[] sorted, int value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (sorted[mid] <= value) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static double Median(List<int> sortedRanks) => sortedRanks.Count == 0
        ? double.NaN
        : sortedRanks.Count % 2 == 1
            ? sortedRanks[sortedRanks.Count / 2]
            : (sortedRanks[(sortedRanks.Count / 2) - 1] + sortedRanks[sortedRanks.Count / 2]) / 2.0;

    /// <summary>Ranks (1 = most unusual) of the clusters a predicate marks as planted-unusual, by mean rank of both scorers.</summary>
    public static IReadOnlyList<(string ClusterId, int Rank, int Of)> PlantedRanks(IReadOnlyList<ClusterAnomaly> scored, Func<string, bool> planted)
    {
        ArgumentNullException.ThrowIfNull(scored);
        ArgumentNullException.ThrowIfNull(planted);
        var ordered = scored.OrderBy(c => c.MeanRank).ThenBy(c => c.ClusterId, StringComparer.Ordinal).ToList();
        return [.. ordered.Select((c, i) => (c.ClusterId, Rank: i + 1, ordered.Count)).Where(x => planted(x.ClusterId))];
    }
}
