using System.Globalization;
using Deedle;
using Workbench.Prevalence;
using Workbench.Reference;

namespace Workbench.Anomalies;

/// <summary>
/// Daily counts of ads, distinct advertisers and new arrivals per city, province and site: the series on which spikes,
/// change points and event windows are measured. Kept as dense arrays (one row per region, one column per day) so that
/// every city of a million-ad corpus is counted in one pass; <c>Frame</c> gives the Deedle view notebooks use.
/// </summary>
/// <remarks>
/// The advertiser unit is the phone-linked unit (<see cref="PhoneUnits"/>): ads that share a phone token, directly or
/// through a chain, are one advertiser; ads without a phone count as ads but never as advertisers. Given an
/// <see cref="IClusterAssignment"/>, the cluster of an ad replaces its phone unit (e.g. meta-clusters), which is how
/// a better advertiser definition plugs in later. A "new arrival" is an advertiser first seen in that region; the
/// first weeks of any corpus are all arrivals, so detectors skip a burn-in (<see cref="SpikeOptions.BurnInDays"/>).
/// </remarks>
public sealed class ActivitySeries
{
    private readonly Dictionary<(SeriesLevel, string), int> _index;

    private ActivitySeries(DateOnly start, int days, IReadOnlyList<SeriesKey> keys, double[][][] counts)
    {
        Start = start;
        Days = days;
        Keys = keys;
        _counts = counts;
        _index = new Dictionary<(SeriesLevel, string), int>();
        for (var i = 0; i < keys.Count; i++) _index[(keys[i].Level, keys[i].Region)] = i;
    }

    private readonly double[][][] _counts; // [series][metric][day]

    /// <summary>First day (UTC) of every series.</summary>
    public DateOnly Start { get; }

    /// <summary>Number of days of every series.</summary>
    public int Days { get; }

    /// <summary>The regions counted, cities first (most ads first within a level).</summary>
    public IReadOnlyList<SeriesKey> Keys { get; }

    /// <summary>The metrics every region carries.</summary>
    public static IReadOnlyList<SeriesMetric> Metrics { get; } = Enum.GetValues<SeriesMetric>();

    /// <summary>Daily values of one metric of one region (a copy is not made: do not modify).</summary>
    public ReadOnlySpan<double> Daily(SeriesKey key, SeriesMetric metric) => _counts[IndexOf(key)][(int)metric];

    internal double[] DailyArray(int series, SeriesMetric metric) => _counts[series][(int)metric];

    /// <summary>The day of index <paramref name="day"/>.</summary>
    public DateOnly DayAt(int day) => Start.AddDays(day);

    private int IndexOf(SeriesKey key) =>
        _index.TryGetValue((key.Level, key.Region), out var i) ? i : throw new KeyNotFoundException($"no series for {key}");

