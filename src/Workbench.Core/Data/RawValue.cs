using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Workbench.Data;

/// <summary>The shape of a value as a source file held it, before validation.</summary>
internal enum RawKind
{
    Null,
    String,
    Number,
    Boolean,
    Array,
    Object,
    Timestamp,
}

/// <summary>
/// One cell or JSON value as read from a source, before it is checked against the schema.
/// </summary>
/// <remarks>
/// Loaders of three formats feed one validator through this type, so that a field is judged the same way whether it
/// came from JSONL, CSV or Parquet. <see cref="FromText"/> marks values that arrive as text (CSV), where numbers,
/// booleans and lists must be parsed out of strings; JSON and Parquet values keep their types and are judged strictly.
/// </remarks>
internal readonly record struct RawValue
{
    public RawKind Kind { get; init; }

    /// <summary>The text of a string, number or boolean (the number's literal as written).</summary>
    public string? Text { get; init; }

    /// <summary>The items of an array.</summary>
    public IReadOnlyList<RawValue>? Items { get; init; }

    /// <summary>A timestamp that the source typed as such (Parquet).</summary>
    public DateTimeOffset? Time { get; init; }

    /// <summary>The value as JSON text, kept for unknown columns and objects.</summary>
    public string? Json { get; init; }

    /// <summary>True when the source has no types (CSV): the text may hold a number, a boolean or a JSON array.</summary>
    public bool FromText { get; init; }

    public static RawValue Null => new() { Kind = RawKind.Null };

    public static RawValue OfString(string text, bool fromText = false) =>
        new() { Kind = RawKind.String, Text = text, FromText = fromText };

    public static RawValue OfNumber(string literal) => new() { Kind = RawKind.Number, Text = literal };

    public static RawValue OfBoolean(bool value) => new() { Kind = RawKind.Boolean, Text = value ? "true" : "false" };

    public static RawValue OfArray(IReadOnlyList<RawValue> items) => new() { Kind = RawKind.Array, Items = items };

    public static RawValue OfTime(DateTimeOffset time) => new() { Kind = RawKind.Timestamp, Time = time };

    public static RawValue OfObject(string json) => new() { Kind = RawKind.Object, Json = json };

    /// <summary>Converts a parsed JSON element, keeping each value's type.</summary>
    public static RawValue FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => Null,
        JsonValueKind.String => OfString(element.GetString()!),
        JsonValueKind.Number => OfNumber(element.GetRawText()),
        JsonValueKind.True => OfBoolean(true),
        JsonValueKind.False => OfBoolean(false),
        JsonValueKind.Array => OfArray(ArrayFromJson(element)),
        _ => OfObject(element.GetRawText()),
    };

    // Sized up front: LINQ's ToArray rents its segments from the shared ArrayPool of RawValue, and trimming that
    // pool after each gen-2 collection cost ingest a tenth of its CPU time.
    private static RawValue[] ArrayFromJson(JsonElement element)
    {
        var items = new RawValue[element.GetArrayLength()];
        var i = 0;
        foreach (var item in element.EnumerateArray()) items[i++] = FromJson(item);
        return items;
    }

    /// <summary>A short human-readable name of the kind, for error messages.</summary>
    public string Describe() => Kind switch
    {
        RawKind.Null => "null",
        RawKind.String => FromText ? "text" : "a string",
        RawKind.Number => "a number",
        RawKind.Boolean => "a boolean",
        RawKind.Array => "a list",
        RawKind.Timestamp => "a timestamp",
        _ => "an object",
    };

    /// <summary>The value as JSON text (for the extras map of unknown columns).</summary>
    public string ToJson()
    {
        switch (Kind)
        {
            case RawKind.Null:
                return "null";
            case RawKind.Number:
            case RawKind.Boolean:
                return Text!;
            case RawKind.Object:
                return Json!;
            case RawKind.Timestamp:
                return JsonSerializer.Serialize(AdJsonWriter.FormatTime(Time!.Value));
            case RawKind.Array:
                var sb = new StringBuilder("[");
                for (var i = 0; i < Items!.Count; i++)
                {
                    if (i > 0) sb.Append(',');
                    sb.Append(Items[i].ToJson());
                }
                return sb.Append(']').ToString();
            default:
                return JsonSerializer.Serialize(Text);
        }
    }

    /// <summary>Formats a CLR value that a typed reader (Parquet through DuckDB) returned.</summary>
    public static RawValue FromClr(object? value) => value switch
    {
        null or DBNull => Null,
        string s => OfString(s),
        bool b => OfBoolean(b),
        DateTimeOffset t => OfTime(t.ToUniversalTime()),
        // Parquet timestamps without a zone are written in UTC by every common writer.
        DateTime t => OfTime(new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc))),
        float or double or decimal or sbyte or byte or short or ushort or int or uint or long or ulong
            or System.Numerics.BigInteger or Half =>
            OfNumber(Convert.ToString(value, CultureInfo.InvariantCulture)!),
        System.Collections.IDictionary => OfObject(JsonSerializer.Serialize(value)),
        System.Collections.IEnumerable items => OfArray(items.Cast<object?>().Select(FromClr).ToArray()),
        _ => OfString(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty),
    };
}
