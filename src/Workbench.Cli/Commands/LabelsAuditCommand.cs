using System.ComponentModel;
using Spectre.Console.Cli;
using Workbench.Review;

namespace Workbench.Cli.Commands;

/// <summary><c>workbench labels audit</c>: checks the audit log's hash chain; optionally writes it as JSON Lines.</summary>
internal sealed class LabelsAuditCommand : Command<LabelsAuditCommand.Settings>
{
    public sealed class Settings : LabelsSettings
    {
        [CommandOption("--out <FILE>")]
        [Description("Also write the log as JSON Lines (data-schemas/label-audit.md).")]
        public string? Out { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = settings.OpenLabels();
        var lines = store.AuditLines();
        var problems = LabelAuditEntry.Verify(lines);
        if (settings.Out is not null) File.WriteAllText(settings.Out, string.Concat(lines.Select(l => l + "\n")));
        Console.WriteLine($"{store.Location}: {lines.Count:N0} audit entries, {store.Current().Count:N0} current labels; chain {(problems.Count == 0 ? "intact" : "BROKEN")}");
        foreach (var p in problems) Console.WriteLine("  " + p);
        if (problems.Count > 0) throw new UserError($"{store.Location}: audit log fails verification ({problems[0]})");
        return 0;
    }
}
