using System.Globalization;

namespace Workbench.Data;

/// <summary>
/// Checks one raw row against the ad schema and builds the typed <see cref="Ad"/>, or says which field is wrong and why.
/// </summary>
/// <remarks>
/// One validator serves every format. JSON and Parquet values must have the schema's type (a string where a number is
/// due is an error); CSV cells are text and are parsed (<see cref="RawValue.FromText"/>). Unknown columns are kept in
/// <see cref="Ad.Extras"/>, never dropped. Ages under 18 are kept as stated: they are evidence, not an input error.
/// </remarks>
internal static class AdRowValidator
{
    private static readonly Dictionary<string, string> ProvinceNames = BuildProvinceNames();

    /// <summary>The outcome of validating one row: the ad, or the first bad field and all reasons.</summary>
    internal readonly record struct Result(Ad? Ad, string? Field, string? Reason);

    public static Result Validate(IReadOnlyList<KeyValuePair<string, RawValue>> fields, LoaderOptions options)
    {
        var errors = new List<(string Field, string Reason)>();
        var values = new Dictionary<string, RawValue>(fields.Count, StringComparer.Ordinal);
        Dictionary<string, string>? extras = null;
        foreach (var (name, value) in fields)
        {
            if (AdFields.IsKnown(name))
            {
                if (!values.TryAdd(name, value)) errors.Add((name, "the field appears twice in the row"));
            }
            else if (name.Length > 0)
            {
                extras ??= new Dictionary<string, string>(StringComparer.Ordinal);
                if (CheckText(name, value, options, errors)) extras[name] = value.ToJson();
            }
        }

        var reader = new FieldReader(values, options, errors);
        var adId = reader.RequiredId();
        var postedAt = reader.RequiredTime(AdFields.PostedAt);
        var body = reader.RequiredString(AdFields.Body);
        var ad = new Ad
        {
            AdId = adId ?? string.Empty,
            PostedAt = postedAt ?? default,
            Body = body ?? string.Empty,
            Site = reader.String(AdFields.Site),
            Category = reader.String(AdFields.Category),
            Title = reader.String(AdFields.Title),
            City = reader.String(AdFields.City),
            Province = reader.ProvinceCode(),
            Lat = reader.Double(AdFields.Lat, -90, 90),
            Lon = reader.Double(AdFields.Lon, -180, 180),
            Phones = reader.List(AdFields.Phones),
            Emails = reader.List(AdFields.Emails),
            Handles = reader.List(AdFields.Handles),
            Urls = reader.List(AdFields.Urls),
            PriceAmount = reader.Decimal(AdFields.PriceAmount),
            PriceCurrency = reader.Currency(),
            PriceDurationMin = reader.Int(AdFields.PriceDurationMin, 1, 60 * 24 * 31),
            Incall = reader.Bool(AdFields.Incall),
            Outcall = reader.Bool(AdFields.Outcall),
            StatedAge = reader.Int(AdFields.StatedAge, 0, 120),
            StatedEthnicity = reader.String(AdFields.StatedEthnicity),
            Names = reader.List(AdFields.Names),
            ImageHashes = reader.HashList(AdFields.ImageHashes),
            ImagePaths = reader.List(AdFields.ImagePaths),
            ImageWindowHashes = reader.HashList(AdFields.ImageWindowHashes),
            Extras = extras ?? new Dictionary<string, string>(StringComparer.Ordinal),
        };

        if (errors.Count > 0)
        {
            var reason = string.Join("; ", errors.Select(e => $"{e.Field}: {e.Reason}"));
            return new Result(null, errors[0].Field, reason);
        }
        return new Result(ad, null, null);
    }

    private static bool CheckText(string field, RawValue value, LoaderOptions options, List<(string, string)> errors)
    {
        if (InvalidUtf8.Contains(value.Text) || InvalidUtf8.Contains(value.Json))
        {
            errors.Add((field, "invalid UTF-8 byte sequence; re-encode the file as UTF-8"));
            return false;
        }
        if ((value.Text?.Length ?? 0) > options.MaxFieldChars || (value.Json?.Length ?? 0) > options.MaxFieldChars)
        {
            errors.Add((field, $"longer than {options.MaxFieldChars:N0} characters (LoaderOptions.MaxFieldChars)"));
            return false;
        }
        if (value.Items is { } items)
        {
            foreach (var item in items)
            {
                if (!CheckText(field, item, options, errors)) return false;
            }
        }
        return true;
    }

