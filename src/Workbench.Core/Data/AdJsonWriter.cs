using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Workbench.Data;

/// <summary>
/// Writes ads as JSON Lines in the schema's field order, byte for byte the same for the same ads.
/// </summary>
/// <remarks>
/// Determinism matters because the synthetic corpus promises byte-identical files for the same seed, and because
/// golden files compare what people read. Null fields and empty lists are omitted; unknown columns
/// (<see cref="Ad.Extras"/>) follow the known ones in ordinal order of their names.
/// </remarks>
public sealed class AdJsonWriter : IDisposable
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Keep accents and emoji readable in the file; the writer still escapes what JSON requires.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
        SkipValidation = false,
    };

    private readonly Stream _stream;
    private readonly bool _ownsStream;
    private readonly Utf8JsonWriter _json;

    /// <summary>Writes to <paramref name="stream"/>; disposes it with the writer when <paramref name="ownsStream"/>.</summary>
    public AdJsonWriter(Stream stream, bool ownsStream = true)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _ownsStream = ownsStream;
        _json = new Utf8JsonWriter(stream, WriterOptions);
    }

    /// <summary>Creates (or overwrites) a JSONL file.</summary>
    public static AdJsonWriter Create(string path) =>
        new(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16));

    /// <summary>Appends one ad as one line.</summary>
    public void Write(Ad ad)
    {
        ArgumentNullException.ThrowIfNull(ad);
        WriteObject(_json, ad);
        _json.Flush();
        _json.Reset();
        _stream.WriteByte((byte)'\n');
    }

    /// <summary>Serializes one ad to a single JSON line without the trailing newline.</summary>
    public static string ToJson(Ad ad)
    {
        ArgumentNullException.ThrowIfNull(ad);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            WriteObject(json, ad);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Formats a time as the schema writes it: UTC, seconds, <c>Z</c>.</summary>
    public static string FormatTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void WriteObject(Utf8JsonWriter json, Ad ad)
    {
        json.WriteStartObject();
        json.WriteString(AdFields.AdId, ad.AdId);
        json.WriteString(AdFields.PostedAt, FormatTime(ad.PostedAt));
        WriteOptional(json, AdFields.Site, ad.Site);
        WriteOptional(json, AdFields.Category, ad.Category);
        WriteOptional(json, AdFields.Title, ad.Title);
        json.WriteString(AdFields.Body, ad.Body);
        WriteOptional(json, AdFields.City, ad.City);
        WriteOptional(json, AdFields.Province, ad.Province);
        if (ad.Lat is { } lat) json.WriteNumber(AdFields.Lat, Math.Round(lat, 6));
        if (ad.Lon is { } lon) json.WriteNumber(AdFields.Lon, Math.Round(lon, 6));
        WriteList(json, AdFields.Phones, ad.Phones);
        WriteList(json, AdFields.Emails, ad.Emails);
        WriteList(json, AdFields.Handles, ad.Handles);
        WriteList(json, AdFields.Urls, ad.Urls);
        if (ad.PriceAmount is { } price) json.WriteNumber(AdFields.PriceAmount, price);
        WriteOptional(json, AdFields.PriceCurrency, ad.PriceCurrency);
        if (ad.PriceDurationMin is { } minutes) json.WriteNumber(AdFields.PriceDurationMin, minutes);
        if (ad.Incall is { } incall) json.WriteBoolean(AdFields.Incall, incall);
        if (ad.Outcall is { } outcall) json.WriteBoolean(AdFields.Outcall, outcall);
        if (ad.StatedAge is { } age) json.WriteNumber(AdFields.StatedAge, age);
        WriteOptional(json, AdFields.StatedEthnicity, ad.StatedEthnicity);
        WriteList(json, AdFields.Names, ad.Names);
        WriteList(json, AdFields.ImageHashes, ad.ImageHashes);
        WriteList(json, AdFields.ImagePaths, ad.ImagePaths);
        WriteList(json, AdFields.ImageWindowHashes, ad.ImageWindowHashes);
        if (ad.Extras.Count > 0) WriteExtras(json, ad.Extras);
        json.WriteEndObject();
    }

    private static void WriteExtras(Utf8JsonWriter json, IReadOnlyDictionary<string, string> extras)
    {
        foreach (var (name, rawJson) in extras.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            json.WritePropertyName(name);
            json.WriteRawValue(rawJson, skipInputValidation: false);
        }
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null) json.WriteString(name, value);
    }

    private static void WriteList(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0) return;
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _json.Dispose();
        if (_ownsStream) _stream.Dispose();
    }
}
