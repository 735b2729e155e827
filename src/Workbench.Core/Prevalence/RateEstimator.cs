using System.Globalization;
using Workbench.Reference;

namespace Workbench.Prevalence;

/// <summary>
/// Rates of advertising activity by province, metropolitan area and ISO week: ads, distinct phone-linked advertisers
/// and (given an <see cref="IClusterAssignment"/>) distinct clusters and clusters with signals, raw and per 100,000
/// residents (2021 census), with percentile intervals from a Poisson bootstrap that resamples whole advertisers
/// (ads of one advertiser are not independent) or whole clusters. Counts below the threshold are suppressed.
/// </summary>
/// <remarks>Cost: O(n log n) in the number of ads for the grouping, plus O(B · units) for B replicates.</remarks>
public sealed class RateEstimator(RateOptions? options = null)
{

    /// <summary>The settings.</summary>
    public RateOptions Options { get; } = options ?? new();

    /// <summary>Computes every cell. <paramref name="clusters"/> adds the cluster measures when given.</summary>
    public PrevalenceRates Fit(IEnumerable<AdActivity> ads, IClusterAssignment? clusters = null)
    {
        ArgumentNullException.ThrowIfNull(ads);
        Options.Validate();
        var list = ads as IReadOnlyList<AdActivity> ?? ads.ToList();
        var layout = CellLayout.Build(list);
        var n = list.Count;

        // Cells of each ad: national, province, metro, week (−1 when unknown).
        var cellsOfAd = new int[n * 4];
        long withoutProvince = 0, withoutMetro = 0;
        for (var i = 0; i < n; i++)
        {
            var (province, metro) = layout.Place(list[i]);
            cellsOfAd[i * 4] = 0;
            cellsOfAd[i * 4 + 1] = province;
            cellsOfAd[i * 4 + 2] = metro;
            cellsOfAd[i * 4 + 3] = layout.WeekCell(list[i].PostedAt);
            if (province < 0) withoutProvince++;
            if (metro < 0) withoutMetro++;
        }

        var units = PhoneUnits.Build(list.Select(a => a.Phones).ToList());
        var unitCells = Group(units.UnitOfAd, cellsOfAd, layout.Count);
        var (adMeasure, advertiserMeasure) = Bootstrap(unitCells, units.Count, layout.Count, units.HasPhone, firstByAds: true, Options.Seed);
        var measures = new Dictionary<RateMeasure, (double[] Observed, double[][] Replicates)>
        {
            [RateMeasure.Ads] = adMeasure,
            [RateMeasure.Advertisers] = advertiserMeasure,
        };

        if (clusters is not null)
        {
            var clusterIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            var clusterOfAd = new int[n];
            var names = new List<string>();
            for (var i = 0; i < n; i++)
            {
                if (!clusters.TryGetCluster(list[i].AdId, out var id))
                {
                    clusterOfAd[i] = -1;
                    continue;
                }
                if (!clusterIndex.TryGetValue(id, out var c))
                {
                    c = names.Count;
                    clusterIndex[id] = c;
                    names.Add(id);
                }
                clusterOfAd[i] = c;
            }
            var signal = names.Select(clusters.HasSignal).ToArray();
            var clusterCells = Group(clusterOfAd, cellsOfAd, layout.Count);
            // Clusters are resampled as wholes, with their own stream of weights.
            (measures[RateMeasure.Clusters], measures[RateMeasure.ClustersWithSignal]) =
                Bootstrap(clusterCells, names.Count, layout.Count, signal, firstByAds: false, Options.Seed ^ 0x5A5A5A5);
        }

        var alpha = (1 - Options.Confidence) / 2;
        var cells = new List<RateCell>();
        foreach (var (measure, (observed, replicates)) in measures)
        {
            for (var c = 0; c < layout.Count; c++)
            {
                var (dimension, key, label, population) = layout.Describe(c);
                var count = (long)observed[c];
                if (count < Options.SuppressBelow)
                {
                    cells.Add(new RateCell(dimension, key, label, measure, null, null, null, population, null, null, null));
                    continue;
                }
                var values = new double[replicates.Length];
                for (var r = 0; r < replicates.Length; r++) values[r] = replicates[r][c];
                Array.Sort(values);
                var lower = MseEstimator.Quantile(values, alpha);
                var upper = MseEstimator.Quantile(values, 1 - alpha);
                double Per(double v) => population > 0 ? v * Options.PerResidents / population : double.NaN;
                cells.Add(new RateCell(dimension, key, label, measure, count, lower, upper, population, Per(count), Per(lower), Per(upper)));
            }
        }
        if (Options.ComplementarySuppression) SuppressComplements(cells);

        return new PrevalenceRates(
            cells, Options, n, units.Advertisers, withoutProvince, withoutMetro, clusters?.Name,
            n == 0 ? null : list.Min(a => a.PostedAt), n == 0 ? null : list.Max(a => a.PostedAt));
    }

