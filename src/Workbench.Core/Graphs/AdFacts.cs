using Workbench.Data;
using Workbench.Reference;
using Workbench.Text;

namespace Workbench.Graphs;

/// <summary>
/// The per-ad columns cluster features and movement need, resolved once: posting time, place (a city index with
/// coordinates from the ad's own lat/lon or from <see cref="CanadaGeography"/>), and whether the ad carries an
/// indicator cue. Columnar so that a million ads cost a few arrays, not a million objects.
/// </summary>
internal sealed class AdFacts
{
    private AdFacts(IReadOnlyList<Ad> ads, long[] ticks, int[] place, double[] lat, double[] lon, bool[] cue, List<string> placeNames, List<(double Lat, double Lon)> placeCoords)
    {
        Ads = ads;
        Ticks = ticks;
        Place = place;
        Lat = lat;
        Lon = lon;
        Cue = cue;
        PlaceNames = placeNames;
        PlaceCoords = placeCoords;
    }

    public IReadOnlyList<Ad> Ads { get; }

    public long[] Ticks { get; }

    /// <summary>Index into <see cref="PlaceNames"/> of each ad's city, or −1 when the ad names none.</summary>
    public int[] Place { get; }

    /// <summary>Latitude of each ad (NaN when unknown).</summary>
    public double[] Lat { get; }

    /// <summary>Longitude of each ad (NaN when unknown).</summary>
    public double[] Lon { get; }

    public bool[] Cue { get; }

    /// <summary>Distinct cities as <c>Name, PR</c> (reference spelling when the city is in the reference table).</summary>
    public List<string> PlaceNames { get; }

    /// <summary>Coordinates of each place (NaN when neither the table nor any ad gives them).</summary>
    public List<(double Lat, double Lon)> PlaceCoords { get; }

    public int Count => Ticks.Length;

    public static AdFacts Build(IReadOnlyList<Ad> ads, bool countCues, IndicatorLexicon? lexicon)
    {
        ArgumentNullException.ThrowIfNull(ads);
        var n = ads.Count;
        var ticks = new long[n];
        var place = new int[n];
        var lat = new double[n];
        var lon = new double[n];
        var cue = new bool[n];
        var names = new List<string>();
        var coords = new List<(double, double)>();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            var ad = ads[i];
            ticks[i] = ad.PostedAt.UtcTicks;
            place[i] = -1;
            lat[i] = lon[i] = double.NaN;
            City? city = null;
            if (!string.IsNullOrWhiteSpace(ad.City))
            {
                city = CanadaGeography.FindCity(ad.City);
                var key = city is null ? $"{ad.City.Trim()}, {ad.Province?.Trim().ToUpperInvariant()}" : $"{city.Name}, {city.Province}";
                if (!byKey.TryGetValue(key, out var p))
                {
                    byKey[key] = p = names.Count;
                    names.Add(key);
                    coords.Add(city is null ? (double.NaN, double.NaN) : (city.Lat, city.Lon));
                }
                place[i] = p;
            }
            if (ad.Lat is { } la && ad.Lon is { } lo)
            {
                lat[i] = la;
                lon[i] = lo;
                if (place[i] >= 0 && double.IsNaN(coords[place[i]].Item1)) coords[place[i]] = (la, lo);
            }
            else if (city is not null)
            {
                lat[i] = city.Lat;
                lon[i] = city.Lon;
            }
        }
        if (countCues)
        {
            var lex = lexicon ?? IndicatorLexicon.Default;
            Parallel.For(0, n, i =>
            {
                var ad = ads[i];
                cue[i] = lex.Find(ad.Body).Count > 0 || (ad.Title is { Length: > 0 } t && lex.Find(t).Count > 0);
            });
        }
        return new AdFacts(ads, ticks, place, lat, lon, cue, names, coords);
    }
}
