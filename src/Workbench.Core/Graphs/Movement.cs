using Workbench.Data;
using Workbench.Reference;

namespace Workbench.Graphs;

/// <summary>One stay of a group in a city: consecutive ads (by time) posted there.</summary>
/// <param name="Group">The group (cluster id or token).</param>
/// <param name="City">The city, <c>Name, PR</c>.</param>
/// <param name="Arrived">First ad of the stay.</param>
/// <param name="Left">Last ad of the stay.</param>
/// <param name="Ads">Ads in the stay.</param>
/// <param name="FirstAdId">The stay's first ad (its arrival evidence).</param>
public sealed record Visit(string Group, string City, DateTimeOffset Arrived, DateTimeOffset Left, int Ads, string FirstAdId)
{
    /// <summary>Dwell time in days (last minus first ad of the stay).</summary>
    public double DwellDays => (Left - Arrived).TotalDays;
}

/// <summary>A move of a group from one city to the next, with its apparent speed.</summary>
/// <param name="Group">The group.</param>
/// <param name="From">City left.</param>
/// <param name="To">City reached.</param>
/// <param name="Departed">Last ad in <paramref name="From"/>.</param>
/// <param name="Arrived">First ad in <paramref name="To"/>.</param>
/// <param name="DistanceKm">Great-circle distance between the cities (NaN when a city has no coordinates).</param>
/// <param name="SpeedKmPerDay">Distance over the time between the two ads (at least one hour).</param>
/// <param name="Implausible">Faster than <see cref="MovementOptions.MaxPlausibleKmPerDay"/>: a data problem (shared phone, wrong city, scraper) rather than travel.</param>
/// <param name="ArrivalAdId">The first ad in <paramref name="To"/>.</param>
public sealed record Transition(string Group, string From, string To, DateTimeOffset Departed, DateTimeOffset Arrived, double DistanceKm, double SpeedKmPerDay, bool Implausible, string ArrivalAdId);

/// <summary>A round trip repeated by a group: the same closed sequence of cities seen more than once.</summary>
/// <param name="Group">The group.</param>
/// <param name="Cities">The circuit, starting and ending at the same city.</param>
/// <param name="Times">How often it was travelled.</param>
public sealed record Circuit(string Group, IReadOnlyList<string> Cities, int Times);

/// <summary>Settings of <see cref="Movement"/>.</summary>
public sealed record MovementOptions
{
    /// <summary>
    /// Speeds above this many km per day are implausible (2,500: a cross-country flight with a day's margin;
    /// ads "moving" faster are two advertisers on one token or a wrong city, so they are flagged, not used as trips).
    /// </summary>
    public double MaxPlausibleKmPerDay { get; init; } = 2_500;

    /// <summary>Longest circuit length in cities searched for repeats (5).</summary>
    public int MaxCircuitLength { get; init; } = 5;
}

