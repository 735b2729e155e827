using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Workbench.Reports;
using Workbench.Store;

namespace Workbench.Cli.Commands;

internal sealed class DemoCommand : Command<DemoCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--ads <N>")]
        [Description("Size of the synthetic corpus.")]
        public int Ads { get; init; } = 50_000;

        [CommandOption("--seed <S>")]
        [Description("Random seed of the corpus.")]
        public int Seed { get; init; } = 1;

        [CommandOption("--data <DIR>")]
        [Description("Folder for the corpus and the store (git-ignored).")]
        public string Data { get; init; } = Path.Combine("data", "demo");

        [CommandOption("--out <DIR>")]
        [Description("Folder for the report and charts.")]
        public string Out { get; init; } = "out";
    }

    /// <summary>
    /// The capabilities that join the main job, in report order. Each issue adds its section here (one line).
    /// </summary>
    internal static IReadOnlyList<IReportSection> Sections { get; } =
    [
        new Workbench.Reports.Sections.TextSection(),
        new Workbench.Reports.Sections.MicroClusterSection(),
        new Workbench.Reports.Sections.GraphSection(),
        new Workbench.Reports.Sections.AnomalySection(),
        new Workbench.Reports.Sections.PrevalenceSection(),
        new Workbench.Reports.Sections.ImageSection(),
        new Workbench.Reports.Sections.ReviewSection(),
    ];

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var key = KeyResolver.ForSyntheticData();
        var options = GenerateCommand.Options("default", settings.Ads, settings.Seed);
        var corpus = GenerateCommand.Run(Path.Combine(settings.Data, "corpus"), options);

        var storePath = Path.Combine(settings.Data, "demo.duckdb");
        using var store = AdStore.Open(storePath);
        var ingest = IngestCommand.Run(store, key, Path.Combine(settings.Data, "corpus", "ads.jsonl"), new IngestOptions
        {
            QuarantinePath = Path.Combine(settings.Data, "quarantine.jsonl"),
        });
        IngestCommand.Report(ingest, storePath);

        var summary = CorpusSummary.Compute(store);
        Directory.CreateDirectory(settings.Out);
        var reportContext = new ReportContext(store, summary, Path.Combine(settings.Data, "corpus", "truth.jsonl"), settings.Out, settings.Seed);
        var report = DemoReport.Build(summary, ingest.Counts, corpus.Report.ToText(), reportContext, Sections);
        var html = Path.Combine(settings.Out, "report.html");
        report.Html.Save(html);
        File.WriteAllText(Path.Combine(settings.Out, "summary.md"), report.Markdown);
        Console.WriteLine(report.Markdown);
        AnsiConsole.MarkupLineInterpolated($"[green]Report with {report.Html.ChartCount} charts:[/] {html}");
        return 0;
    }
}
