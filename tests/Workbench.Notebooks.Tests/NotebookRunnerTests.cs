using Workbench.Notebooks;

namespace Workbench.Tests.Notebooks;

[Collection("notebooks")]
public class NotebookRunnerTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task A_notebook_runs_top_to_bottom_and_its_outputs_are_written_back()
    {
        // Given a notebook with output, a display and a return value
        var path = _dir.Write("a.ipynb", TestNotebooks.Ipynb(
            TestNotebooks.Markdown("# A"),
            TestNotebooks.Code("var x = 20 + 1;\nConsole.WriteLine(\"hello from a cell\");"),
            TestNotebooks.Code("\"shown\".Display();\nx * 2")));
        // When it runs with --write-outputs
        var result = await new NotebookRunner(new NotebookRunOptions { WriteOutputs = true }).RunAsync(path);
        // Then both cells ran and the file holds their outputs
        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal(2, result.CodeCellsRun);
        Assert.Equal(path, result.WrittenTo);
        var cells = TestNotebooks.CodeCells(path);
        Assert.Contains("hello from a cell", cells[0].Outputs);
        Assert.Contains("shown", cells[1].Outputs);
        Assert.Contains("42", cells[1].Outputs);
        Assert.Contains("execute_result", cells[1].Outputs);
    }

    [Fact]
    public async Task The_run_stops_at_the_first_failing_cell_and_names_it_with_the_compiler_error()
    {
        var path = _dir.Write("b.ipynb", TestNotebooks.Ipynb(
            TestNotebooks.Markdown("# B"),
            TestNotebooks.Code("var ok = 1;"),
            TestNotebooks.Code("int y = \"not a number\";"),
            TestNotebooks.Code("Console.WriteLine(\"never\");")));
        var outDir = _dir.File("out");
        var result = await new NotebookRunner(new NotebookRunOptions { OutputDirectory = outDir }).RunAsync(path);
        Assert.False(result.Succeeded);
        Assert.Equal(3, result.Failure!.Cell);
        Assert.Contains("CS0029", result.Failure.Error);
        Assert.Contains("b.ipynb: cell 3 (int y = \"not a number\";) failed", result.Describe());
        var cells = TestNotebooks.CodeCells(Path.Combine(outDir, "b.ipynb"));
        Assert.Contains("\"error\"", cells[1].Outputs);
        Assert.DoesNotContain("never", cells[2].Outputs);
    }

    [Fact]
    public async Task A_runtime_exception_fails_its_cell_with_the_exception_message()
    {
        var path = _dir.Write("c.dib", "#!csharp\n\nvar a = 1;\n\n#!csharp\n\nthrow new InvalidOperationException(\"planted failure\");\n");
        var result = await new NotebookRunner().RunAsync(path);
        Assert.False(result.Succeeded);
        Assert.Equal(2, result.Failure!.Cell);
        Assert.Contains("planted failure", result.Failure.Error);
    }

    [Fact]
    public async Task Parameters_are_overridden_through_an_injected_cell_that_a_later_run_replaces()
    {
        // Given a notebook whose parameters cell sets seed = 1
        var path = _dir.Write("p.ipynb", TestNotebooks.Ipynb(
            TestNotebooks.Code("var seed = 1;\nvar label = \"a\";", "parameters"),
            TestNotebooks.Code("$\"{label}:{seed * 10}\"")));
        // When it runs twice with overrides, outputs written
        var runner = new NotebookRunner(new NotebookRunOptions
        {
            WriteOutputs = true,
            Parameters = new Dictionary<string, string> { ["seed"] = "7", ["label"] = "b" },
        });
        Assert.True((await runner.RunAsync(path)).Succeeded);
        var second = await runner.RunAsync(path);
        // Then the override took effect and exactly one injected cell stands after the parameters cell
        Assert.True(second.Succeeded, second.Describe());
        var cells = TestNotebooks.CodeCells(path);
        Assert.Equal(3, cells.Count);
        Assert.Equal(["parameters"], cells[0].Tags);
        Assert.Equal([NotebookParameters.InjectedTag], cells[1].Tags);
        Assert.Contains("seed = 7;", cells[1].Source);
        Assert.Contains("b:70", cells[2].Outputs);

        // And a run without overrides drops the injected cell and uses the defaults
        Assert.True((await new NotebookRunner(new NotebookRunOptions { WriteOutputs = true }).RunAsync(path)).Succeeded);
        cells = TestNotebooks.CodeCells(path);
        Assert.Equal(2, cells.Count);
        Assert.Contains("a:10", cells[1].Outputs);
    }

    [Fact]
    public async Task Overrides_of_a_notebook_without_parameters_cell_are_refused()
    {
        var path = _dir.Write("np.ipynb", TestNotebooks.Ipynb(TestNotebooks.Code("var seed = 1;")));
        var runner = new NotebookRunner(new NotebookRunOptions { Parameters = new Dictionary<string, string> { ["seed"] = "2" } });
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => runner.RunAsync(path));
        Assert.Contains("no cell tagged 'parameters'", ex.Message);
    }

    [Fact]
    public async Task Cells_run_in_the_notebook_folder_and_the_current_directory_is_restored()
    {
        var before = Environment.CurrentDirectory;
        var path = _dir.Write("d.ipynb", TestNotebooks.Ipynb(TestNotebooks.Code("System.IO.Directory.GetCurrentDirectory()")));
        var result = await new NotebookRunner(new NotebookRunOptions { WriteOutputs = true }).RunAsync(path);
        Assert.True(result.Succeeded, result.Describe());
        Assert.Contains(Path.GetFileName(_dir.Path), TestNotebooks.CodeCells(path)[0].Outputs);
        Assert.Equal(before, Environment.CurrentDirectory);
    }

    [Fact]
    public async Task Ten_charts_carry_plotly_js_once()
    {
        // Given a notebook that shows ten charts with the workbench's formatter
        var plotly = typeof(Plotly.NET.GenericChart).Assembly.Location;
        var csharp = typeof(Plotly.NET.CSharp.Chart).Assembly.Location;
        var cells = new List<(string, string, string[]?)>
        {
            TestNotebooks.Code($"#r \"{plotly}\"\n#r \"{csharp}\"\n#r \"{typeof(Workbench.Interactive.WorkbenchFormatters).Assembly.Location}\"\nWorkbench.Interactive.WorkbenchFormatters.Register();"),
        };
        for (var i = 0; i < 10; i++)
        {
            cells.Add(TestNotebooks.Code($"Plotly.NET.CSharp.Chart.Column<int, string, string>(values: new[] {{ {i}, 2 }}, Keys: new[] {{ \"a\", \"b\" }})"));
        }
        var path = _dir.Write("charts.ipynb", TestNotebooks.Ipynb([.. cells]));
        // When it runs
        var result = await new NotebookRunner(new NotebookRunOptions { WriteOutputs = true }).RunAsync(path);
        // Then plotly.js is in the file once, and ten charts are
        Assert.True(result.Succeeded, result.Describe());
        var text = File.ReadAllText(path);
        Assert.Equal(1, Count(text, "* plotly.js v2"));
        Assert.Equal(10, Count(text, "window.Plotly.newPlot(el"));
        Assert.True(new FileInfo(path).Length < 4_000_000, $"{new FileInfo(path).Length} bytes");
    }

    private static int Count(string text, string part)
    {
        var n = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal)) n++;
        return n;
    }
}
