using Spectre.Console;
using Spectre.Console.Cli;
using Workbench.Notebooks;

namespace Workbench.Cli.Commands;

/// <summary><c>workbench notebooks publish</c>: brings the notebooks' library folder up to date (the test script calls it).</summary>
internal sealed class NotebooksPublishCommand : Command<NotebooksPublishCommand.Settings>
{
    public sealed class Settings : CommandSettings;

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var root = LibraryFolder.FindRepositoryRoot(Environment.CurrentDirectory)
                   ?? throw new UserError("no repository (Workbench.sln) above the current folder");
        var published = LibraryFolder.EnsurePublished(root, message => Console.Error.WriteLine(message));
        AnsiConsole.MarkupLineInterpolated($"{LibraryFolder.RelativePath}: {(published ? "published" : "up to date")}");
        return 0;
    }
}
