using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;
using Microsoft.DotNet.Interactive.Events;
using KernelInfo = Microsoft.DotNet.Interactive.Documents.KernelInfo;
using Workbench.Interactive;

namespace Workbench.Notebooks;

/// <summary>
/// Runs a notebook (.ipynb or .dib) top to bottom in an in-process C# kernel, as papermill does for Python: the cell
/// tagged <c>parameters</c> may be overridden, the run stops at the first failing cell, and the outputs can be
/// written back so that a reader sees results without a kernel.
/// </summary>
/// <remarks>
/// Cells run with the notebook's folder as the current directory (relative paths in a notebook, such as the shared
/// setup's library reference, mean the same as in an editor). The current directory and the display formatters are
/// process-wide, so runs in one process take turns.
/// </remarks>
public sealed class NotebookRunner(NotebookRunOptions? options = null)
{
    private static readonly SemaphoreSlim Turn = new(1, 1);

    /// <summary>The settings.</summary>
    public NotebookRunOptions Options { get; } = options ?? new();

    /// <summary>Runs one notebook.</summary>
    public async Task<NotebookRunResult> RunAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var document = Load(path, out var isJupyter);
        await Turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        var previousDirectory = Environment.CurrentDirectory;
        var watch = Stopwatch.StartNew();
        try
        {
            Environment.CurrentDirectory = Path.GetDirectoryName(Path.GetFullPath(path))!;
            PlotlyEmbedding.Reset();
            using var kernel = WorkbenchKernel.Create();
            var times = new List<CellTime>();
            var (ran, failure) = await RunCellsAsync(kernel, document, times, cancellationToken).ConfigureAwait(false);
            string? written = null;
            if (isJupyter && (Options.WriteOutputs || Options.OutputDirectory is not null))
            {
                written = Options.OutputDirectory is null
                    ? Path.GetFullPath(path, previousDirectory)
                    : Path.Combine(Path.GetFullPath(Options.OutputDirectory, previousDirectory), Path.GetFileName(path));
                Save(document, written);
            }
            return new NotebookRunResult(path, ran, watch.Elapsed, failure, written, times);
        }
        finally
        {
            Environment.CurrentDirectory = previousDirectory;
            Turn.Release();
        }
    }

    private async Task<(int Ran, CellFailure? Failure)> RunCellsAsync(
        CompositeKernel kernel, InteractiveDocument document, List<CellTime> times, CancellationToken cancellationToken)
    {
        var elements = document.Elements.Where(e => !HasTag(e, NotebookParameters.InjectedTag)).ToList();
        document.Elements.Clear();
        var ran = 0;
        CellFailure? failure = null;
        var parametersFound = false;
        for (var i = 0; i < elements.Count; i++)
        {
            var cell = elements[i];
            document.Elements.Add(cell);
            if (failure is not null || IsMarkdown(cell)) continue;
            cell.Outputs.Clear();
            var number = document.Elements.Count;
            if (!IsCSharp(cell))
            {
                failure = new CellFailure(number, FirstLine(cell.Contents), $"kernel '{cell.KernelName}' is not available in the headless runner (C# only)");
                continue;
            }
            cell.ExecutionOrder = ++ran;
            failure = await RunCellAsync(kernel, cell, number, times, cancellationToken).ConfigureAwait(false);
            if (failure is not null) { ran--; continue; }

            if (IsParametersCell(cell) && !parametersFound)
            {
                parametersFound = true;
                if (Options.Parameters.Count == 0) continue;
                var code = NotebookParameters.OverrideCode(NotebookParameters.Declared(cell.Contents), Options.Parameters);
                var injected = new InteractiveDocumentElement(code, WorkbenchKernel.CSharp)
                {
                    Metadata = new Dictionary<string, object> { ["tags"] = new[] { NotebookParameters.InjectedTag } },
                };
                document.Elements.Add(injected);
                injected.ExecutionOrder = ++ran;
                failure = await RunCellAsync(kernel, injected, document.Elements.Count, times, cancellationToken).ConfigureAwait(false);
                if (failure is not null) ran--;
            }
        }
        if (failure is null && Options.Parameters.Count > 0 && !parametersFound)
        {
            throw new ArgumentException("parameters were given but the notebook has no cell tagged 'parameters'");
        }
        return (ran, failure);
    }

    private async Task<CellFailure?> RunCellAsync(
        CompositeKernel kernel, InteractiveDocumentElement cell, int number, List<CellTime> times, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            return await RunCellAsync(kernel, cell, number, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            times.Add(new CellTime(number, watch.Elapsed));
        }
    }

    private async Task<CellFailure?> RunCellAsync(CompositeKernel kernel, InteractiveDocumentElement cell, int number, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Options.CellTimeout);
        KernelCommandResult result;
        try
        {
            result = await kernel.SendAsync(new SubmitCode(cell.Contents, WorkbenchKernel.CSharp), timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new CellFailure(number, FirstLine(cell.Contents), $"timed out after {Options.CellTimeout.TotalSeconds:F0} s");
        }
        CellFailure? failure = null;
        StringBuilder? stdout = null, stderr = null;
        void Flush()
        {
            if (stdout is not null) cell.Outputs.Add(new TextElement(stdout.ToString(), "stdout"));
            if (stderr is not null) cell.Outputs.Add(new TextElement(stderr.ToString(), "stderr"));
            stdout = stderr = null;
        }
        foreach (var e in result.Events)
        {
            switch (e)
            {
                case StandardOutputValueProduced o:
                    (stdout ??= new StringBuilder()).Append(PlainText(o));
                    break;
                case StandardErrorValueProduced o:
                    (stderr ??= new StringBuilder()).Append(PlainText(o));
                    break;
                case ReturnValueProduced r:
                    Flush();
                    var element = new ReturnValueElement { ExecutionOrder = cell.ExecutionOrder };
                    foreach (var v in r.FormattedValues) element.Data[v.MimeType] = v.Value;
                    cell.Outputs.Add(element);
                    break;
                case DisplayEvent d:
                    Flush();
                    cell.Outputs.Add(new DisplayElement(d.FormattedValues.ToDictionary(v => v.MimeType, v => (object)v.Value)));
                    break;
                case CommandFailed f:
                    Flush();
                    var error = Compact(f.Message);
                    cell.Outputs.Add(new ErrorElement(error, f.Exception?.GetType().Name ?? "Error", []));
                    failure = new CellFailure(number, FirstLine(cell.Contents), error);
                    break;
            }
        }
        Flush();
        return failure;
    }

    /// <summary>Reads a notebook: .ipynb (Jupyter) or .dib (Polyglot's plain-text format).</summary>
    internal static InteractiveDocument Load(string path, out bool isJupyter)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: notebook not found", path);
        var text = File.ReadAllText(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        isJupyter = extension == ".ipynb";
        try
        {
            return extension switch
            {
                ".ipynb" => Notebook.Parse(text, KnownKernels()),
                ".dib" => CodeSubmission.Parse(text, KnownKernels()),
                _ => throw new ArgumentException($"{path}: not a notebook (expected .ipynb or .dib)"),
            };
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}: not a valid .ipynb ({ex.Message})", ex);
        }
    }

    /// <summary>
    /// The kernel names a notebook may use, so that the parser splits cells at each of them; only C# runs here, the
    /// others fail with a message that says so.
    /// </summary>
    private static KernelInfoCollection KnownKernels()
    {
        var kernels = new KernelInfoCollection
        {
            new KernelInfo(WorkbenchKernel.CSharp, "C#", ["c#", "cs"]),
            new KernelInfo("markdown", "Markdown", ["md"]),
            new KernelInfo("fsharp", "F#", ["f#", "fs"]),
            new KernelInfo("pwsh", "PowerShell", ["powershell"]),
            new KernelInfo("javascript", "JavaScript", ["js"]),
            new KernelInfo("html", "HTML", []),
            new KernelInfo("sql", "SQL", []),
            new KernelInfo("kql", "KQL", []),
            new KernelInfo("mermaid", "Mermaid", []),
            new KernelInfo("value", "Value", []),
        };
        kernels.DefaultKernelName = WorkbenchKernel.CSharp;
        return kernels;
    }

    /// <summary>Writes an executed notebook as Jupyter JSON.</summary>
    internal static void Save(InteractiveDocument document, string path)
    {
        string json;
        try
        {
            json = document.ToJupyterJson();
        }
        catch (Exception ex) when (ex is InvalidCastException or InvalidOperationException or JsonException or NullReferenceException)
        {
            // Notebook metadata as VS Code wrote it can fail to serialize (DESIGN.md); the writer rebuilds it without.
            document.Metadata.Remove("polyglot_notebook");
            json = document.ToJupyterJson();
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, json.TrimEnd() + "\n", new UTF8Encoding(false));
    }

    private static bool IsMarkdown(InteractiveDocumentElement e) =>
        string.Equals(e.KernelName, "markdown", StringComparison.OrdinalIgnoreCase)
        || string.Equals(e.KernelName, "md", StringComparison.OrdinalIgnoreCase);

    private static bool IsCSharp(InteractiveDocumentElement e) =>
        e.KernelName is null or "" or "csharp" or "C#" or "c#" or "cs";

    internal static bool IsParametersCell(InteractiveDocumentElement e) =>
        HasTag(e, NotebookParameters.Tag)
        || FirstLine(e.Contents).Equals("// " + NotebookParameters.Tag, StringComparison.OrdinalIgnoreCase);

    private static bool HasTag(InteractiveDocumentElement e, string tag) =>
        e.Metadata is not null && e.Metadata.TryGetValue("tags", out var tags) && tags is not null
        && JsonSerializer.Serialize(tags).Contains($"\"{tag}\"", StringComparison.Ordinal);

    private static string FirstLine(string code) =>
        code.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "";

    private static string PlainText(DisplayEvent e) =>
        e.FormattedValues.FirstOrDefault(v => v.MimeType == "text/plain")?.Value ?? e.FormattedValues.FirstOrDefault()?.Value ?? "";

    private static string Compact(string message)
    {
        var lines = message.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => !l.StartsWith("at ", StringComparison.Ordinal) && !l.StartsWith("---", StringComparison.Ordinal))
            .Take(4);
        return string.Join(" | ", lines);
    }
}
