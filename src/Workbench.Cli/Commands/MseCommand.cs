using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Workbench.Prevalence;

namespace Workbench.Cli.Commands;

/// <summary>
/// <c>workbench mse --in LISTS.csv [--model main|stepwise] [--p-stop 0.05]</c>: multiple-systems estimation on a
/// capture table shaped like mse-uk-2013.csv. Prints <c>model,n_observed,n_hat,lower,upper</c> as CSV on standard
/// output; the stepwise path, refused terms and assumptions go to standard error so that the CSV stays clean.
/// </summary>
internal sealed class MseCommand : Command<MseCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--in <FILE>")]
        [Description("Capture table: one 0/1 column per list, then 'count'; one row per observed pattern.")]
        public string? In { get; init; }

        [CommandOption("--model <MODEL>")]
        [Description("main (main effects only) or stepwise (pairs added by AIC while p < --p-stop). Default: stepwise.")]
        public string Model { get; init; } = "stepwise";

        [CommandOption("--p-stop <P>")]
        [Description("Stepwise stop rule: a pair joins only if its Wald p-value is below this. Default: 0.05.")]
        public double PStop { get; init; } = 0.05;

        [CommandOption("--pairs <LIST>")]
        [Description("Fit main effects plus exactly these pairs instead, e.g. PF:NCA,LA:NG (refused if any is not identifiable).")]
        public string? Pairs { get; init; }

        [CommandOption("--interval <KIND>")]
        [Description("profile (profile likelihood, default) or bootstrap (percentile; see --bootstrap).")]
        public string Interval { get; init; } = "profile";

        [CommandOption("--bootstrap <N>")]
        [Description("Bootstrap replicates when --interval bootstrap. Default: 1000.")]
        public int Bootstrap { get; init; } = 1000;

        [CommandOption("--confidence <C>")]
        [Description("Confidence level of the interval. Default: 0.95.")]
        public double Confidence { get; init; } = 0.95;

        [CommandOption("--seed <S>")]
        [Description("Seed of the bootstrap. Default: 1.")]
        public int Seed { get; init; } = 1;

        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(In)) return ValidationResult.Error("--in LISTS.csv is required");
            if (Model is not ("main" or "stepwise")) return ValidationResult.Error("--model must be main or stepwise");
            if (Interval is not ("profile" or "bootstrap")) return ValidationResult.Error("--interval must be profile or bootstrap");
            if (PStop is <= 0 or > 1) return ValidationResult.Error("--p-stop must be in (0, 1]");
            if (Confidence is <= 0 or >= 1) return ValidationResult.Error("--confidence must be in (0, 1)");
            if (Bootstrap < 1) return ValidationResult.Error("--bootstrap must be at least 1");
            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var table = CaptureTable.Load(settings.In!);
        var bootstrap = settings.Interval == "bootstrap";
        var options = new MseOptions
        {
            Model = settings.Pairs is not null ? MseModel.Specified : settings.Model == "main" ? MseModel.MainEffects : MseModel.Stepwise,
            Pairs = settings.Pairs?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [],
            PStop = settings.PStop,
            Confidence = settings.Confidence,
            BootstrapReplicates = bootstrap ? settings.Bootstrap : 0,
            Seed = settings.Seed,
        };
        MseEstimate estimate;
        try
        {
            estimate = new MseEstimator(options).Fit(table);
        }
        catch (NotIdentifiableException ex)
        {
            throw new UserError($"{settings.In}: {ex.Message}");
        }
        var interval = bootstrap ? estimate.BootstrapInterval! : estimate.ProfileInterval;
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine("model,n_observed,n_hat,lower,upper");
        Console.WriteLine(string.Create(inv, $"{estimate.Label},{estimate.Observed},{estimate.NHat:F1},{interval.Lower:F1},{interval.Upper:F1}"));

        var notes = Console.Error;
        notes.WriteLine(string.Create(inv, $"# {table.K} lists ({string.Join(", ", table.Lists)}), {table.Observed:N0} units observed; model: {estimate.Fit.ModelName}; {estimate.Confidence * 100:0.#}% interval: {interval.Method}"));
        foreach (var step in estimate.Path)
        {
            notes.WriteLine(string.Create(inv, $"# step {step.Step}: + {step.Added} (p = {step.PValue:G3}, AIC {step.Aic:F2}, N̂ {step.NHat:F0})"));
        }
        if (estimate.StopReason.Length > 0) notes.WriteLine("# stopped: " + estimate.StopReason);
        foreach (var refused in estimate.Refused.DistinctBy(r => r.Term))
        {
            notes.WriteLine($"# refused {refused.Term}: {refused.Reason}");
        }
        notes.WriteLine("# assumptions: " + string.Join("; ", MseEstimate.Assumptions));
        return 0;
    }
}
