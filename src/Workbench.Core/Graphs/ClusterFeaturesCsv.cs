using System.Globalization;
using System.Text;

namespace Workbench.Graphs;

/// <summary>Writes <c>cluster_features.csv</c> (<c>data-schemas/cluster-features.md</c>): one row per group.</summary>
public static class ClusterFeaturesCsv
{
    /// <summary>The header, in column order.</summary>
    public const string Header =
        "level,cluster_id,ads,phones,phone_entropy,names,cities,radius_km,radius_growth_km_per_day,ads_per_week,burstiness,images,images_per_phone,urls,cue_share,first_seen,last_seen,span_days";

    /// <summary>Writes the rows to a file, creating its folder.</summary>
    public static void Write(IEnumerable<ClusterFeatures> rows, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null) Directory.CreateDirectory(dir);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        Write(rows, writer);
    }

    /// <summary>Writes the header and rows (invariant culture, <c>\n</c> line ends, times in ISO 8601 UTC).</summary>
    public static void Write(IEnumerable<ClusterFeatures> rows, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(writer);
        var inv = CultureInfo.InvariantCulture;
        writer.Write(Header);
        writer.Write('\n');
        foreach (var r in rows)
        {
            writer.Write(string.Join(',',
                Quote(r.Level), Quote(r.ClusterId), r.Ads.ToString(inv), r.Phones.ToString(inv), F(r.PhoneEntropy), r.Names.ToString(inv),
                r.Cities.ToString(inv), F(r.RadiusKm), F(r.RadiusGrowthKmPerDay), F(r.AdsPerWeek), F(r.Burstiness), r.Images.ToString(inv),
                F(r.ImagesPerPhone), r.Urls.ToString(inv), F(r.CueShare),
                r.FirstSeen.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", inv), r.LastSeen.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", inv),
                F(r.SpanDays)));
            writer.Write('\n');
        }
    }

    private static string F(double v) => Math.Round(v, 4).ToString("0.####", CultureInfo.InvariantCulture);

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