    /// <summary>
    /// Counts the series of a corpus. <paramref name="clusters"/>, when given, replaces phone units as the advertiser
    /// unit for the ads it assigns.
    /// </summary>
    public static ActivitySeries Build(IReadOnlyList<AdActivity> ads, IClusterAssignment? clusters = null)
    {
        ArgumentNullException.ThrowIfNull(ads);
        if (ads.Count == 0) throw new ArgumentException("no ads to count", nameof(ads));
        var first = DateOnly.FromDateTime(ads.Min(a => a.PostedAt.UtcDateTime));
        var last = DateOnly.FromDateTime(ads.Max(a => a.PostedAt.UtcDateTime));
        var days = last.DayNumber - first.DayNumber + 1;

        var units = PhoneUnits.Build(ads.Select(a => a.Phones).ToList());
        var unitOf = new int[ads.Count];
        var isAdvertiser = new bool[ads.Count];
        Dictionary<string, int>? clusterUnits = null;
        for (var i = 0; i < ads.Count; i++)
        {
            if (clusters is not null && clusters.TryGetCluster(ads[i].AdId, out var cluster))
            {
                clusterUnits ??= new Dictionary<string, int>(StringComparer.Ordinal);
                if (!clusterUnits.TryGetValue(cluster, out var u)) clusterUnits[cluster] = u = units.Count + clusterUnits.Count;
                unitOf[i] = u;
                isAdvertiser[i] = true;
            }
            else
            {
                unitOf[i] = units.UnitOfAd[i];
                isAdvertiser[i] = units.HasPhone[unitOf[i]];
            }
        }

        // Regions of each ad: city (reference name), province, site. Unknown cities keep their own folded name.
        var regionIndex = new Dictionary<(SeriesLevel, string), int>();
        var regions = new List<SeriesKey>();
        int Region(SeriesLevel level, string name)
        {
            if (!regionIndex.TryGetValue((level, name), out var r))
            {
                r = regions.Count;
                regionIndex[(level, name)] = r;
                regions.Add(new SeriesKey(level, name));
            }
            return r;
        }
        var cityCache = new Dictionary<string, (string? City, string? Province)>(StringComparer.Ordinal);
        var adRegions = new int[ads.Count * 3];
        var dayOf = new int[ads.Count];
        for (var i = 0; i < ads.Count; i++)
        {
            var ad = ads[i];
            dayOf[i] = DateOnly.FromDateTime(ad.PostedAt.UtcDateTime).DayNumber - first.DayNumber;
            string? city = null, province = ad.Province?.Trim().ToUpperInvariant();
            if (!string.IsNullOrWhiteSpace(ad.City))
            {
                if (!cityCache.TryGetValue(ad.City, out var resolved))
                {
                    var found = CanadaGeography.FindCity(ad.City);
                    resolved = found is null ? (ad.City.Trim(), null) : (found.Name, found.Province);
                    cityCache[ad.City] = resolved;
                }
                city = resolved.City;
                if (string.IsNullOrEmpty(province)) province = resolved.Province;
            }
            adRegions[(i * 3) + 0] = city is null ? -1 : Region(SeriesLevel.City, city);
            adRegions[(i * 3) + 1] = string.IsNullOrEmpty(province) ? -1 : Region(SeriesLevel.Province, province);
            adRegions[(i * 3) + 2] = string.IsNullOrWhiteSpace(ad.Site) ? -1 : Region(SeriesLevel.Site, ad.Site.Trim());
        }

        var metrics = Metrics.Count;
        var counts = new double[regions.Count][][];
        for (var r = 0; r < regions.Count; r++)
        {
            counts[r] = new double[metrics][];
            for (var m = 0; m < metrics; m++) counts[r][m] = new double[days];
        }

        // Ads in time order, so that "first seen" is the first posting (ties in input order).
        var order = Enumerable.Range(0, ads.Count).ToArray();
        var ticks = new long[ads.Count];
        for (var i = 0; i < ads.Count; i++) ticks[i] = ads[i].PostedAt.UtcTicks;
        Array.Sort(ticks, order);
        var seenAnywhere = new HashSet<int>();
        // Last day each (region, advertiser) was seen: absent = never (a new arrival), another day = first post today.
        var lastDay = new Dictionary<long, int>();
        foreach (var i in order)
        {
            var day = dayOf[i];
            var unit = unitOf[i];
            var newAnywhere = isAdvertiser[i] && seenAnywhere.Add(unit);
            for (var k = 0; k < 3; k++)
            {
                var r = adRegions[(i * 3) + k];
                if (r < 0) continue;
                var series = counts[r];
                series[(int)SeriesMetric.Ads][day]++;
                if (!isAdvertiser[i]) continue;
                var key = ((long)r << 32) | (uint)unit;
                if (!lastDay.TryGetValue(key, out var seen))
                {
                    series[(int)SeriesMetric.NewArrivals][day]++;
                    if (newAnywhere) series[(int)SeriesMetric.NewAnywhere][day]++;
                }
                if (seen != day + 1)
                {
                    series[(int)SeriesMetric.Advertisers][day]++;
                    lastDay[key] = day + 1;
                }
            }
        }

        // Cities first, then provinces, then sites; most ads first within a level.
        var sorted = Enumerable.Range(0, regions.Count)
            .OrderBy(r => regions[r].Level)
            .ThenByDescending(r => counts[r][(int)SeriesMetric.Ads].Sum())
            .ThenBy(r => regions[r].Region, StringComparer.Ordinal)
            .ToArray();
        return new ActivitySeries(first, days, [.. sorted.Select(r => regions[r])], [.. sorted.Select(r => counts[r])]);
    }

