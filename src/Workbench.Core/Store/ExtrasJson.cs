using System.Text.Json;

namespace Workbench.Store;

/// <summary>Stores the extras map (unknown columns) as one JSON object column.</summary>
internal static class ExtrasJson
{
    public static string? Format(IReadOnlyDictionary<string, string> extras)
    {
        if (extras.Count == 0) return null;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var (name, raw) in extras.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                json.WritePropertyName(name);
                json.WriteRawValue(raw);
            }
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static Dictionary<string, string> Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetRawText(), StringComparer.Ordinal);
    }
}
