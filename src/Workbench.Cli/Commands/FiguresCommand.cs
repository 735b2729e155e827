using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Workbench.Cli.Figures;

namespace Workbench.Cli.Commands;

/// <summary><c>workbench figures</c>: regenerates every paper figure, with a manifest.</summary>
internal sealed class FiguresCommand : Command<FiguresCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--out <DIR>")]
        [Description("Output folder (default: out/figures).")]
        public string Out { get; init; } = Path.Combine("out", "figures");

        [CommandOption("--format <LIST>")]
        [Description("Comma-separated: png, svg, html (default: all three). PNG and SVG need headless Chromium.")]
        public string Format { get; init; } = "png,svg,html";

        [CommandOption("--only <ID>")]
        [Description("Make only these figures (comma-separated ids, repeatable).")]
        public string[] Only { get; init; } = [];

        [CommandOption("--ads <N>")]
        [Description("Size of the synthetic corpus the figures are computed from.")]
        public int Ads { get; init; } = 20_000;

        [CommandOption("--seed <S>")]
        [Description("Seed of the synthetic corpus.")]
        public int Seed { get; init; } = 1;

        [CommandOption("--list")]
        [Description("List the figures and exit.")]
        public bool List { get; init; }

        public override ValidationResult Validate()
        {
            var unknown = Formats().FirstOrDefault(f => !FigureMaker.KnownFormats.Contains(f));
            if (unknown is not null) return ValidationResult.Error($"unknown format '{unknown}' (png, svg, html)");
            return Ads < 1 ? ValidationResult.Error("--ads must be at least 1") : ValidationResult.Success();
        }

        public string[] Formats() => Format.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(f => f.ToLowerInvariant()).Distinct().ToArray();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.List)
        {
            foreach (var f in FigureCatalog.All) AnsiConsole.MarkupLineInterpolated($"{f.Id}  {f.Title}");
            return 0;
        }
        var (manifest, timings) = FigureMaker.Make(new FigureOptions
        {
            OutputDirectory = settings.Out,
            Formats = settings.Formats(),
            Only = settings.Only.SelectMany(o => o.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray(),
            Ads = settings.Ads,
            Seed = settings.Seed,
        }, message => AnsiConsole.MarkupLineInterpolated($"{message}"));
        var table = new Table().AddColumns("figure", "compute + plot s", "png/svg export s");
        foreach (var t in timings)
        {
            table.AddRow(t.Id, t.Make.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture), t.Export.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture));
        }
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated($"[green]{manifest.Figures.Count} figures[/] and manifest.json in {settings.Out}");
        return 0;
    }
}
