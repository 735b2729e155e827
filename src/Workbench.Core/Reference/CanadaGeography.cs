using System.Globalization;
using System.Reflection;

namespace Workbench.Reference;

/// <summary>
/// Reference tables of Canadian provinces and ad-market cities (Statistics Canada, 2021 Census), shipped inside
/// the library so that every machine, notebook and test sees the same figures.
/// </summary>
/// <remarks>
/// The tables are copies of <c>../shared/data/canada-cities.csv</c> and <c>canada-provinces.csv</c>; a test keeps
/// them equal. Check a figure against the census table before a per-capita number goes into a paper.
/// </remarks>
public static class CanadaGeography
{
    private static readonly Lazy<IReadOnlyList<Province>> LazyProvinces = new(LoadProvinces);
    private static readonly Lazy<IReadOnlyList<City>> LazyCities = new(LoadCities);
    private static readonly Lazy<IReadOnlyDictionary<string, City>> LazyByName = new(BuildNameIndex);

    /// <summary>The 13 provinces and territories, most populous first.</summary>
    public static IReadOnlyList<Province> Provinces => LazyProvinces.Value;

    /// <summary>The cities of the reference table, most populous first.</summary>
    public static IReadOnlyList<City> Cities => LazyCities.Value;

    /// <summary>Finds a city by its name or one of its aliases, ignoring case and accents; null when unknown.</summary>
    public static City? FindCity(string nameOrAlias)
    {
        ArgumentNullException.ThrowIfNull(nameOrAlias);
        return LazyByName.Value.TryGetValue(Fold(nameOrAlias), out var city) ? city : null;
    }

    /// <summary>Finds a province by its two-letter code; null when unknown.</summary>
    public static Province? FindProvince(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return Provinces.FirstOrDefault(p => string.Equals(p.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Great-circle distance in kilometres (haversine, mean Earth radius 6,371 km).</summary>
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        const double EarthRadiusKm = 6371.0;
        static double Rad(double degrees) => degrees * Math.PI / 180.0;
        var dLat = Rad(lat2 - lat1);
        var dLon = Rad(lon2 - lon1);
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
                + Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1.0, Math.Sqrt(a)));
    }

    /// <summary>Lower-cases and strips accents so that <c>Montréal</c> and <c>MONTREAL</c> meet.</summary>
    internal static string Fold(string text)
    {
        var decomposed = text.Trim().Normalize(System.Text.NormalizationForm.FormD);
        var chars = decomposed
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            .Select(char.ToLowerInvariant)
            .ToArray();
        return new string(chars);
    }

    private static IReadOnlyDictionary<string, City> BuildNameIndex()
    {
        var index = new Dictionary<string, City>(StringComparer.Ordinal);
        foreach (var city in Cities)
        {
            index.TryAdd(Fold(city.Name), city);
        }
        // Aliases second, so that a city's own name always wins over another city's alias.
        foreach (var city in Cities)
        {
            foreach (var alias in city.Aliases) index.TryAdd(Fold(alias), city);
        }
        return index;
    }

    private static IReadOnlyList<Province> LoadProvinces() =>
        ReadRows("canada-provinces.csv")
            .Select(f => new Province(f[0], f[1], f[2], int.Parse(f[3], CultureInfo.InvariantCulture)))
            .ToArray();

    private static IReadOnlyList<City> LoadCities() =>
        ReadRows("canada-cities.csv")
            .Select(f => new City(
                f[0],
                f[1],
                double.Parse(f[2], CultureInfo.InvariantCulture),
                double.Parse(f[3], CultureInfo.InvariantCulture),
                int.Parse(f[4], CultureInfo.InvariantCulture),
                f.Length > 5 && f[5].Length > 0 ? f[5].Split(';', StringSplitOptions.TrimEntries) : []))
            .OrderByDescending(c => c.Population2021)
            .ToArray();

    // The reference tables hold no quoted fields, so a plain split is exact for them.
    private static IEnumerable<string[]> ReadRows(string resourceFile)
    {
        var assembly = typeof(CanadaGeography).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(resourceFile, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded reference table {resourceFile} is missing.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        reader.ReadLine(); // header
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            yield return line.Split(',');
        }
    }
}
