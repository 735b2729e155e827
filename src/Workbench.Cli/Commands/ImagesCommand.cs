using System.ComponentModel;
using Spectre.Console.Cli;

namespace Workbench.Cli.Commands;

internal sealed class ImagesCommand : Command<ImagesCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--in <DIR>")]
        public string? In { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken) => throw new NotImplementedException();
}
