namespace Workbench.Charts;

/// <summary>
/// Approximate centres of the provinces and territories, and a schematic of the straight-line borders, written here
/// by hand (no download, no GeoJSON) for bubble maps. Good for placing a bubble, not for measuring anything.
/// </summary>
internal static class ProvinceCentroids
{
    private static readonly Dictionary<string, (double Lat, double Lon)> Centres = new(StringComparer.OrdinalIgnoreCase)
    {
        ["BC"] = (54.0, -124.5),
        ["AB"] = (54.5, -114.5),
        ["SK"] = (54.5, -106.0),
        ["MB"] = (54.5, -97.5),
        ["ON"] = (50.0, -85.5),
        ["QC"] = (52.5, -71.5),
        ["NB"] = (46.6, -66.4),
        ["NS"] = (45.1, -63.0),
        ["PE"] = (46.4, -63.2),
        ["NL"] = (53.0, -60.0),
        ["YT"] = (63.5, -135.5),
        ["NT"] = (64.5, -119.0),
        ["NU"] = (66.0, -95.0),
    };

    /// <summary>Straight-line borders: the 49th and 60th parallels, the meridians between the western provinces, Yukon–Alaska.</summary>
    public static IReadOnlyList<(double[] Lons, double[] Lats)> SchematicBorders { get; } = Densify(
    [
        ([-123.3, -95.15], [49.0, 49.0]),     // 49th parallel, BC to Lake of the Woods
        ([-139.0, -94.8], [60.0, 60.0]),      // 60th parallel, BC/AB/SK/MB against the territories
        ([-120.0, -120.0], [53.8, 60.0]),     // BC–AB north of the Rockies
        ([-114.06, -120.0], [49.0, 53.8]),    // BC–AB along the Rockies (straightened)
        ([-110.0, -110.0], [49.0, 60.0]),     // AB–SK
        ([-101.4, -102.0], [49.0, 60.0]),     // SK–MB
        ([-141.0, -141.0], [60.3, 69.6]),     // Yukon–Alaska
        ([-95.15, -89.0, -79.5], [49.0, 56.9, 51.5]), // MB–ON and the Hudson Bay shore (schematic)
        ([-79.5, -79.5], [51.5, 46.0]),       // ON–QC (schematic)
    ]);

    // plotly.js joins points by great circles; points every degree keep parallels on their parallel.
    private static (double[] Lons, double[] Lats)[] Densify((double[] Lons, double[] Lats)[] lines) =>
        lines.Select(line =>
        {
            var lons = new List<double> { line.Lons[0] };
            var lats = new List<double> { line.Lats[0] };
            for (var i = 1; i < line.Lons.Length; i++)
            {
                var steps = (int)Math.Max(1, Math.Ceiling(Math.Max(Math.Abs(line.Lons[i] - line.Lons[i - 1]), Math.Abs(line.Lats[i] - line.Lats[i - 1]))));
                for (var s = 1; s <= steps; s++)
                {
                    lons.Add(line.Lons[i - 1] + (line.Lons[i] - line.Lons[i - 1]) * s / steps);
                    lats.Add(line.Lats[i - 1] + (line.Lats[i] - line.Lats[i - 1]) * s / steps);
                }
            }
            return (lons.ToArray(), lats.ToArray());
        }).ToArray();

    public static bool Has(string code) => Centres.ContainsKey(code);

    public static (double Lat, double Lon) Of(string code) => Centres[code];
}
