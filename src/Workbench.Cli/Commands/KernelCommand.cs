using System.ComponentModel;
using System.Text;
using Spectre.Console;
using Spectre.Console.Cli;
using Workbench.Notebooks;

namespace Workbench.Cli.Commands;

/// <summary>
/// <c>workbench kernel [vscode] stdio</c>: the .NET Interactive stdio kernel host that VS Code's Polyglot Notebooks
/// extension launches (see <c>.vscode/settings.json</c>); it speaks one JSON envelope per line on stdin/stdout.
/// </summary>
internal sealed class KernelCommand : AsyncCommand<KernelCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "[MODE]")]
        [Description("As the stock tool takes them: '[[vscode]]' to serve VS Code, 'stdio' for the transport (the only one).")]
        public string[] Modes { get; init; } = [];

        [CommandOption("--working-dir <DIR>")]
        [Description("Current directory for cells (VS Code passes the notebook's folder).")]
        public string? WorkingDir { get; init; }

        public override ValidationResult Validate()
        {
            var unknown = Modes.FirstOrDefault(m => m is not ("[vscode]" or "vscode" or "stdio"));
            return unknown is null ? ValidationResult.Success() : ValidationResult.Error($"unknown mode '{unknown}' (expected [[vscode]] and/or stdio)");
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.WorkingDir is not null && !Directory.Exists(settings.WorkingDir))
        {
            throw new UserError($"{settings.WorkingDir}: --working-dir not found");
        }
        // The protocol owns stdout: nothing else may be printed there.
        var utf8 = new UTF8Encoding(false);
        using var input = new StreamReader(Console.OpenStandardInput(), utf8);
        using var output = new StreamWriter(Console.OpenStandardOutput(), utf8) { AutoFlush = true };
        AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        await StdioKernelHost.RunAsync(input, output, new KernelHostOptions
        {
            WorkingDirectory = settings.WorkingDir,
            VsCode = settings.Modes.Any(m => m is "[vscode]" or "vscode"),
        }, cancellationToken).ConfigureAwait(false);
        return 0;
    }
}
