using System.Text.Json;
using Json.Schema;

namespace Workbench.Tests.Schemas;

/// <summary>
/// Every schema of <c>data-schemas/</c>, built once into one registry so that cross-file references
/// (<c>label-audit</c> → <c>label</c>) resolve without any network, and evaluated with <c>format</c> asserted.
/// </summary>
internal static class SchemaCatalog
{
    /// <summary>The base every schema's <c>$id</c> lives under (a reserved domain: it never resolves).</summary>
    public const string BaseUri = "https://workbench.invalid/data-schemas/";

    private static readonly Lazy<Built> LazyBuilt = new(Build);

    public static string Directory => Path.Combine(RepoPaths.Root, "data-schemas");

    public static string ExamplesDirectory =>
        Path.Combine(RepoPaths.Root, "tests", "Workbench.Core.Tests", "Schemas", "Examples");

    /// <summary>File names of every schema (<c>*.schema.json</c>), sorted ordinally.</summary>
    public static IReadOnlyList<string> FileNames { get; } =
        System.IO.Directory.GetFiles(Path.Combine(RepoPaths.Root, "data-schemas"), "*.schema.json")
            .Select(Path.GetFileName)
            .OfType<string>()
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToArray();

    /// <summary>Format is only an annotation in 2020-12 unless asked for: we ask, as a careful loader would.</summary>
    public static EvaluationOptions Options { get; } = new()
    {
        OutputFormat = OutputFormat.Hierarchical,
        RequireFormatValidation = true,
    };

    /// <summary>The parsed text of a schema file.</summary>
    public static JsonElement Document(string fileName) => LazyBuilt.Value.Documents[fileName];

    /// <summary>
    /// Evaluates <paramref name="instance"/> against a schema file or a part of one
    /// (<c>ad.schema.json#/$defs/pseudonymized</c>, relative to <see cref="BaseUri"/>).
    /// </summary>
    public static EvaluationResults Evaluate(string schemaReference, JsonElement instance)
    {
        var built = LazyBuilt.Value;
        var schema = built.Schemas.TryGetValue(schemaReference, out var whole)
            ? whole
            : JsonSchema.FromText(
                JsonSerializer.Serialize(new Dictionary<string, string> { ["$ref"] = BaseUri + schemaReference }),
                built.BuildOptions);
        return schema.Evaluate(instance, Options);
    }

    /// <summary>Evaluates JSON text; see <see cref="Evaluate(string, JsonElement)"/>.</summary>
    public static EvaluationResults Evaluate(string schemaReference, string json)
    {
        using var doc = JsonDocument.Parse(json);
        return Evaluate(schemaReference, doc.RootElement.Clone());
    }

    /// <summary>
    /// Every keyword that made the instance fail, as (instance location, keyword, message). Walks the hierarchical
    /// output along invalid nodes only, because the validator also reports failures inside <c>if</c> and
    /// <c>not</c> that do not fail the instance, and reports nothing of its own for a failed <c>oneOf</c>,
    /// <c>anyOf</c> or <c>not</c>: those are derived here from their branches.
    /// </summary>
    public static IReadOnlyList<(string Location, string Keyword, string Message)> Errors(EvaluationResults results)
    {
        var list = new List<(string, string, string)>();
        Walk(results, keyword: "", list);
        return list;
    }

    private static void Walk(EvaluationResults node, string keyword, List<(string, string, string)> list)
    {
        var location = node.InstanceLocation.ToString();
        if (node.Errors is { } errors)
        {
            foreach (var (key, message) in errors) list.Add((location, key.Length > 0 ? key : keyword, message));
        }
        if (node.Details is not { } details) return;
        var parentPath = node.EvaluationPath.ToString();
        foreach (var group in details.GroupBy(child => FirstSegment(parentPath, child.EvaluationPath.ToString())))
        {
            var branches = group.ToArray();
            switch (group.Key)
            {
                case "if":
                    break; // a failed condition only selects then/else
                case "not":
                    if (branches.All(b => b.IsValid)) list.Add((location, "not", "the value matches a form it must not have"));
                    break;
                case "anyOf":
                    if (!branches.Any(b => b.IsValid))
                    {
                        list.Add((location, "anyOf", "no alternative matches"));
                        foreach (var b in branches) Walk(b, group.Key, list);
                    }
                    break;
                case "oneOf":
                    var matched = branches.Count(b => b.IsValid);
                    if (matched != 1) list.Add((location, "oneOf", $"{matched} alternatives match, exactly one must"));
                    if (matched == 0) foreach (var b in branches) Walk(b, group.Key, list);
                    break;
                default:
                    foreach (var b in branches.Where(b => !b.IsValid)) Walk(b, group.Key, list);
                    break;
            }
        }
    }

    private static string FirstSegment(string parentPath, string childPath)
    {
        var rest = childPath.StartsWith(parentPath, StringComparison.Ordinal) ? childPath[parentPath.Length..] : childPath;
        var segments = rest.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length > 0 ? segments[0] : "";
    }

    /// <summary>A one-line summary of the errors, for assertion messages.</summary>
    public static string Describe(EvaluationResults results) =>
        string.Join("; ", Errors(results).Select(e => $"'{e.Location}' {e.Keyword}: {e.Message}"));

    private static Built Build()
    {
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var documents = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var schemas = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        foreach (var name in FileNames)
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, name)));
            documents[name] = doc.RootElement.Clone();
        }
        foreach (var name in FileNames)
        {
            schemas[name] = JsonSchema.Build(documents[name], options, new Uri(BaseUri + name));
        }
        return new Built(documents, schemas, options);
    }

    private sealed record Built(
        IReadOnlyDictionary<string, JsonElement> Documents,
        IReadOnlyDictionary<string, JsonSchema> Schemas,
        BuildOptions BuildOptions);
}