    /// <summary>
    /// Complementary suppression: the national count and the unplaced ads are published, so a breakdown with exactly
    /// one suppressed cell would give it away by subtraction. The smallest shown cell of that breakdown is withheld too.
    /// </summary>
    private static void SuppressComplements(List<RateCell> cells)
    {
        foreach (var group in cells.Select((c, i) => (Cell: c, Index: i))
                     .Where(x => x.Cell.Dimension != RateDimension.National)
                     .GroupBy(x => (x.Cell.Dimension, x.Cell.Measure)))
        {
            if (group.Count(x => x.Cell.Suppressed) != 1) continue;
            var smallest = group.Where(x => !x.Cell.Suppressed).OrderBy(x => x.Cell.Count).ThenBy(x => x.Index).FirstOrDefault();
            if (smallest.Cell is null) continue;
            cells[smallest.Index] = smallest.Cell with { Count = null, Lower = null, Upper = null, Rate = null, RateLower = null, RateUpper = null };
        }
    }

    /// <summary>Distinct (unit, cell) pairs with the number of ads each: sorted keys unit·C + cell, run-length counted.</summary>
    private static (int[] Unit, int[] Cell, int[] Ads) Group(int[] unitOfAd, int[] cellsOfAd, int cellCount)
    {
        var keys = new long[cellsOfAd.Length];
        var k = 0;
        for (var i = 0; i < unitOfAd.Length; i++)
        {
            if (unitOfAd[i] < 0) continue;
            for (var j = 0; j < 4; j++)
            {
                var cell = cellsOfAd[i * 4 + j];
                if (cell >= 0) keys[k++] = (long)unitOfAd[i] * cellCount + cell;
            }
        }
        Array.Sort(keys, 0, k);
        var unit = new List<int>();
        var cells = new List<int>();
        var ads = new List<int>();
        for (var i = 0; i < k;)
        {
            var j = i;
            while (j < k && keys[j] == keys[i]) j++;
            unit.Add((int)(keys[i] / cellCount));
            cells.Add((int)(keys[i] % cellCount));
            ads.Add(j - i);
            i = j;
        }
        return ([.. unit], [.. cells], [.. ads]);
    }

