using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workbench.Tests.Notebooks;

/// <summary>Writes small .ipynb files for runner tests.</summary>
internal static class TestNotebooks
{
    public static string Ipynb(params (string Kind, string Source, string[]? Tags)[] cells)
    {
        var array = new JsonArray();
        foreach (var (kind, source, tags) in cells)
        {
            var metadata = new JsonObject();
            if (kind == "code")
            {
                metadata["dotnet_interactive"] = new JsonObject { ["language"] = "csharp" };
                metadata["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" };
            }
            if (tags is not null) metadata["tags"] = new JsonArray(tags.Select(t => (JsonNode)t!).ToArray());
            var cell = new JsonObject { ["cell_type"] = kind, ["metadata"] = metadata, ["source"] = source };
            if (kind == "code")
            {
                cell["execution_count"] = null;
                cell["outputs"] = new JsonArray();
            }
            array.Add(cell);
        }
        var notebook = new JsonObject
        {
            ["cells"] = array,
            ["metadata"] = new JsonObject
            {
                ["kernelspec"] = new JsonObject { ["display_name"] = ".NET (C#)", ["language"] = "C#", ["name"] = ".net-csharp" },
                ["language_info"] = new JsonObject { ["name"] = "polyglot-notebook" },
                ["polyglot_notebook"] = JsonNode.Parse("""{"kernelInfo":{"defaultKernelName":"csharp","items":[{"aliases":[],"name":"csharp"}]}}"""),
            },
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
        };
        return notebook.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    public static (string Kind, string Source, string[]? Tags) Code(string source, params string[] tags) => ("code", source, tags.Length == 0 ? null : tags);

    public static (string Kind, string Source, string[]? Tags) Markdown(string source) => ("markdown", source, null);

    /// <summary>The outputs of each code cell of a written notebook, as text.</summary>
    public static List<(string Source, string Outputs, string[] Tags)> CodeCells(string path)
    {
        var doc = JsonNode.Parse(File.ReadAllText(path))!;
        return doc["cells"]!.AsArray()
            .Where(c => c!["cell_type"]!.GetValue<string>() == "code")
            .Select(c => (Join(c!["source"]), c!["outputs"]!.ToJsonString(), c["metadata"]?["tags"]?.AsArray().Select(t => t!.GetValue<string>()).ToArray() ?? []))
            .ToList();
    }

    private static string Join(JsonNode? source) => source is JsonArray lines ? string.Concat(lines.Select(l => l!.GetValue<string>())) : source?.GetValue<string>() ?? "";
}