/// <summary>
/// Movement of groups of ads between cities: stays (visits) with dwell times, transitions with speed, a city-to-city
/// transition matrix, repeated circuits and corridor flows. Groups are any labelling: meta-clusters, components,
/// phone tokens. Ads without a city are skipped. Movement of an advertiser is a pattern many independents share
/// (touring); it is context for review, not a finding.
/// </summary>
public static class Movement
{
    /// <summary>Visits and transitions of each group of ads (label ≥ 0) in label order.</summary>
    public static (IReadOnlyList<Visit> Visits, IReadOnlyList<Transition> Transitions) Trace(
        IReadOnlyList<Ad> ads, IReadOnlyList<int> groupOfAd, MovementOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ads);
        ArgumentNullException.ThrowIfNull(groupOfAd);
        if (ads.Count != groupOfAd.Count) throw new ArgumentException($"{ads.Count:N0} ads but {groupOfAd.Count:N0} labels; give one label per ad.");
        options ??= new();
        var facts = AdFacts.Build(ads, countCues: false, lexicon: null);
        var byGroup = new Dictionary<int, List<int>>();
        for (var i = 0; i < ads.Count; i++)
        {
            if (groupOfAd[i] < 0 || facts.Place[i] < 0) continue;
            if (!byGroup.TryGetValue(groupOfAd[i], out var list)) byGroup[groupOfAd[i]] = list = [];
            list.Add(i);
        }
        var visits = new List<Visit>();
        var transitions = new List<Transition>();
        foreach (var g in byGroup.Keys.Order())
        {
            var members = byGroup[g];
            if (members.Count < 2) continue;
            var id = g.ToString(System.Globalization.CultureInfo.InvariantCulture);
            members.Sort((a, b) => facts.Ticks[a] != facts.Ticks[b] ? facts.Ticks[a].CompareTo(facts.Ticks[b]) : a.CompareTo(b));
            Trace(facts, id, members, options, visits, transitions);
        }
        return (visits, transitions);
    }

    private static void Trace(AdFacts facts, string id, List<int> members, MovementOptions options, List<Visit> visits, List<Transition> transitions)
    {
        var start = 0;
        Visit? previous = null;
        for (var k = 1; k <= members.Count; k++)
        {
            if (k < members.Count && facts.Place[members[k]] == facts.Place[members[start]]) continue;
            var first = members[start];
            var last = members[k - 1];
            var visit = new Visit(id, facts.PlaceNames[facts.Place[first]], new DateTimeOffset(facts.Ticks[first], TimeSpan.Zero),
                new DateTimeOffset(facts.Ticks[last], TimeSpan.Zero), k - start, facts.Ads[first].AdId);
            if (previous is not null)
            {
                var (fromLat, fromLon) = facts.PlaceCoords[facts.Place[members[start - 1]]];
                var (toLat, toLon) = facts.PlaceCoords[facts.Place[first]];
                var km = CanadaGeography.DistanceKm(fromLat, fromLon, toLat, toLon);
                var days = Math.Max((visit.Arrived - previous.Left).TotalDays, 1.0 / 24);
                var speed = km / days;
                transitions.Add(new Transition(id, previous.City, visit.City, previous.Left, visit.Arrived, km, speed,
                    speed > options.MaxPlausibleKmPerDay, visit.FirstAdId));
            }
            visits.Add(visit);
            previous = visit;
            start = k;
        }
    }

    /// <summary>Flows between city pairs over plausible transitions: (from, to, count), most first.</summary>
    public static IReadOnlyList<(string From, string To, int Count)> Flows(IEnumerable<Transition> transitions) =>
        transitions.Where(t => !t.Implausible).GroupBy(t => (t.From, t.To))
            .Select(g => (g.Key.From, g.Key.To, g.Count()))
            .OrderByDescending(f => f.Item3).ThenBy(f => f.From, StringComparer.Ordinal).ThenBy(f => f.To, StringComparer.Ordinal).ToList();

    /// <summary>The city-to-city transition matrix over plausible transitions: cities (sorted) and counts[from, to].</summary>
    public static (IReadOnlyList<string> Cities, int[,] Counts) TransitionMatrix(IEnumerable<Transition> transitions)
    {
        var list = transitions.Where(t => !t.Implausible).ToList();
        var cities = list.SelectMany(t => new[] { t.From, t.To }).Distinct().Order(StringComparer.Ordinal).ToList();
        var index = cities.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        var counts = new int[cities.Count, cities.Count];
        foreach (var t in list) counts[index[t.From], index[t.To]]++;
        return (cities, counts);
    }

    /// <summary>
    /// Circuits a group travels more than once: closed city sequences (first city = last, 2 to
    /// <see cref="MovementOptions.MaxCircuitLength"/> distinct stops) in its visit sequence, counted without overlap per
    /// start. Returned with the times each was seen, most first.
    /// </summary>
    public static IReadOnlyList<Circuit> Circuits(IEnumerable<Visit> visits, MovementOptions? options = null)
    {
        options ??= new();
        var result = new List<Circuit>();
        foreach (var group in visits.GroupBy(v => v.Group))
        {
            var seq = group.Select(v => v.City).ToList();
            var counts = new Dictionary<string, (List<string> Cities, int Times)>(StringComparer.Ordinal);
            for (var i = 0; i < seq.Count; i++)
            {
                for (var len = 2; len <= options.MaxCircuitLength && i + len < seq.Count; len++)
                {
                    if (seq[i + len] != seq[i]) continue;
                    var loop = seq.GetRange(i, len + 1);
                    if (loop.Skip(1).Take(len - 1).Distinct().Count() != len - 1 || loop.Skip(1).Take(len - 1).Contains(seq[i])) continue;
                    var key = string.Join('>', loop);
                    counts[key] = counts.TryGetValue(key, out var c) ? (c.Cities, c.Times + 1) : (loop, 1);
                    break;
                }
            }
            result.AddRange(counts.Values.Where(c => c.Times >= 2).Select(c => new Circuit(group.Key, c.Cities, c.Times)));
        }
        return result.OrderByDescending(c => c.Times).ThenBy(c => c.Group, StringComparer.Ordinal).ToList();
    }
}
