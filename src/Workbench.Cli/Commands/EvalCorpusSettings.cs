using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Workbench.Cli.Commands;

/// <summary>
/// What every evaluation against planted truth takes: a synthetic corpus generated in memory (seed, preset; the
/// command names its own default size with <c>--ads</c>), or given data (<c>--in</c>/<c>--store</c>) with its
/// <c>--truth</c>.
/// </summary>
internal abstract class EvalCorpusSettings : AnalysisSettings
{
    [CommandOption("--truth <FILE>")]
    [Description("truth.jsonl of the corpus given with --in or --store.")]
    public string? Truth { get; init; }

    [CommandOption("--seed <S>")]
    [Description("Seed of the synthetic corpus and of every randomized step (default 1).")]
    public int Seed { get; init; } = 1;

    [CommandOption("--preset <NAME>")]
    [Description("default, or organized-heavy.")]
    public string Preset { get; init; } = "default";

    /// <summary>The size of the synthetic corpus when no data is given.</summary>
    public abstract int CorpusAds { get; }

    /// <summary>The checks every evaluation shares; commands add their own after it.</summary>
    public override ValidationResult Validate()
    {
        if (In is not null && Store is not null) return ValidationResult.Error("give at most one of --in FILE or --store FILE");
        if ((In is not null || Store is not null) && Truth is null) return ValidationResult.Error("--truth FILE is required with --in or --store");
        if (CorpusAds < 1) return ValidationResult.Error("--ads must be at least 1");
        if (Preset is not ("default" or "organized-heavy")) return ValidationResult.Error("--preset must be default or organized-heavy");
        return ValidationResult.Success();
    }
}
