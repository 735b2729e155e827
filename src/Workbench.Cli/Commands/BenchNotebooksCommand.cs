using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Spectre.Console;
using Spectre.Console.Cli;
using Workbench.Cli.Figures;
using Workbench.Notebooks;

namespace Workbench.Cli.Commands;

/// <summary>
/// <c>workbench bench notebooks</c>: the figures issue 3 asks for, measured on this machine: all notebooks cold (a new
/// process) and warm (again in a process that ran them), kernel start and first chart through the stdio host, the
/// export time of each figure, and the size of an executed notebook with charts.
/// </summary>
internal sealed class BenchNotebooksCommand : Command<BenchNotebooksCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--skip-cold")]
        [Description("Do not measure the cold run (a new process running every notebook)")]
        public bool SkipCold { get; init; }

        [CommandOption("--skip-figures")]
        [Description("Do not measure the figure export.")]
        public bool SkipFigures { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var root = LibraryFolder.FindRepositoryRoot(Environment.CurrentDirectory) ?? throw new UserError("run it inside the repository");
        LibraryFolder.EnsurePublished(root, message => Console.Error.WriteLine(message));
        var notebooks = NotebookCatalog.In(Path.Combine(root, "notebooks"));
        var work = Path.Combine(Path.GetTempPath(), "workbench-bench-nb-" + Guid.NewGuid().ToString("N")[..8]);
        var inv = CultureInfo.InvariantCulture;
        var table = new Table().AddColumns("measure", "value");
        try
        {
            // Cold: a new process runs every notebook (runtime start, JIT, kernel start included).
            var watch = Stopwatch.StartNew();
            if (!settings.SkipCold)
            {
                var (code, output) = RunSelf(["notebooks", "run", .. notebooks, "--out", Path.Combine(work, "cold")]);
                if (code != 0) throw new UserError($"the notebooks failed: {output.Trim()}");
                table.AddRow("all notebooks, cold (new process)", $"{watch.Elapsed.TotalSeconds.ToString("F1", inv)} s for {notebooks.Count}");
            }

            // Warm: this process runs them twice; the second run is the warm figure.
            var runner = new NotebookRunner(new NotebookRunOptions { OutputDirectory = Path.Combine(work, "warm") });
            foreach (var n in notebooks) Check(runner.RunAsync(n, cancellationToken).GetAwaiter().GetResult());
            watch.Restart();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var each = new List<(string Name, double Wall, double Cpu)>();
            foreach (var n in notebooks)
            {
                var (clock, cpuStart) = (Stopwatch.StartNew(), Process.GetCurrentProcess().TotalProcessorTime);
                Check(runner.RunAsync(n, cancellationToken).GetAwaiter().GetResult());
                each.Add((Path.GetFileName(n), clock.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpuStart).TotalSeconds));
            }
            var totalCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            table.AddRow("all notebooks, warm (same process)", $"{watch.Elapsed.TotalSeconds.ToString("F1", inv)} s (target < 60 s); CPU {totalCpu.ToString("F1", inv)} s on all threads");
            foreach (var (name, seconds, cpuSeconds) in each)
            {
                table.AddRow($"  warm {name}", $"{seconds.ToString("F1", inv)} s (CPU {cpuSeconds.ToString("F1", inv)} s)");
            }
            foreach (var file in Directory.GetFiles(Path.Combine(work, "warm")))
            {
                table.AddRow($"executed {Path.GetFileName(file)}", $"{(new FileInfo(file).Length / 1048576.0).ToString("F2", inv)} MiB");
            }

            var (ready, setup, chart, cpu) = KernelStart(root);
            table.AddRow("kernel host start (process start to KernelReady)", $"{ready.TotalSeconds.ToString("F2", inv)} s");
            table.AddRow("shared setup cell (#!import setup.dib)", $"{(setup - ready).TotalSeconds.ToString("F2", inv)} s");
            table.AddRow("first chart cell", $"{(chart - setup).TotalSeconds.ToString("F2", inv)} s");
            table.AddRow("first chart visible, from process start", $"{chart.TotalSeconds.ToString("F2", inv)} s (target < 5 s)");
            table.AddRow("  CPU time the host used until then", $"{cpu.TotalSeconds.ToString("F2", inv)} s (all threads; wall time on a busy machine is longer)");

            if (!settings.SkipFigures)
            {
                var (_, timings) = FigureMaker.Make(new FigureOptions { OutputDirectory = Path.Combine(work, "figures") });
                foreach (var t in timings)
                {
                    table.AddRow($"figure {t.Id}", $"compute+plot {t.Make.TotalSeconds.ToString("F2", inv)} s, PNG+SVG export {t.Export.TotalSeconds.ToString("F2", inv)} s");
                }
            }
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { }
        }
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated($"machine: {Environment.ProcessorCount} cores; load average {LoadAverage()}");
        return 0;
    }

    private static void Check(NotebookRunResult result)
    {
        if (!result.Succeeded) throw new UserError(result.Describe());
    }

    /// <summary>Starts <c>workbench kernel stdio</c> from the published folder, as VS Code does, and times it.</summary>
    private static (TimeSpan Ready, TimeSpan Setup, TimeSpan FirstChart, TimeSpan Cpu) KernelStart(string root)
    {
        var start = SelfProcess.HostStartInfo(Path.Combine(LibraryFolder.PathUnder(root), "workbench.dll"), "kernel", "[vscode]", "stdio", "--working-dir", Path.Combine(root, "notebooks"));
        start.RedirectStandardInput = true;
        start.RedirectStandardError = true;
        start.StandardOutputEncoding = new UTF8Encoding(false);
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new UserError("could not start the kernel host");
        _ = process.StandardError.ReadToEndAsync();
        try
        {
            Await(process, "KernelReady", null);
            var ready = watch.Elapsed;
            Submit(process, "s1", "#!import setup.dib");
            Await(process, "CommandSucceeded", "s1");
            var setup = watch.Elapsed;
            Submit(process, "s2", "Plotly.NET.CSharp.Chart.Column<int, string, string>(new[] { 3, 1 }, Keys: new[] { \"ON\", \"QC\" })");
            var display = Await(process, "ReturnValueProduced", "s2");
            if (!display.Contains("window.Plotly.newPlot", StringComparison.Ordinal)) throw new UserError("the kernel host displayed no chart");
            var firstChart = watch.Elapsed;
            process.Refresh();
            return (ready, setup, firstChart, process.TotalProcessorTime);
        }
        finally
        {
            process.StandardInput.Close();
            if (!process.WaitForExit(10_000)) process.Kill(entireProcessTree: true);
        }
    }

    private static void Submit(Process process, string token, string code)
    {
        var command = new JsonObject
        {
            ["token"] = token,
            ["commandType"] = "SubmitCode",
            ["command"] = new JsonObject { ["code"] = code, ["targetKernelName"] = "csharp" },
            ["routingSlip"] = new JsonArray(),
        };
        process.StandardInput.WriteLine(command.ToJsonString());
        process.StandardInput.Flush();
    }

    private static string Await(Process process, string eventType, string? token)
    {
        var limit = Stopwatch.StartNew();
        while (limit.Elapsed < TimeSpan.FromMinutes(2))
        {
            var line = process.StandardOutput.ReadLine() ?? throw new UserError("the kernel host ended early");
            var node = JsonNode.Parse(line);
            var type = node?["eventType"]?.GetValue<string>();
            var from = node?["command"]?["token"]?.GetValue<string>();
            if (type == "CommandFailed" && from == token) throw new UserError($"kernel host: {node?["event"]?["message"]}");
            if (type == eventType && (token is null || from == token)) return line;
        }
        throw new UserError($"no {eventType} from the kernel host within 2 minutes");
    }

    private static (int Code, string Output) RunSelf(string[] args)
    {
        var start = SelfProcess.StartInfo(args);
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
