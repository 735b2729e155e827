using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Workbench.Review;

namespace Workbench.Cli.Commands;

/// <summary>
/// <c>workbench labels export</c>: labels as CSV (no raw identifiers): every label not retracted, superseded ones
/// included, in the order they were made, so that an import replays corrections; <c>--current</c> for the labels in force.
/// </summary>
internal sealed class LabelsExportCommand : Command<LabelsExportCommand.Settings>
{
    public sealed class Settings : LabelsSettings
    {
        [CommandOption("--out <FILE>")]
        [Description("CSV file to write (data-schemas/label.md, section In CSV).")]
        public string? Out { get; init; }

        [CommandOption("--current")]
        [Description("Only the labels in force (for reading; such a file cannot be imported where the superseded labels are missing).")]
        public bool CurrentOnly { get; init; }

        public override ValidationResult Validate() => Out is null ? ValidationResult.Error("--out FILE is required") : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = settings.OpenLabels();
        var labels = settings.CurrentOnly ? store.Current() : store.History();
        LabelCsv.Write(settings.Out!, labels);
        Console.WriteLine($"{labels.Count:N0} {(settings.CurrentOnly ? "current " : "")}labels from {store.Location} to {settings.Out}");
        return 0;
    }
}