    /// <summary>
    /// One region's series as a Deedle frame: rows are days (or weeks starting Monday), columns the metrics
    /// (<c>ads</c>, <c>advertisers</c>, <c>new_arrivals</c>, <c>new_anywhere</c>). Weekly advertisers are the sum of
    /// daily distinct advertisers (advertiser-days), because distinct counts do not add up across days.
    /// </summary>
    public Frame<DateTime, string> Frame(SeriesKey key, SeriesResolution resolution = SeriesResolution.Day)
    {
        var i = IndexOf(key);
        var (dates, bins) = Bins(resolution);
        var builder = new List<KeyValuePair<string, Series<DateTime, double>>>();
        foreach (var metric in Metrics)
        {
            var values = new double[dates.Length];
            var daily = _counts[i][(int)metric];
            for (var d = 0; d < Days; d++) values[bins[d]] += daily[d];
            builder.Add(KeyValuePair.Create(ColumnName(metric), new Series<DateTime, double>(dates, values)));
        }
        return Deedle.Frame.FromColumns(builder);
    }

    /// <summary>One metric of every region of one level as a frame: rows are days (or weeks), columns the regions.</summary>
    public Frame<DateTime, string> Frame(SeriesLevel level, SeriesMetric metric, SeriesResolution resolution = SeriesResolution.Day)
    {
        var (dates, bins) = Bins(resolution);
        var columns = new List<KeyValuePair<string, Series<DateTime, double>>>();
        for (var i = 0; i < Keys.Count; i++)
        {
            if (Keys[i].Level != level) continue;
            var values = new double[dates.Length];
            var daily = _counts[i][(int)metric];
            for (var d = 0; d < Days; d++) values[bins[d]] += daily[d];
            columns.Add(KeyValuePair.Create(Keys[i].Region, new Series<DateTime, double>(dates, values)));
        }
        return Deedle.Frame.FromColumns(columns);
    }

    /// <summary>Column name of a metric in frames and CSV files (snake_case).</summary>
    public static string ColumnName(SeriesMetric metric) => metric switch
    {
        SeriesMetric.Ads => "ads",
        SeriesMetric.Advertisers => "advertisers",
        SeriesMetric.NewArrivals => "new_arrivals",
        SeriesMetric.NewAnywhere => "new_anywhere",
        _ => throw new ArgumentOutOfRangeException(nameof(metric)),
    };

    private (DateTime[] Dates, int[] Bins) Bins(SeriesResolution resolution)
    {
        var bins = new int[Days];
        if (resolution == SeriesResolution.Day)
        {
            for (var d = 0; d < Days; d++) bins[d] = d;
            return (Enumerable.Range(0, Days).Select(d => Start.AddDays(d).ToDateTime(TimeOnly.MinValue)).ToArray(), bins);
        }
        var monday = Start.AddDays(-(((int)Start.DayOfWeek + 6) % 7));
        var weeks = ((Start.DayNumber - monday.DayNumber + Days - 1) / 7) + 1;
        for (var d = 0; d < Days; d++) bins[d] = (Start.DayNumber - monday.DayNumber + d) / 7;
        return (Enumerable.Range(0, weeks).Select(w => monday.AddDays(7 * w).ToDateTime(TimeOnly.MinValue)).ToArray(), bins);
    }

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Keys.Count} series × {Days} days from {Start:yyyy-MM-dd}");
}

/// <summary>A region whose activity is counted.</summary>
/// <param name="Level">City, province or site.</param>
/// <param name="Region">Reference city name, province code or site name.</param>
public sealed record SeriesKey(SeriesLevel Level, string Region)
{
    /// <summary>The region as written in <c>windows.csv</c>: <c>city:Calgary</c>, <c>province:AB</c>, <c>site:…</c>.</summary>
    public override string ToString() => Level.ToString().ToLowerInvariant() + ":" + Region;
}

/// <summary>Period of a series frame.</summary>
public enum SeriesResolution
{
    /// <summary>One row per UTC day.</summary>
    Day,

    /// <summary>One row per week starting Monday.</summary>
    Week,
}