    /// <summary>
    /// Two measures over the same units in one pass per replicate: the first counts every unit (its ads, or 1), the
    /// second counts 1 for the units in <paramref name="second"/>. Both see the same Poisson(1) weights.
    /// </summary>
    private ((double[] Observed, double[][] Replicates) First, (double[] Observed, double[][] Replicates) Second) Bootstrap(
        (int[] Unit, int[] Cell, int[] Ads) groups, int unitCount, int cellCount, bool[] second, bool firstByAds, int seed)
    {
        var firstObserved = new double[cellCount];
        var secondObserved = new double[cellCount];
        for (var i = 0; i < groups.Unit.Length; i++)
        {
            firstObserved[groups.Cell[i]] += firstByAds ? groups.Ads[i] : 1;
            if (second[groups.Unit[i]]) secondObserved[groups.Cell[i]] += 1;
        }
        var firstReplicates = new double[Options.BootstrapReplicates][];
        var secondReplicates = new double[Options.BootstrapReplicates][];
        Parallel.For(0, firstReplicates.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) },
            () => new int[unitCount],
            (r, _, weights) =>
            {
                PoissonBootstrap.Fill(weights, PoissonBootstrap.StreamSeed(seed, r));
                var a = new double[cellCount];
                var b = new double[cellCount];
                var units = groups.Unit;
                var cells = groups.Cell;
                var adCounts = groups.Ads;
                for (var i = 0; i < units.Length; i++)
                {
                    var w = weights[units[i]];
                    if (w == 0) continue;
                    var cell = cells[i];
                    a[cell] += firstByAds ? w * adCounts[i] : w;
                    if (second[units[i]]) b[cell] += w;
                }
                firstReplicates[r] = a;
                secondReplicates[r] = b;
                return weights;
            },
            _ => { });
        return ((firstObserved, firstReplicates), (secondObserved, secondReplicates));
    }

    /// <summary>Where each cell sits in the flat cell arrays: national, then provinces, metros and weeks.</summary>
    private sealed class CellLayout
    {
        private readonly Dictionary<string, int> _province = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, (int Cell, City City)> _cityCache = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _metroCell = new(StringComparer.Ordinal);
        private readonly List<(RateDimension, string, string, long)> _cells = [];
        private int _firstWeek;
        private int _weekCells;
        private DateOnly _firstMonday;

        public int Count => _cells.Count;

        public static CellLayout Build(IReadOnlyList<AdActivity> ads)
        {
            var layout = new CellLayout();
            var canada = CanadaGeography.Provinces.Sum(p => (long)p.Population2021);
            layout._cells.Add((RateDimension.National, "CA", "Canada", canada));
            foreach (var p in CanadaGeography.Provinces)
            {
                layout._province[p.Code] = layout._cells.Count;
                layout._cells.Add((RateDimension.Province, p.Code, p.Name, p.Population2021));
            }
            foreach (var c in CanadaGeography.Cities)
            {
                layout._metroCell[c.Name] = layout._cells.Count;
                layout._cells.Add((RateDimension.Metro, c.Name, c.Name, c.Population2021));
            }
            layout._firstWeek = layout._cells.Count;
            if (ads.Count > 0)
            {
                var first = Monday(ads.Min(a => a.PostedAt));
                var last = Monday(ads.Max(a => a.PostedAt));
                layout._firstMonday = first;
                for (var d = first; d <= last; d = d.AddDays(7))
                {
                    var dt = d.ToDateTime(TimeOnly.MinValue);
                    var key = string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(dt):D4}-W{ISOWeek.GetWeekOfYear(dt):D2}");
                    layout._cells.Add((RateDimension.Week, key, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), canada));
                    layout._weekCells++;
                }
            }
            return layout;
        }

        private static DateOnly Monday(DateTimeOffset t)
        {
            var day = DateOnly.FromDateTime(t.UtcDateTime);
            var offset = ((int)day.DayOfWeek + 6) % 7;
            return day.AddDays(-offset);
        }

        public int WeekCell(DateTimeOffset t)
        {
            var index = (Monday(t).DayNumber - _firstMonday.DayNumber) / 7;
            return index >= 0 && index < _weekCells ? _firstWeek + index : -1;
        }

        /// <summary>Province and metro cells of an ad; the province falls back to the city's.</summary>
        public (int Province, int Metro) Place(AdActivity ad)
        {
            var metro = -1;
            string? cityProvince = null;
            if (!string.IsNullOrWhiteSpace(ad.City))
            {
                if (!_cityCache.TryGetValue(ad.City, out var hit))
                {
                    var city = CanadaGeography.FindCity(ad.City);
                    hit = city is null ? (-1, null!) : (_metroCell[city.Name], city);
                    _cityCache[ad.City] = hit;
                }
                metro = hit.Cell;
                cityProvince = hit.City?.Province;
            }
            var code = string.IsNullOrWhiteSpace(ad.Province) ? cityProvince : ad.Province.Trim();
            var province = code is not null && _province.TryGetValue(code, out var p) ? p : -1;
            return (province, metro);
        }

        public (RateDimension Dimension, string Key, string Label, long Population) Describe(int cell) => _cells[cell];
    }
}
