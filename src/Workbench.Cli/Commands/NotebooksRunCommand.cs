using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Workbench.Notebooks;

namespace Workbench.Cli.Commands;

/// <summary>
/// <c>workbench notebooks run [PATH…]</c>: runs notebooks headless, top to bottom, in an in-process C# kernel.
/// </summary>
internal sealed class NotebooksRunCommand : Command<NotebooksRunCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "[PATH]")]
        [Description("Notebooks (.ipynb, .dib) or folders of notebooks (default: the repository's notebooks/ folder).")]
        public string[] Paths { get; init; } = [];

        [CommandOption("--write-outputs")]
        [Description("Write the outputs back into each .ipynb, so that it shows results without a kernel.")]
        public bool WriteOutputs { get; init; }

        [CommandOption("--out <DIR>")]
        [Description("Write the executed notebooks into DIR instead of over the sources.")]
        public string? Out { get; init; }

        [CommandOption("-p|--param <NAME=VALUE>")]
        [Description("Override a variable of the cell tagged 'parameters' (repeatable), as papermill does.")]
        public string[] Params { get; init; } = [];

        [CommandOption("--times")]
        [Description("Print the wall time of every cell.")]
        public bool Times { get; init; }

        [CommandOption("--timeout <SECONDS>")]
        [Description("Longest time one cell may run (default 600).")]
        public int TimeoutSeconds { get; init; } = 600;

        public override ValidationResult Validate() =>
            TimeoutSeconds < 1 ? ValidationResult.Error("--timeout must be at least 1 second") : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var parameters = NotebookParameters.ParsePairs(settings.Params);
        var paths = settings.Paths.Length > 0 ? NotebookCatalog.Expand(settings.Paths) : DefaultNotebooks();
        if (paths.Count == 0) throw new UserError("no notebooks found");
        foreach (var root in paths.Select(p => LibraryFolder.FindRepositoryRoot(Path.GetDirectoryName(Path.GetFullPath(p))!)).OfType<string>().Distinct())
        {
            LibraryFolder.EnsurePublished(root, message => Console.Error.WriteLine(message));
        }

        var runner = new NotebookRunner(new NotebookRunOptions
        {
            Parameters = parameters,
            WriteOutputs = settings.WriteOutputs,
            OutputDirectory = settings.Out,
            CellTimeout = TimeSpan.FromSeconds(settings.TimeoutSeconds),
        });
        var failed = 0;
        foreach (var path in paths)
        {
            var result = runner.RunAsync(path, cancellationToken).GetAwaiter().GetResult();
            if (result.Succeeded)
            {
                AnsiConsole.MarkupLineInterpolated($"[green]ok[/] {result.Describe()}");
            }
            else
            {
                failed++;
                Console.Error.WriteLine($"workbench: {result.Describe()}");
            }
            if (settings.Times)
            {
                foreach (var t in result.CellTimes)
                {
                    AnsiConsole.MarkupLineInterpolated($"   cell {t.Cell}: {t.Elapsed.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture)} s");
                }
            }
            if (result.WrittenTo is null && (settings.WriteOutputs || settings.Out is not null))
            {
                AnsiConsole.MarkupLineInterpolated($"   no outputs written: a .dib file holds no outputs (convert it to .ipynb to keep them)");
            }
            if (result.WrittenTo is not null)
            {
                var bytes = new FileInfo(result.WrittenTo).Length;
                AnsiConsole.MarkupLineInterpolated($"   outputs written to {result.WrittenTo} ({(bytes / 1048576.0).ToString("F2", CultureInfo.InvariantCulture)} MiB)");
            }
        }
        return failed == 0 ? 0 : 1;
    }

    private static List<string> DefaultNotebooks()
    {
        var root = LibraryFolder.FindRepositoryRoot(Environment.CurrentDirectory)
                   ?? throw new UserError("no notebook given and no repository (Workbench.sln) above the current folder");
        return [.. NotebookCatalog.In(Path.Combine(root, "notebooks"))];
    }
}
