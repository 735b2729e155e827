namespace Workbench.Data;

/// <summary>
/// The field names of the ad record as they appear in JSONL keys, CSV columns and Parquet columns.
/// </summary>
/// <remarks>These names are a contract (../shared/DESIGN.md): loaders, writers and the schema all use this list.</remarks>
public static class AdFields
{
#pragma warning disable CS1591 // the names document themselves; their meanings live in data-schemas/ad.md
    public const string AdId = "ad_id";
    public const string PostedAt = "posted_at";
    public const string Body = "body";
    public const string Site = "site";
    public const string Category = "category";
    public const string Title = "title";
    public const string City = "city";
    public const string Province = "province";
    public const string Lat = "lat";
    public const string Lon = "lon";
    public const string Phones = "phones";
    public const string Emails = "emails";
    public const string Handles = "handles";
    public const string Urls = "urls";
    public const string PriceAmount = "price_amount";
    public const string PriceCurrency = "price_currency";
    public const string PriceDurationMin = "price_duration_min";
    public const string Incall = "incall";
    public const string Outcall = "outcall";
    public const string StatedAge = "stated_age";
    public const string StatedEthnicity = "stated_ethnicity";
    public const string Names = "names";
    public const string ImageHashes = "image_hashes";
    public const string ImagePaths = "image_paths";
    public const string ImageWindowHashes = "image_window_hashes";
#pragma warning restore CS1591

    /// <summary>Every known field, in the canonical column order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        AdId, PostedAt, Site, Category, Title, Body, City, Province, Lat, Lon,
        Phones, Emails, Handles, Urls, PriceAmount, PriceCurrency, PriceDurationMin,
        Incall, Outcall, StatedAge, StatedEthnicity, Names, ImageHashes, ImagePaths, ImageWindowHashes,
    ];

    /// <summary>The fields every row must carry.</summary>
    public static IReadOnlyList<string> Required { get; } = [AdId, PostedAt, Body];

    /// <summary>The fields that hold lists (JSON arrays; in CSV a JSON array in one cell).</summary>
    public static IReadOnlySet<string> ListFields { get; } =
        new HashSet<string>(StringComparer.Ordinal) { Phones, Emails, Handles, Urls, Names, ImageHashes, ImagePaths, ImageWindowHashes };

    private static readonly HashSet<string> Known = new(All, StringComparer.Ordinal);

    /// <summary>Whether <paramref name="name"/> is a field of the schema.</summary>
    public static bool IsKnown(string name) => Known.Contains(name);
}
