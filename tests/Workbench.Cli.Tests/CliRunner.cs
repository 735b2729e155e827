using Spectre.Console;
using Workbench.Cli;

namespace Workbench.Tests;

/// <summary>Runs the command line in-process and captures what it prints.</summary>
internal static class CliRunner
{
    private static readonly Lock Gate = new();

    public sealed record Result(int ExitCode, string Out, string Error);

    public static Result Run(IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        lock (Gate)
        {
            var saved = new Dictionary<string, string?>();
            foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
            {
                saved[name] = Environment.GetEnvironmentVariable(name);
                Environment.SetEnvironmentVariable(name, value);
            }
            var output = new StringWriter();
            var error = new StringWriter();
            var previousError = Console.Error;
            var previousOut = Console.Out;
            var previousConsole = AnsiConsole.Console;
            try
            {
                Console.SetError(error);
                Console.SetOut(output);
                AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings
                {
                    Out = new AnsiConsoleOutput(output),
                    Interactive = InteractionSupport.No,
                    Ansi = AnsiSupport.No,
                    ColorSystem = ColorSystemSupport.NoColors,
                });
                var code = WorkbenchApp.Run(args);
                return new Result(code, output.ToString(), error.ToString());
            }
            finally
            {
                Console.SetError(previousError);
                Console.SetOut(previousOut);
                AnsiConsole.Console = previousConsole;
                foreach (var (name, value) in saved) Environment.SetEnvironmentVariable(name, value);
            }
        }
    }
}
