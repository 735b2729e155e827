using System.Globalization;
using Workbench.Reference;
using Workbench.Store;

namespace Workbench.Reports;

/// <summary>
/// An overview of a store: volumes by day, province, site and city, contact coverage, reuse of phone tokens and the
/// quarantine. Everything here counts advertising activity, not people.
/// </summary>
/// <param name="Ads">Ads stored.</param>
/// <param name="Runs">Ingest runs.</param>
/// <param name="RowsRead">Rows read over all runs.</param>
/// <param name="RowsQuarantined">Rows quarantined over all runs.</param>
/// <param name="FirstPost">Earliest posting time.</param>
/// <param name="LastPost">Latest posting time.</param>
/// <param name="DistinctPhoneTokens">Distinct phone tokens.</param>
/// <param name="ShareWithPhone">Share of ads with at least one phone token.</param>
/// <param name="ShareWithEmail">Share of ads with an e-mail token.</param>
/// <param name="ShareWithHandle">Share of ads with a handle token.</param>
/// <param name="ShareWithImage">Share of ads with an image hash.</param>
/// <param name="AdsPerDay">Ads per posting day (UTC).</param>
/// <param name="Provinces">Ads per province, raw and per 100,000 residents.</param>
/// <param name="Sites">Ads per site.</param>
/// <param name="TopCities">The markets with the most ads, aliases counted under the reference city name.</param>
/// <param name="AdsPerPhone">Distribution of ads per phone token, in buckets.</param>
/// <param name="QuarantineReasons">Quarantined rows by field and kind of problem (first clause of the reason, values elided).</param>
public sealed record CorpusSummary(
    long Ads,
    int Runs,
    long RowsRead,
    long RowsQuarantined,
    DateTimeOffset? FirstPost,
    DateTimeOffset? LastPost,
    long DistinctPhoneTokens,
    double ShareWithPhone,
    double ShareWithEmail,
    double ShareWithHandle,
    double ShareWithImage,
    IReadOnlyList<DayCount> AdsPerDay,
    IReadOnlyList<ProvinceCount> Provinces,
    IReadOnlyList<NamedCount> Sites,
    IReadOnlyList<NamedCount> TopCities,
    IReadOnlyList<PhoneBucket> AdsPerPhone,
    IReadOnlyList<ReasonCount> QuarantineReasons)
{
    /// <summary>Computes the summary with SQL inside the store (no ads are loaded into memory).</summary>
    public static CorpusSummary Compute(AdStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var ads = store.AdCount();
        var runs = store.Runs();
        double Share(string condition) =>
            ads == 0 ? 0 : store.Scalar<long>($"SELECT count(*) FROM ads WHERE {condition}") / (double)ads;

        var perDay = Rows(store, "SELECT CAST(timezone('UTC', posted_at) AS DATE) AS d, count(*) FROM ads GROUP BY d ORDER BY d",
            r => new DayCount(r[0] is DateOnly day ? day : DateOnly.FromDateTime((DateTime)r[0]), Convert.ToInt64(r[1], CultureInfo.InvariantCulture)));
        var perProvince = Rows(store, "SELECT province, count(*) FROM ads WHERE province IS NOT NULL GROUP BY province ORDER BY province",
            r =>
            {
                var code = (string)r[0];
                var count = Convert.ToInt64(r[1], CultureInfo.InvariantCulture);
                var population = CanadaGeography.FindProvince(code)?.Population2021 ?? 0;
                return new ProvinceCount(code, count, population == 0 ? 0 : count * 100_000.0 / population);
            });
        var sites = Rows(store, "SELECT coalesce(site, '(none)') AS s, count(*) AS n FROM ads GROUP BY s ORDER BY n DESC, s",
            r => new NamedCount((string)r[0], Convert.ToInt64(r[1], CultureInfo.InvariantCulture)));
        // Sites write a market several ways (Montréal, MTL, Laval): count under the reference name where one is known.
        var cities = Rows(store, "SELECT coalesce(city, '(none)') AS c, count(*) AS n FROM ads GROUP BY c",
                r => new NamedCount((string)r[0], Convert.ToInt64(r[1], CultureInfo.InvariantCulture)))
            .GroupBy(c => CanadaGeography.FindCity(c.Name)?.Name ?? c.Name, StringComparer.Ordinal)
            .Select(g => new NamedCount(g.Key, g.Sum(c => c.Ads)))
            .OrderByDescending(c => c.Ads).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(15)
            .ToList();
        var buckets = Rows(store, """
            WITH per AS (SELECT p, count(*) AS n FROM (SELECT unnest(phones) AS p FROM ads) GROUP BY p)
            SELECT CASE WHEN n = 1 THEN '1' WHEN n <= 3 THEN '2-3' WHEN n <= 10 THEN '4-10' WHEN n <= 30 THEN '11-30'
                        WHEN n <= 100 THEN '31-100' ELSE '>100' END AS bucket, count(*) AS phones, min(n) AS lo
            FROM per GROUP BY bucket ORDER BY lo
            """, r => new PhoneBucket((string)r[0], Convert.ToInt64(r[1], CultureInfo.InvariantCulture)));
        var reasons = Rows(store, """
            SELECT coalesce(field, '(row)') || ': ' || left(regexp_replace(regexp_replace(split_part(reason, ';', 1),
                       '^[a-z_]+: ', ''), '''[^'']*''', '…', 'g'), 60) AS r, count(*) AS n
            FROM quarantine GROUP BY r ORDER BY n DESC, r LIMIT 12
            """, r => new ReasonCount((string)r[0], Convert.ToInt64(r[1], CultureInfo.InvariantCulture)));
        DateTimeOffset? first = ads == 0 ? null : perDay[0].Day.ToDateTime(TimeOnly.MinValue);
        DateTimeOffset? last = ads == 0 ? null : perDay[^1].Day.ToDateTime(TimeOnly.MinValue);

        return new CorpusSummary(
            ads, runs.Count, runs.Sum(r => r.RowsRead), runs.Sum(r => r.RowsQuarantined), first, last,
            store.Scalar<long>("SELECT count(DISTINCT p) FROM (SELECT unnest(phones) AS p FROM ads)"),
            Share("len(phones) > 0"), Share("len(emails) > 0"), Share("len(handles) > 0"), Share("len(image_hashes) > 0"),
            perDay, perProvince, sites, cities, buckets, reasons);
    }

    private static List<T> Rows<T>(AdStore store, string sql, Func<object[], T> map)
    {
        using var command = store.Connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            rows.Add(map(values));
        }
        return rows;
    }
}

/// <summary>Ads on one day.</summary>
/// <param name="Day">The day (UTC).</param>
/// <param name="Ads">Ads posted.</param>
public sealed record DayCount(DateOnly Day, long Ads);

/// <summary>Ads in one province.</summary>
/// <param name="Province">Two-letter code.</param>
/// <param name="Ads">Ads.</param>
/// <param name="AdsPer100k">Ads per 100,000 residents (2021 census).</param>
public sealed record ProvinceCount(string Province, long Ads, double AdsPer100k);

/// <summary>A count under a name.</summary>
/// <param name="Name">The name.</param>
/// <param name="Ads">Ads.</param>
public sealed record NamedCount(string Name, long Ads);

/// <summary>Phone tokens whose number of ads falls in one bucket.</summary>
/// <param name="Bucket">Range of ads per phone token, e.g. <c>4-10</c>.</param>
/// <param name="Phones">Phone tokens in that range.</param>
public sealed record PhoneBucket(string Bucket, long Phones);

/// <summary>Quarantined rows for one reason.</summary>
/// <param name="Reason">Field and first clause of the reason.</param>
/// <param name="Rows">Rows.</param>
public sealed record ReasonCount(string Reason, long Rows);
