using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Workbench.Data;

namespace Workbench.Cli.Commands;

internal sealed class KeyCommand : Command<KeyCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--out <FILE>")]
        [Description("Where to write the key file (default: the per-user config folder). Never inside the repository.")]
        public string? Out { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var path = settings.Out ?? PseudonymKey.DefaultKeyFile();
        if (path.StartsWith("~/", StringComparison.Ordinal))
        {
            path = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), path[2..]);
        }
        if (File.Exists(path)) throw new UserError($"{path} exists already; a key is never overwritten (tokens made with it would no longer link)");
        var key = PseudonymKey.LoadOrCreate(path, out _);
        AnsiConsole.MarkupLineInterpolated($"Wrote a new key to {path} (fingerprint {key.Fingerprint}).");
        AnsiConsole.MarkupLineInterpolated($"Use it with: export {PseudonymKey.KeyFileVariable}={path}");
        return 0;
    }
}