    private static Dictionary<string, string> BuildProvinceNames()
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in Reference.CanadaGeography.Provinces)
        {
            map[p.Code] = p.Code;
            map[p.Name] = p.Code;
            map[p.NameFr] = p.Code;
        }
        // Abbreviations in common use besides the postal codes.
        map["Ont"] = "ON"; map["Ont."] = "ON"; map["Que"] = "QC"; map["PQ"] = "QC"; map["Alta"] = "AB";
        map["Sask"] = "SK"; map["Man"] = "MB"; map["Nfld"] = "NL"; map["PEI"] = "PE"; map["Yukon Territory"] = "YT";
        return map;
    }

    /// <summary>Reads typed fields out of the row, recording every problem.</summary>
    private sealed class FieldReader(
        Dictionary<string, RawValue> values,
        LoaderOptions options,
        List<(string Field, string Reason)> errors)
    {
        private bool TryGet(string field, out RawValue value)
        {
            if (!values.TryGetValue(field, out value) || value.Kind == RawKind.Null) return false;
            if (value.FromText && value.Kind == RawKind.String && value.Text!.Length == 0) return false; // empty CSV cell
            return CheckText(field, value, options, errors);
        }

        private void Fail(string field, string reason) => errors.Add((field, reason));

        public string? RequiredId()
        {
            if (!values.TryGetValue(AdFields.AdId, out var value) || value.Kind == RawKind.Null)
            {
                Fail(AdFields.AdId, "required field is missing");
                return null;
            }
            if (!CheckText(AdFields.AdId, value, options, errors)) return null;
            // Numeric ids are common in scrapes; they are kept as their literal text.
            if (value.Kind is RawKind.String or RawKind.Number && !string.IsNullOrWhiteSpace(value.Text))
            {
                return value.Text!.Trim();
            }
            Fail(AdFields.AdId, value.Kind == RawKind.String ? "required field is empty" : $"expected a string, found {value.Describe()}");
            return null;
        }

        public DateTimeOffset? RequiredTime(string field)
        {
            if (!TryGet(field, out var value))
            {
                if (!errors.Any(e => e.Field == field)) Fail(field, "required field is missing");
                return null;
            }
            if (value.Kind == RawKind.Timestamp) return value.Time;
            if (value.Kind != RawKind.String)
            {
                Fail(field, $"expected an ISO 8601 date-time string, found {value.Describe()}");
                return null;
            }
            return ParseTime(field, value.Text!);
        }

        private DateTimeOffset? ParseTime(string field, string text)
        {
            var trimmed = text.Trim();
            if (!IsoTimes.Rfc3339().IsMatch(trimmed))
            {
                var hint = IsoTimes.WithoutZone().IsMatch(trimmed)
                    ? "has no time zone; write ISO 8601 with 'Z' or an offset such as -05:00"
                    : "is not an ISO 8601 date-time with seconds and a zone (expected e.g. 2026-03-01T14:05:00Z)";
                Fail(field, $"'{Cut(trimmed)}' {hint}");
                return null;
            }
            if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var time))
            {
                return time.ToUniversalTime();
            }
            Fail(field, $"'{Cut(trimmed)}' is not a valid calendar date-time");
            return null;
        }

        public string? RequiredString(string field)
        {
            if (!values.TryGetValue(field, out var value) || value.Kind == RawKind.Null)
            {
                Fail(field, "required field is missing");
                return null;
            }
            if (!CheckText(field, value, options, errors)) return null;
            if (value.Kind != RawKind.String)
            {
                Fail(field, $"expected a string, found {value.Describe()}");
                return null;
            }
            return value.Text;
        }

        public string? String(string field)
        {
            if (!TryGet(field, out var value)) return null;
            if (value.Kind == RawKind.String) return value.Text;
            Fail(field, $"expected a string, found {value.Describe()}");
            return null;
        }

        public string? ProvinceCode()
        {
            var text = String(AdFields.Province);
            if (text is null) return null;
            if (ProvinceNames.TryGetValue(text.Trim(), out var code)) return code;
            Fail(AdFields.Province, $"'{Cut(text)}' is not a Canadian province or territory (use a two-letter code such as ON)");
            return null;
        }

        public string? Currency()
        {
            var text = String(AdFields.PriceCurrency);
            if (text is null) return null;
            var trimmed = text.Trim();
            if (trimmed.Length == 3 && trimmed.All(char.IsAsciiLetter)) return trimmed.ToUpperInvariant();
            Fail(AdFields.PriceCurrency, $"'{Cut(text)}' is not an ISO 4217 currency code (e.g. CAD)");
            return null;
        }

        private string? NumberText(string field, RawValue value)
        {
            if (value.Kind == RawKind.Number) return value.Text;
            if (value.Kind == RawKind.String && value.FromText) return value.Text!.Trim();
            Fail(field, $"expected a number, found {value.Describe()}");
            return null;
        }

        public double? Double(string field, double min, double max)
        {
            if (!TryGet(field, out var value) || NumberText(field, value) is not { } text) return null;
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                && double.IsFinite(number))
            {
                if (number >= min && number <= max) return number;
                Fail(field, $"{number.ToString(CultureInfo.InvariantCulture)} is outside {min}..{max}");
                return null;
            }
            Fail(field, $"'{Cut(text)}' is not a number");
            return null;
        }

        public decimal? Decimal(string field)
        {
            if (!TryGet(field, out var value) || NumberText(field, value) is not { } text) return null;
            if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                if (number >= 0) return number;
                Fail(field, $"{text} is negative");
                return null;
            }
            Fail(field, $"'{Cut(text)}' is not a number");
            return null;
        }

        public int? Int(string field, int min, int max)
        {
            if (!TryGet(field, out var value) || NumberText(field, value) is not { } text) return null;
            if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                && number == decimal.Truncate(number) && number >= int.MinValue && number <= int.MaxValue)
            {
                var whole = (int)number;
                if (whole >= min && whole <= max) return whole;
                Fail(field, $"{whole} is outside {min}..{max}");
                return null;
            }
            Fail(field, $"'{Cut(text)}' is not a whole number");
            return null;
        }

        public bool? Bool(string field)
        {
            if (!TryGet(field, out var value)) return null;
            if (value.Kind == RawKind.Boolean) return value.Text == "true";
            if (value.Kind == RawKind.String && value.FromText)
            {
                switch (value.Text!.Trim().ToUpperInvariant())
                {
                    case "TRUE" or "1" or "YES" or "Y" or "T": return true;
                    case "FALSE" or "0" or "NO" or "N" or "F": return false;
                }
            }
            Fail(field, $"expected true or false, found {Describe(value)}");
            return null;
        }

        public IReadOnlyList<string> List(string field)
        {
            if (!TryGet(field, out var value)) return [];
            if (value.Kind == RawKind.String && value.FromText) value = ParseTextList(field, value.Text!);
            if (value.Kind == RawKind.Array)
            {
                var items = new List<string>(value.Items!.Count);
                foreach (var item in value.Items)
                {
                    if (item.Kind == RawKind.Null) continue;
                    if (item.Kind != RawKind.String)
                    {
                        Fail(field, $"list items must be strings, found {item.Describe()}");
                        return [];
                    }
                    if (!string.IsNullOrWhiteSpace(item.Text)) items.Add(item.Text!.Trim());
                }
                return items;
            }
            if (value.Kind != RawKind.Null) Fail(field, $"expected a list of strings, found {value.Describe()}");
            return [];
        }

        // In CSV a list is a JSON array in one cell; a cell without brackets is read as a single item.
        private RawValue ParseTextList(string field, string text)
        {
            var trimmed = text.Trim();
            if (!trimmed.StartsWith('[')) return RawValue.OfArray([RawValue.OfString(trimmed)]);
            try
            {
                using var doc = System.Text.Json.JsonDocument.Parse(trimmed);
                return RawValue.FromJson(doc.RootElement);
            }
            catch (System.Text.Json.JsonException ex)
            {
                Fail(field, $"not a valid JSON array: {ex.Message}");
                return RawValue.Null;
            }
        }

        public IReadOnlyList<string> HashList(string field)
        {
            var hashes = List(field);
            for (var i = 0; i < hashes.Count; i++)
            {
                var h = hashes[i];
                if (h.Length != 16 || !h.All(char.IsAsciiHexDigit))
                {
                    Fail(field, $"'{Cut(h)}' is not 16 hexadecimal digits");
                    return [];
                }
            }
            return hashes.Select(h => h.ToLowerInvariant()).ToArray();
        }

        private static string Describe(RawValue value) =>
            value.Kind == RawKind.String ? $"'{Cut(value.Text!)}'" : value.Describe();

        // Values of date and number fields are shown as written (the user must see what to fix) unless they look
        // like a contact; everything else is masked, because a raw row has not been pseudonymized yet.
        private static string Cut(string text) => RawExcerpt.MaskIfContactLike(text, 40);
    }
}

/// <summary>The date-time forms the schema accepts (data-schemas/ad.schema.json, <c>posted_at</c>).</summary>
internal static partial class IsoTimes
{
    /// <summary>RFC 3339: date, upper-case T, time with seconds, optional fraction, Z or an offset.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]{1,9})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$")]
    public static partial System.Text.RegularExpressions.Regex Rfc3339();

    /// <summary>The same without a zone: a common mistake worth its own message.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?$")]
    public static partial System.Text.RegularExpressions.Regex WithoutZone();
}
