namespace Workbench.Data;

/// <summary>
/// One advertisement in the workbench's schema (<c>data-schemas/ad.schema.json</c>).
/// </summary>
/// <remarks>
/// The same record carries an ad before ingest (contacts raw, as a scraper or the synthetic generator wrote them)
/// and after it (contacts replaced by keyed tokens such as <c>ph_…</c>). Only pseudonymized ads ever reach the store,
/// a detector or an output: see <c>Pseudonymizer</c>. Field names in files are the snake_case names in the
/// schema; <see cref="AdFields"/> lists them.
/// </remarks>
public sealed record Ad
{
    /// <summary>Identifier of the ad, unique within a source (required).</summary>
    public required string AdId { get; init; }

    /// <summary>Time the ad was posted, in UTC (required).</summary>
    public required DateTimeOffset PostedAt { get; init; }

    /// <summary>Body text of the ad (required, may be empty).</summary>
    public required string Body { get; init; }

    /// <summary>Site the ad was posted on.</summary>
    public string? Site { get; init; }

    /// <summary>Category or section of the site.</summary>
    public string? Category { get; init; }

    /// <summary>Title of the ad.</summary>
    public string? Title { get; init; }

    /// <summary>City as the site lists it.</summary>
    public string? City { get; init; }

    /// <summary>Two-letter province or territory code (e.g. <c>ON</c>).</summary>
    public string? Province { get; init; }

    /// <summary>Latitude in decimal degrees (WGS 84).</summary>
    public double? Lat { get; init; }

    /// <summary>Longitude in decimal degrees (WGS 84).</summary>
    public double? Lon { get; init; }

    /// <summary>Phone numbers: raw before ingest, <c>ph_</c> tokens after.</summary>
    public IReadOnlyList<string> Phones { get; init; } = [];

    /// <summary>E-mail addresses: raw before ingest, <c>em_</c> tokens after.</summary>
    public IReadOnlyList<string> Emails { get; init; } = [];

    /// <summary>Social handles (<c>platform:name</c>): raw before ingest, <c>hd_</c> tokens after.</summary>
    public IReadOnlyList<string> Handles { get; init; } = [];

    /// <summary>URLs: raw before ingest, <c>ur_</c> tokens after.</summary>
    public IReadOnlyList<string> Urls { get; init; } = [];

    /// <summary>Stated price.</summary>
    public decimal? PriceAmount { get; init; }

    /// <summary>ISO 4217 currency of <see cref="PriceAmount"/> (CAD when absent).</summary>
    public string? PriceCurrency { get; init; }

    /// <summary>Duration the price buys, in minutes.</summary>
    public int? PriceDurationMin { get; init; }

    /// <summary>Whether the ad offers incall.</summary>
    public bool? Incall { get; init; }

    /// <summary>Whether the ad offers outcall.</summary>
    public bool? Outcall { get; init; }

    /// <summary>Age stated in the ad, in years.</summary>
    public int? StatedAge { get; init; }

    /// <summary>Ethnicity stated in the ad, as written.</summary>
    public string? StatedEthnicity { get; init; }

    /// <summary>Names (personas) used in the ad.</summary>
    public IReadOnlyList<string> Names { get; init; } = [];

    /// <summary>64-bit perceptual hashes of the ad's images, 16 lower-case hex digits each.</summary>
    public IReadOnlyList<string> ImageHashes { get; init; } = [];

    /// <summary>Local paths of the ad's images, relative to the source file.</summary>
    public IReadOnlyList<string> ImagePaths { get; init; } = [];

    /// <summary>
    /// DCT hashes of sub-windows of each image for crop-tolerant matching, 16 lower-case hex digits each: one block of
    /// <see cref="Images.CropMatchOptions.DefaultWindows"/> per entry of <see cref="ImageHashes"/>, in that order.
    /// </summary>
    public IReadOnlyList<string> ImageWindowHashes { get; init; } = [];

    /// <summary>
    /// Columns the schema does not know, kept rather than dropped: name to the raw JSON text of the value.
    /// </summary>
    public IReadOnlyDictionary<string, string> Extras { get; init; } = EmptyExtras;

    private static readonly IReadOnlyDictionary<string, string> EmptyExtras =
        new Dictionary<string, string>(StringComparer.Ordinal);
}
