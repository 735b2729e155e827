using System.Text.Json;

namespace Workbench.Data;

/// <summary>Streams JSON Lines records, one object per line, in constant memory.</summary>
/// <remarks>Blank lines are not records and are counted apart (<see cref="BlankLines"/>), so nothing is lost unseen.</remarks>
internal sealed class JsonlRowReader(string path) : IRowReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    public long BlankLines { get; private set; }

    public IEnumerable<RawRow> Rows()
    {
        using var reader = SourceFiles.OpenText(path);
        long lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                BlankLines++;
                continue;
            }
            var location = new SourceLocation(path, lineNumber, IsLine: true);
            yield return Parse(location, line);
        }
    }

    private static RawRow Parse(SourceLocation location, string line)
    {
        var excerpt = RawExcerpt.Mask(line);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, DocumentOptions);
        }
        catch (JsonException ex)
        {
            var where = ex.BytePositionInLine is { } pos ? $" at character {pos + 1}" : string.Empty;
            var what = line.TrimEnd().EndsWith('}') ? "malformed JSON" : "truncated or malformed JSON";
            return new RawRow(location, null, $"{what}{where}: {FirstSentence(ex.Message)}", excerpt);
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return new RawRow(location, null, $"expected a JSON object, found {document.RootElement.ValueKind}", excerpt);
            }
            var fields = new List<KeyValuePair<string, RawValue>>(24);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                fields.Add(new(property.Name, RawValue.FromJson(property.Value)));
            }
            return new RawRow(location, fields, null, excerpt);
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    public void Dispose()
    {
    }
}
