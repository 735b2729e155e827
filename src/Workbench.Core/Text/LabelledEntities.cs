using System.Text.Json;

namespace Workbench.Text;

/// <summary>
/// A short text with the prices, ages, names and cities a correct extractor must find in it: one line of the
/// entity evaluation set (<c>entities-labelled.jsonl</c>).
/// </summary>
/// <remarks>
/// JSONL, one object per line: <c>{"id": "...", "category": "...", "text": "...", "prices": ["150 CAD/60min"],
/// "ages": ["23"], "names": ["Sasha"], "cities": ["Montreal, QC"]}</c>, values in the extractors' normalized forms.
/// A missing key means that kind is not labelled in the line and is not scored; an empty array asserts there is none.
/// </remarks>
/// <param name="Id">Identifier, unique in its file.</param>
/// <param name="Category">What the line tests (a price form, a negative, a language).</param>
/// <param name="Text">The text.</param>
/// <param name="Expected">Expected values per labelled kind (only <see cref="EntityKind.Price"/>, <see cref="EntityKind.Age"/>,
/// <see cref="EntityKind.Name"/>, <see cref="EntityKind.City"/>).</param>
public sealed record LabelledEntities(string Id, string Category, string Text, IReadOnlyDictionary<EntityKind, IReadOnlyList<string>> Expected)
{
    private static readonly (string Key, EntityKind Kind)[] Keys =
        [("prices", EntityKind.Price), ("ages", EntityKind.Age), ("names", EntityKind.Name), ("cities", EntityKind.City)];

    /// <summary>Reads a JSONL file (blank lines skipped).</summary>
    /// <exception cref="FormatException">With the file and line when a line is malformed.</exception>
    public static IReadOnlyList<LabelledEntities> ReadJsonl(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var result = new List<LabelledEntities>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                result.Add(Parse(line));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new FormatException($"{path}:{lineNumber}: {e.Message} (each line needs id, category, text and string arrays prices/ages/names/cities)", e);
            }
        }
        return result;
    }

    /// <summary>Parses one JSONL line.</summary>
    public static LabelledEntities Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var expected = new Dictionary<EntityKind, IReadOnlyList<string>>();
        foreach (var (key, kind) in Keys)
        {
            if (!root.TryGetProperty(key, out var array) || array.ValueKind == JsonValueKind.Null) continue;
            expected[kind] = array.EnumerateArray().Select(e => e.GetString() ?? throw new InvalidOperationException($"{key} holds a null")).ToArray();
        }
        return new LabelledEntities(
            root.GetProperty("id").GetString() ?? throw new InvalidOperationException("id is null"),
            root.TryGetProperty("category", out var category) ? category.GetString() ?? "" : "",
            root.GetProperty("text").GetString() ?? throw new InvalidOperationException("text is null"),
            expected);
    }
}
