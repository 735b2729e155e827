using Spectre.Console;
using Workbench.Cli;

namespace Workbench.Tests;

/// <summary>Runs the command line in-process and captures what it prints.</summary>
internal static class CliRunner
{
    private static readonly Lock Gate = new();

    public sealed record Result(int ExitCode, string Out, string Error);

    /// <summary>A fixed test key (made-up data only).</summary>
    public const string TestKeyHex = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

    /// <summary>
    /// The environment a command test runs in: a known pseudonym key (<paramref name="keyHex"/>, default
    /// <see cref="TestKeyHex"/>), no key file, and a configuration home inside <paramref name="dir"/>, so that no test
    /// reads or writes the user's own settings.
    /// </summary>
    public static Dictionary<string, string?> TestEnvironment(TempDir dir, string keyHex = TestKeyHex) => new()
    {
        [Workbench.Data.PseudonymKey.KeyVariable] = keyHex,
        [Workbench.Data.PseudonymKey.KeyFileVariable] = null,
        ["XDG_CONFIG_HOME"] = dir.File("config"),
    };

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
