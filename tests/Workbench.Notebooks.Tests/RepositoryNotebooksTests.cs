using System.Text.Json.Nodes;
using Workbench.Notebooks;

namespace Workbench.Tests.Notebooks;

/// <summary>
/// Every notebook in <c>notebooks/</c> runs headless here; a notebook that no test runs is broken. Each run writes its
/// corpus into a temporary folder (the parameters cell's <c>dataFolder</c>, a convention of notebooks/README.md), and
/// the executed notebook is scanned for the raw contacts of that corpus.
/// </summary>
[Collection("notebooks")]
public class RepositoryNotebooksTests
{
    public static TheoryData<string> Notebooks()
    {
        var data = new TheoryData<string>();
        foreach (var path in NotebookCatalog.In(Path.Combine(RepoPaths.Root, "notebooks"))) data.Add(Path.GetFileName(path));
        return data;
    }

    [Fact]
    public void The_notebooks_folder_has_the_quickstart_and_the_shared_setup()
    {
        Assert.Contains(Path.Combine(RepoPaths.Root, "notebooks", "00-quickstart.ipynb"), NotebookCatalog.In(Path.Combine(RepoPaths.Root, "notebooks")));
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, "notebooks", NotebookCatalog.SetupFile)));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Each_notebook_follows_the_template(string name)
    {
        var document = NotebookRunner.Load(Path.Combine(RepoPaths.Root, "notebooks", name), out _);
        var code = document.Elements.Where(e => e.KernelName != "markdown").ToList();
        Assert.True(code.Count >= 2, $"{name}: a setup cell and a parameters cell at least");
        Assert.Equal("#!import setup.dib", code[0].Contents.Trim());
        Assert.True(NotebookRunner.IsParametersCell(code[1]), $"{name}: the second code cell must be tagged 'parameters'");
        Assert.Contains(NotebookParameters.Declared(code[1].Contents), p => p.Name == "dataFolder" && p.Type == "string");
        Assert.All(document.Elements, e => Assert.Empty(e.Outputs));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Each_notebook_runs_headless_and_its_outputs_carry_no_raw_contact(string name)
    {
        // Given the published library folder and a temporary data folder
        LibraryFolder.EnsurePublished(RepoPaths.Root);
        using var dir = new TempDir();
        var data = dir.File("data");
        // When the notebook runs top to bottom, outputs written to a copy
        var result = await new NotebookRunner(new NotebookRunOptions
        {
            OutputDirectory = dir.File("out"),
            Parameters = new Dictionary<string, string> { ["dataFolder"] = data },
        }).RunAsync(Path.Combine(RepoPaths.Root, "notebooks", name));
        // Then every cell ran
        Assert.True(result.Succeeded, result.Describe());
        // And no output carries a raw phone or e-mail of the corpus it read
        var truths = Directory.Exists(data) ? Directory.GetFiles(data, "truth.jsonl", SearchOption.AllDirectories) : [];
        var written = RawContactScan.WithoutPlotly(string.Join("\n", Strings(JsonNode.Parse(File.ReadAllText(result.WrittenTo!))!)));
        if (truths.Length > 0)
        {
            var scan = RawContactScan.FromTruthFiles(truths);
            Assert.NotEmpty(scan.Phones);
            Assert.Empty(scan.FindIn(written));
        }
        // And charts are offline: no script is loaded from anywhere
        Assert.DoesNotContain("<script src=", written, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Every string of a JSON document, decoded (outputs are stored as JSON strings, lines split).</summary>
    private static IEnumerable<string> Strings(JsonNode node) => node switch
    {
        JsonObject o => o.Select(kv => kv.Value).OfType<JsonNode>().SelectMany(Strings),
        JsonArray a when a.All(x => x is JsonValue v && v.TryGetValue<string>(out _)) => [string.Concat(a.Select(x => x!.GetValue<string>()))],
        JsonArray a => a.OfType<JsonNode>().SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };
}
