using System.ComponentModel;
using System.Globalization;
using Spectre.Console.Cli;
using Workbench.Review;

namespace Workbench.Cli.Commands;

/// <summary>
/// Hidden <c>workbench labels writer</c>: writes labels one transaction at a time and prints "committed ID" after each
/// commit. The durability and concurrency tests run two of these at once or kill one mid-write.
/// </summary>
internal sealed class LabelsWriterCommand : Command<LabelsWriterCommand.Settings>
{
    public sealed class Settings : LabelsSettings
    {
        [CommandOption("--reviewer <CODE>")]
        public string Reviewer { get; init; } = "rv_writer";

        [CommandOption("--count <N>")]
        public int Count { get; init; } = 100;

        [CommandOption("--targets <N>")]
        [Description("Cycle over this many micro-cluster ids; after the first round each label supersedes the reviewer's previous one.")]
        public int Targets { get; init; } = 1_000_000;

        [CommandOption("--schema <NAME>")]
        [Description("PostgreSQL schema (tests use one per run).")]
        public string? Schema { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = settings.Schema is not null && settings.Labels == LabelStores.Postgres
            ? PostgresLabelStore.FromEnvironment(settings.Schema)
            : settings.OpenLabels();
        var mine = store.Current().Where(l => l.Reviewer == settings.Reviewer && l.TargetKind == LabelTargetKind.MicroCluster)
            .ToDictionary(l => l.TargetId, l => l.LabelId);
        for (var i = 0; i < settings.Count; i++)
        {
            var target = (i % settings.Targets).ToString(CultureInfo.InvariantCulture);
            mine.TryGetValue(target, out var previous);
            var label = Label.New(LabelTargetKind.MicroCluster, target, settings.Reviewer, $"writer {settings.Reviewer} label {i}", organizedActivity: 1 + (i % 5), supersedes: previous);
            if (previous is null) store.Create(label);
            else store.Supersede(label, "second look");
            mine[target] = label.LabelId;
            Console.Out.WriteLine($"committed {label.LabelId}");
            Console.Out.Flush();
        }
        return 0;
    }
}
