using System.Globalization;
using Plotly.NET;
using Plotly.NET.LayoutObjects;
using Workbench.Graphs;
using Workbench.Reference;

namespace Workbench.Charts;

/// <summary>
/// Charts of the entity graph and of movement: a typed network view of one group of ads, a corridor map of Canada and
/// an origin–destination Sankey. Pure functions from graph results to Plotly charts, shared by the demo report,
/// notebook <c>03-graph-and-movement</c> and paper figures. Labels carry pseudonyms and city names only.
/// </summary>
public static class GraphCharts
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Node colours by kind: ads dark, each token kind its own hue, suppressed tokens grey.</summary>
    public static IReadOnlyDictionary<string, string> KindColours { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ad"] = "#2c3e50",
        ["phone"] = "#c0392b",
        ["email"] = "#8e44ad",
        ["handle"] = "#d35400",
        ["url"] = "#16a085",
        ["image"] = "#2980b9",
        ["microcluster"] = "#f1c40f",
        ["suppressed"] = "#bdc3c7",
    };

    /// <summary>
    /// The network view: edges as thin grey lines, nodes as markers coloured and listed in the legend by kind, their
    /// size growing with their degree in the view, and the ad id or token pseudonym on hover.
    /// </summary>
    public static GenericChart Network(NetworkView view, string title = "Ads and the tokens that link them")
    {
        ArgumentNullException.ThrowIfNull(view);
        var charts = new List<GenericChart> { Edges(view) };
        foreach (var kind in view.Nodes.Select(n => n.Kind).Distinct().OrderBy(KindOrder))
        {
            var nodes = view.Nodes.Where(n => n.Kind == kind).ToList();
            var name = kind == "ad" ? $"ads ({nodes.Count})" : $"{kind} ({nodes.Count})";
            charts.Add(Plotly.NET.CSharp.Chart.Bubble<double, double, string>(
                x: nodes.Select(n => n.X), y: nodes.Select(n => n.Y),
                sizes: nodes.Select(n => (int)Math.Round(Math.Min(26, 7 + 2.5 * Math.Sqrt(n.Degree)))),
                Name: name,
                MultiText: nodes.Select(n => n.Label).ToArray(),
                MarkerColor: Color.fromString(KindColours.GetValueOrDefault(kind, "#7f8c8d")),
                MarkerSymbol: kind == "ad" ? StyleParam.MarkerSymbol.Circle : StyleParam.MarkerSymbol.Diamond));
        }
        var chart = Plotly.NET.CSharp.Chart.Combine(charts);
        var left = view.AdsLeftOut > 0 ? string.Create(Inv, $" ({view.AdsLeftOut:N0} more ads not drawn)") : "";
        chart = Plotly.NET.Chart.withTitle(title + left, null).Invoke(chart);
        chart = Plotly.NET.Chart.withXAxis(BlankAxis(), null).Invoke(chart);
        chart = Plotly.NET.Chart.withYAxis(BlankAxis(), null).Invoke(chart);
        return Plotly.NET.CSharp.GenericChartExtensions.WithSize(chart, 900, 640);
    }

    /// <summary>
    /// Corridor flows on a map of Canada: one line per city pair (both directions together) whose width grows with the
    /// number of moves, and one bubble per city sized by the moves through it. Works offline: no base map is fetched,
    /// the outline is the schematic one of <see cref="ProvinceCentroids"/>. Cities not in the reference table are
    /// left off the map and counted in the title.
    /// </summary>
    public static GenericChart CorridorMap(IReadOnlyList<(string From, string To, int Count)> flows, int top = 40, string title = "Moves of linked ads between cities")
    {
        ArgumentNullException.ThrowIfNull(flows);
        var pairs = flows
            .GroupBy(f => string.CompareOrdinal(f.From, f.To) <= 0 ? (A: f.From, B: f.To) : (A: f.To, B: f.From))
            .Select(g => (g.Key.A, g.Key.B,
                AtoB: g.Where(f => f.From == g.Key.A).Sum(f => f.Count), BtoA: g.Where(f => f.From == g.Key.B && f.From != f.To).Sum(f => f.Count)))
            .Select(p => (p.A, p.B, p.AtoB, p.BtoA, Total: p.AtoB + p.BtoA))
            .OrderByDescending(p => p.Total).ThenBy(p => p.A, StringComparer.Ordinal).ThenBy(p => p.B, StringComparer.Ordinal)
            .ToList();
        var placed = pairs.Where(p => Coordinates(p.A) is not null && Coordinates(p.B) is not null).Take(top).ToList();
        var unplaced = pairs.Count(p => Coordinates(p.A) is null || Coordinates(p.B) is null);
        var charts = new List<GenericChart>();
        foreach (var (lons, lats) in ProvinceCentroids.SchematicBorders)
        {
            charts.Add(Plotly.NET.CSharp.Chart.LineGeo<double, double, string>(longitudes: lons, latitudes: lats, ShowLegend: false, LineColor: Color.fromString("#d5dbe0")));
        }
        var max = placed.Count == 0 ? 1 : placed.Max(p => p.Total);
        foreach (var p in placed)
        {
            var a = Coordinates(p.A)!.Value;
            var b = Coordinates(p.B)!.Value;
            var label = string.Create(Inv, $"{p.A} → {p.B}: {p.AtoB:N0}; {p.B} → {p.A}: {p.BtoA:N0}");
            charts.Add(Plotly.NET.CSharp.Chart.LineGeo<double, double, string>(
                longitudes: [a.Lon, b.Lon], latitudes: [a.Lat, b.Lat], ShowLegend: false,
                LineColor: Color.fromString("rgba(192,57,43,0.6)"), LineWidth: 1 + 9 * Math.Sqrt((double)p.Total / max),
                MultiText: new[] { label, label }));
        }
        var through = placed.SelectMany(p => new[] { (City: p.A, p.Total), (City: p.B, p.Total) })
            .GroupBy(c => c.City).Select(g => (City: g.Key, Moves: g.Sum(c => c.Total)))
            .OrderByDescending(c => c.Moves).ThenBy(c => c.City, StringComparer.Ordinal).ToList();
        if (through.Count > 0)
        {
            var most = through.Max(c => c.Moves);
            charts.Add(Plotly.NET.CSharp.Chart.BubbleGeo<double, double, string>(
                longitudes: through.Select(c => Coordinates(c.City)!.Value.Lon),
                latitudes: through.Select(c => Coordinates(c.City)!.Value.Lat),
                sizes: through.Select(c => (int)Math.Round(6 + 24 * Math.Sqrt((double)c.Moves / most))),
                Name: "moves through the city",
                MultiText: through.Select(c => string.Create(Inv, $"{c.City}: {c.Moves:N0}")).ToArray(),
                MarkerColor: Color.fromString("#2c3e50"), Opacity: 0.8));
            // The busiest cities by name, so that the printed figure reads without hovering.
            var named = through.Take(8).ToList();
            charts.Add(Plotly.NET.CSharp.Chart.PointGeo<double, double, string>(
                longitudes: named.Select(c => Coordinates(c.City)!.Value.Lon),
                latitudes: named.Select(c => Coordinates(c.City)!.Value.Lat),
                MultiText: named.Select(c => c.City[..c.City.LastIndexOf(',')]).ToArray(),
                TextPosition: StyleParam.TextPosition.TopCenter, MarkerColor: Color.fromString("rgba(0,0,0,0)")));
        }
        var chart = Plotly.NET.CSharp.Chart.Combine(charts);
        // Frame the drawn cities with a margin: most moves run along the southern corridors, and the whole country
        // would shrink them to a strip.
        (double, double, double, double)? frame = null;
        if (through.Count > 0)
        {
            var points = through.Select(c => Coordinates(c.City)!.Value).ToList();
            frame = (Math.Max(-141, points.Min(p => p.Lon) - 4), Math.Min(-52, points.Max(p => p.Lon) + 4),
                Math.Max(41.5, points.Min(p => p.Lat) - 2), Math.Min(72, points.Max(p => p.Lat) + 3));
        }
        chart = Plotly.NET.Chart.withGeo(PrevalenceCharts.OfflineCanada(frame), null).Invoke(chart);
        chart = Plotly.NET.Chart.withLayout(HiddenLegend()).Invoke(chart);
        var note = unplaced > 0 ? string.Create(Inv, $"; {unplaced:N0} city pairs not in the reference table are not drawn") : "";
        chart = Plotly.NET.Chart.withTitle(string.Create(Inv, $"{title} (top {placed.Count} city pairs; line and bubble size ∝ √moves{note})"), null).Invoke(chart);
        return Plotly.NET.CSharp.GenericChartExtensions.WithSize(chart, 900, 560);
    }

    /// <summary>
    /// Origin–destination Sankey of the busiest corridors: cities left are where moves start, cities right where they
    /// end, link width the number of moves. Origins and destinations are separate nodes, so round trips read as two
    /// links rather than a cycle.
    /// </summary>
    public static GenericChart CorridorSankey(IReadOnlyList<(string From, string To, int Count)> flows, int top = 25, string title = "Busiest corridors: where moves start and end")
    {
        ArgumentNullException.ThrowIfNull(flows);
        var shown = flows.Where(f => f.Count > 0 && f.From != f.To)
            .OrderByDescending(f => f.Count).ThenBy(f => f.From, StringComparer.Ordinal).ThenBy(f => f.To, StringComparer.Ordinal)
            .Take(top).ToList();
        var origins = shown.Select(f => f.From).Distinct().Order(StringComparer.Ordinal).ToList();
        var destinations = shown.Select(f => f.To).Distinct().Order(StringComparer.Ordinal).ToList();
        var labels = origins.Select(c => c + " (from)").Concat(destinations.Select(c => c + " (to)")).ToList();
        var links = shown.Select(f => (origins.IndexOf(f.From), origins.Count + destinations.IndexOf(f.To))).ToList();
        var chart = Plotly.NET.CSharp.Chart.Sankey<int, string>(
            nodeLabels: labels, linkedNodeIds: links, linkValues: shown.Select(f => f.Count),
            NodeColor: Color.fromString("#2c3e50"), LinkColor: Color.fromString("rgba(192,57,43,0.35)"),
            LinkLabels: new Plotly.NET.CSharp.Optional<IEnumerable<string>>(shown.Select(f => string.Create(Inv, $"{f.From} → {f.To}: {f.Count:N0}")).ToArray(), true));
        chart = Plotly.NET.Chart.withTitle(string.Create(Inv, $"{title} (top {shown.Count} of {flows.Count(f => f.From != f.To):N0} directed city pairs)"), null).Invoke(chart);
        return Plotly.NET.CSharp.GenericChartExtensions.WithSize(chart, 900, Math.Max(420, 22 * Math.Max(origins.Count, destinations.Count)));
    }

    /// <summary>Reference coordinates of a city written <c>Name, PR</c> (as <see cref="Movement"/> names them); null when unknown.</summary>
    public static (double Lat, double Lon)? Coordinates(string city)
    {
        ArgumentNullException.ThrowIfNull(city);
        var comma = city.LastIndexOf(',');
        var name = comma < 0 ? city : city[..comma];
        var province = comma < 0 ? null : city[(comma + 1)..].Trim();
        var found = CanadaGeography.FindCity(name.Trim());
        if (found is null) return null;
        if (province is { Length: > 0 } && !string.Equals(found.Province, province, StringComparison.OrdinalIgnoreCase)) return null;
        return (found.Lat, found.Lon);
    }

    private static GenericChart Edges(NetworkView view)
    {
        // One trace for all edges, segments separated by nulls: hundreds of traces would make the page slow.
        var xs = new List<object?>();
        var ys = new List<object?>();
        foreach (var e in view.Edges)
        {
            xs.Add(view.Nodes[e.From].X);
            xs.Add(view.Nodes[e.To].X);
            xs.Add(null);
            ys.Add(view.Nodes[e.From].Y);
            ys.Add(view.Nodes[e.To].Y);
            ys.Add(null);
        }
        var trace = new Trace("scatter");
        trace.SetProperty("x", xs.ToArray());
        trace.SetProperty("y", ys.ToArray());
        trace.SetProperty("mode", "lines");
        trace.SetProperty("name", string.Create(Inv, $"links ({view.Edges.Count})"));
        trace.SetProperty("hoverinfo", "skip");
        trace.SetProperty("line", new Dictionary<string, object> { ["color"] = "#cfd6dc", ["width"] = 1 });
        return GenericChart.ofTraceObject(true, trace);
    }

    private static Layout HiddenLegend()
    {
        var layout = new Layout();
        layout.SetProperty("showlegend", false);
        return layout;
    }

    private static LinearAxis BlankAxis()
    {
        var axis = new LinearAxis();
        axis.SetProperty("showgrid", false);
        axis.SetProperty("zeroline", false);
        axis.SetProperty("showticklabels", false);
        return axis;
    }

    private static int KindOrder(string kind) => kind switch
    {
        "ad" => 0,
        "phone" => 1,
        "email" => 2,
        "handle" => 3,
        "url" => 4,
        "image" => 5,
        "microcluster" => 6,
        _ => 7,
    };
}
