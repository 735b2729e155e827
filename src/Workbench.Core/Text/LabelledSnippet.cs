using System.Text.Json;

namespace Workbench.Text;

/// <summary>
/// A short text with the contacts a correct extractor must find in it: one line of an evaluation set.
/// </summary>
/// <remarks>
/// JSONL form, one object per line: <c>{"id": "...", "category": "...", "title": null, "text": "...",
/// "phones": ["+1…"], "emails": [...], "handles": ["platform:name"], "urls": [...]}</c>. Values are in the
/// extractors' canonical forms. A missing <c>urls</c> key means URLs are not labelled in that line and are not
/// scored; the other lists default to empty (the line asserts there are none). A non-null <c>title</c> is read
/// with <see cref="ContactExtractor.ExtractAcross"/>, for numbers split between title and body.
/// </remarks>
/// <param name="Id">Identifier of the line, unique in its file.</param>
/// <param name="Category">What the line tests (an obfuscation operation, a kind of negative, a source such as hand-written).</param>
/// <param name="Title">Title of the ad when the line tests title and body together; otherwise null.</param>
/// <param name="Text">The text (the body when <paramref name="Title"/> is set).</param>
/// <param name="Phones">Expected E.164 phones.</param>
/// <param name="Emails">Expected lower-cased e-mails.</param>
/// <param name="Handles">Expected <c>platform:name</c> handles.</param>
/// <param name="Urls">Expected URLs, or null when URLs are not labelled.</param>
public sealed record LabelledSnippet(
    string Id,
    string Category,
    string? Title,
    string Text,
    IReadOnlyList<string> Phones,
    IReadOnlyList<string> Emails,
    IReadOnlyList<string> Handles,
    IReadOnlyList<string>? Urls)
{
    /// <summary>Reads a JSONL file of snippets (blank lines skipped).</summary>
    /// <param name="path">Path of the file.</param>
    /// <exception cref="FormatException">With the file, line and field when a line is malformed.</exception>
    public static IReadOnlyList<LabelledSnippet> ReadJsonl(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var result = new List<LabelledSnippet>();
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
                throw new FormatException($"{path}:{lineNumber}: {e.Message} (each line needs id, category, text and string arrays phones/emails/handles)", e);
            }
        }
        return result;
    }

    /// <summary>Parses one JSONL line.</summary>
    /// <param name="json">One JSON object.</param>
    public static LabelledSnippet Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        return new LabelledSnippet(
            root.GetProperty("id").GetString() ?? throw new InvalidOperationException("id is null"),
            root.TryGetProperty("category", out var category) ? category.GetString() ?? "" : "",
            root.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String ? title.GetString() : null,
            root.GetProperty("text").GetString() ?? throw new InvalidOperationException("text is null"),
            Strings(root, "phones") ?? [],
            Strings(root, "emails") ?? [],
            Strings(root, "handles") ?? [],
            Strings(root, "urls"));
    }

    /// <summary>Writes the snippet as one JSONL line (no trailing newline), keys in a fixed order.</summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("id", Id);
            w.WriteString("category", Category);
            if (Title is null) w.WriteNull("title");
            else w.WriteString("title", Title);
            w.WriteString("text", Text);
            WriteArray(w, "phones", Phones);
            WriteArray(w, "emails", Emails);
            WriteArray(w, "handles", Handles);
            if (Urls is not null) WriteArray(w, "urls", Urls);
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteArray(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private static string[]? Strings(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var array) || array.ValueKind == JsonValueKind.Null) return null;
        return array.EnumerateArray().Select(e => e.GetString() ?? throw new InvalidOperationException($"{name} holds a null")).ToArray();
    }
}
