using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Workbench.Synthetic;

namespace Workbench.Cli.Commands;

internal sealed class GenerateCommand : Command<GenerateCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--ads <N>")]
        [Description("Number of ads to write (1,000 to 1,000,000 is the tested range).")]
        public int Ads { get; init; } = 20_000;

        [CommandOption("--seed <S>")]
        [Description("Random seed: the same seed and size give byte-identical files.")]
        public int Seed { get; init; } = 1;

        [CommandOption("--out <DIR>")]
        [Description("Output folder (default: data/synthetic).")]
        public string Out { get; init; } = Path.Combine("data", "synthetic");

        [CommandOption("--preset <NAME>")]
        [Description("default, or organized-heavy (20% of clusters organized, 30% spam).")]
        public string Preset { get; init; } = "default";

        [CommandOption("--cropped-images <P>")]
        [Description("Share of shown images that are cropped copies of the planted photo (default 0: none, and no window hashes). Above 0, every image carries 9 window hashes (image_window_hashes), modelled at the hash level.")]
        public double CroppedImages { get; init; }

        [CommandOption("--quiet")]
        [Description("Do not print the validation report.")]
        public bool Quiet { get; init; }

        public override ValidationResult Validate()
        {
            if (Ads < 1) return ValidationResult.Error("--ads must be at least 1");
            if (CroppedImages is < 0 or > 1 || double.IsNaN(CroppedImages)) return ValidationResult.Error("--cropped-images must be 0–1");
            if (Preset is not ("default" or "organized-heavy")) return ValidationResult.Error("--preset must be default or organized-heavy");
            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var options = Options(settings.Preset, settings.Ads, settings.Seed) with { CroppedImageProbability = settings.CroppedImages };
        var summary = Run(settings.Out, options);
        if (!settings.Quiet) Console.WriteLine(summary.Report.ToText());
        return 0;
    }

    public static SyntheticOptions Options(string preset, int ads, int seed) =>
        (preset == "organized-heavy" ? SyntheticOptions.OrganizedHeavy : new SyntheticOptions()) with { Ads = ads, Seed = seed };

    public static SyntheticCorpusSummary Run(string directory, SyntheticOptions options)
    {
        SyntheticCorpusSummary? summary = null;
        Progress.Run($"Generating {options.Ads:N0} synthetic ads", progress =>
        {
            summary = SyntheticCorpusWriter.Write(directory, options, new Progress<long>(n => progress(n, options.Ads)));
        });
        AnsiConsole.MarkupLineInterpolated($"wrote {options.Ads:N0} ads (seed {options.Seed}) to {directory}");
        return summary!;
    }
}
