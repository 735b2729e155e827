using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Workbench.Review;

namespace Workbench.Cli.Commands;

/// <summary><c>workbench labels import</c>: labels from CSV into a store (ids already there are skipped).</summary>
internal sealed class LabelsImportCommand : Command<LabelsImportCommand.Settings>
{
    public sealed class Settings : LabelsSettings
    {
        [CommandOption("--in <FILE>")]
        [Description("CSV file written by 'labels export'.")]
        public string? In { get; init; }

        [CommandOption("--actor <CODE>")]
        [Description("Pseudonymous code of who imports (recorded in the audit log).")]
        public string? Actor { get; init; }

        public override ValidationResult Validate() => In is null || Actor is null ? ValidationResult.Error("--in FILE and --actor CODE are required") : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var labels = LabelCsv.Read(settings.In!);
        using var store = settings.OpenLabels();
        try
        {
            var (added, skipped) = LabelCsv.Import(store, labels, settings.Actor!);
            Console.WriteLine($"{settings.In}: {added:N0} labels added, {skipped:N0} already present, into {store.Location}");
            return 0;
        }
        catch (LabelConflictException ex)
        {
            throw new UserError($"{settings.In}: {ex.Message}");
        }
    }
}
