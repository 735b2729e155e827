using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Workbench.Review;

namespace Workbench.Cli.Commands;

/// <summary><c>workbench labels add</c>: one reviewer's ratings of one target, appended with its audit entry.</summary>
internal sealed class LabelAddCommand : Command<LabelAddCommand.Settings>
{
    public sealed class Settings : LabelsSettings
    {
        [CommandOption("--kind <KIND>")]
        [Description("ad, micro_cluster (default) or meta_cluster.")]
        public string Kind { get; init; } = "micro_cluster";

        [CommandOption("--target <ID>")]
        [Description("The ad id or cluster id.")]
        public string? Target { get; init; }

        [CommandOption("--organized <1-5>")]
        [Description("Rating: signals of organized activity.")]
        public int? Organized { get; init; }

        [CommandOption("--spam <1-5>")]
        public int? Spam { get; init; }

        [CommandOption("--scam <1-5>")]
        public int? Scam { get; init; }

        [CommandOption("--massage-parlour <1-5>")]
        public int? MassageParlour { get; init; }

        [CommandOption("--benign <1-5>")]
        public int? Benign { get; init; }

        [CommandOption("--rationale <TEXT>")]
        [Description("Why (no raw contacts).")]
        public string? Rationale { get; init; }

        [CommandOption("--reviewer <CODE>")]
        [Description("Pseudonymous reviewer code, e.g. rv_07.")]
        public string? Reviewer { get; init; }

        [CommandOption("--supersedes <LABEL_ID>")]
        [Description("Replace this label (needs --reason).")]
        public string? Supersedes { get; init; }

        [CommandOption("--reason <TEXT>")]
        [Description("Why the change (required with --supersedes).")]
        public string? Reason { get; init; }

        public override ValidationResult Validate()
        {
            if (Target is null || Rationale is null || Reviewer is null) return ValidationResult.Error("--target, --rationale and --reviewer are required");
            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = settings.OpenLabels();
        var label = Label.New(Label.ParseKind(settings.Kind), settings.Target!, settings.Reviewer!, settings.Rationale!, settings.Organized, settings.Spam,
            settings.Scam, settings.MassageParlour, settings.Benign, settings.Supersedes);
        try
        {
            var entry = settings.Supersedes is null ? store.Create(label, settings.Reason ?? "") : store.Supersede(label, settings.Reason ?? "");
            Console.WriteLine($"{LabelAuditEntry.ActionName(entry.Action)} {label.LabelId} (audit entry {entry.Seq}) in {store.Location}");
            return 0;
        }
        catch (LabelConflictException ex)
        {
            throw new UserError(ex.Message);
        }
    }
}
