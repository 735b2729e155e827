using System.ComponentModel;
using System.Globalization;
using System.Text;
using Spectre.Console;
using Spectre.Console.Cli;
using Workbench.Clustering;
using Workbench.Prevalence;
using Workbench.Review;

namespace Workbench.Cli.Commands;

/// <summary>
/// <c>workbench prevalence (--in FILE | --store FILE) --out DIR</c>: rates by province, metro and week with bootstrap
/// intervals (suppressed below 5), and the estimate of advertisers never seen on any site, with its assumptions.
/// </summary>
internal sealed class PrevalenceCommand : Command<PrevalenceCommand.Settings>
{
    public sealed class Settings : AnalysisSettings
    {
        [CommandOption("--out <DIR>")]
        [Description("Folder for rates.csv, mse.csv and prevalence.md.")]
        public string? Out { get; init; }

        [CommandOption("--replicates <N>")]
        [Description("Bootstrap replicates for the rate intervals. Default: 200.")]
        public int Replicates { get; init; } = 200;

        [CommandOption("--lists <KIND>")]
        [Description("How MSE lists are formed: sites (default) or windows.")]
        public string Lists { get; init; } = "sites";

        [CommandOption("--windows <N>")]
        [Description("Time windows when --lists windows. Default: 4.")]
        public int Windows { get; init; } = 4;

        [CommandOption("--seed <S>")]
        [Description("Seed of every bootstrap. Default: 1.")]
        public int Seed { get; init; } = 1;

        [CommandOption("--clusters")]
        [Description("Also count micro-clusters and those with signals of organized activity per cell (runs the micro-cluster detector and the weak-supervision label model: minutes at 1M ads).")]
        public bool Clusters { get; init; }

        [CommandOption("--labels <FILE|postgres>")]
        [Description("With --clusters: a label store whose reviewers' judgements override the label model (4–5 a signal, 1–2 none).")]
        public string? Labels { get; init; }

        [CommandOption("--mse-units <KIND>")]
        [Description("Units of the multiple-systems estimate: phones (phone-linked advertisers, default) or clusters (micro-clusters; needs --clusters).")]
        public string MseUnits { get; init; } = "phones";

        public override ValidationResult Validate()
        {
            var input = base.Validate();
            if (!input.Successful) return input;
            if (string.IsNullOrWhiteSpace(Out)) return ValidationResult.Error("--out DIR is required");
            if (Lists is not ("sites" or "windows")) return ValidationResult.Error("--lists must be sites or windows");
            if (Replicates < 2) return ValidationResult.Error("--replicates must be at least 2");
            if (Labels is not null && !Clusters) return ValidationResult.Error("--labels needs --clusters (labels judge clusters)");
            if (MseUnits is not ("phones" or "clusters")) return ValidationResult.Error("--mse-units must be phones or clusters");
            if (MseUnits == "clusters" && !Clusters) return ValidationResult.Error("--mse-units clusters needs --clusters");
            return ValidationResult.Success();
        }
    }

    private static ClusterAssignment Signals(Workbench.Store.AdStore store, Settings settings)
    {
        var ads = store.ReadAds().ToList();
        var result = Detect.MicroClusters(ads, new MicroClusterOptions { Seed = settings.Seed });
        var candidates = ReviewFeatures.Build(ads, result);
        IReadOnlyList<Label>? labels = null;
        if (settings.Labels is { } location)
        {
            using var labelStore = LabelStores.Open(location);
            labels = labelStore.Current();
        }
        return ClusterSignals.FromReview(candidates, WeakSupervision.Fit(candidates), labels);
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var input = settings.Open();
        Directory.CreateDirectory(settings.Out!);
        List<AdActivity> ads = [];
        PrevalenceRates? rates = null;
        ClusterAssignment? clusters = null;
        if (settings.Clusters)
        {
            Progress.Run("Micro-clusters and their signals", _ => clusters = Signals(input.Store, settings));
        }
        Progress.Run("Rates by province, metro and week", _ =>
        {
            ads = AdActivity.ReadAll(input.Store).ToList();
            rates = new RateEstimator(new RateOptions { BootstrapReplicates = settings.Replicates, Seed = settings.Seed }).Fit(ads, clusters);
        });
        if (ads.Count == 0) throw new UserError("the store holds no ads");
        File.WriteAllText(Path.Combine(settings.Out!, "rates.csv"), rates!.ToCsv());

        var kind = settings.Lists == "sites" ? AdListKind.Sites : AdListKind.TimeWindows;
        var mseOptions = new AdMseOptions { Lists = kind, Windows = settings.Windows, Mse = new MseOptions { BootstrapReplicates = 200, Seed = settings.Seed } };
        var mseUnits = settings.MseUnits == "clusters" ? clusters : null;
        var (table, unit) = new AdMseEstimator(mseOptions).Table(ads, mseUnits);
        var inv = CultureInfo.InvariantCulture;
        var fitted = new List<(string Model, UnseenAdvertisers Result)>();
        var md = new StringBuilder("# Prevalence\n\n> ").Append(rates.Framing).Append("\n\n");
        md.Append(inv, $"Ads: {rates.Ads:N0}; phone-linked advertisers: {rates.Advertisers:N0}; ads not placed in a province: {rates.AdsWithoutProvince:N0}; not in a reference metro: {rates.AdsWithoutMetro:N0}.\n\n");
        md.Append("## Advertisers never seen (multiple-systems estimation)\n\n");
        UnseenAdvertisers? headline = null;
        foreach (var model in new[] { MseModel.MainEffects, MseModel.Stepwise })
        {
            var result = new AdMseEstimator(mseOptions with { Mse = mseOptions.Mse with { Model = model } }).Fit(ads, mseUnits);
            var label = model == MseModel.MainEffects ? "main" : "stepwise";
            if (model == MseModel.Stepwise) headline = result;
            fitted.Add((label, result));
            md.Append("- **").Append(label).Append("**: ").Append(result.Statement()).Append("\n\n");
        }
        // n_observed below the small-cell threshold is suppressed like every other count.
        File.WriteAllText(Path.Combine(settings.Out!, "mse.csv"), MseCsv.Write(fitted, rates.Options.SuppressBelow));
        md.Append(inv, $"Lists: {string.Join(", ", table.Lists)}; units: {unit}. {(clusters is null ? "Micro-clusters and those with signals are counted with --clusters." : "Clusters: " + clusters.Name + ".")}\n");
        File.WriteAllText(Path.Combine(settings.Out!, "prevalence.md"), md.ToString());

        var national = rates.Select(RateDimension.National, RateMeasure.Ads).Single();
        AnsiConsole.WriteLine(rates.Framing);
        AnsiConsole.WriteLine(string.Create(inv, $"ads {rates.Ads:N0}; phone-linked advertisers {rates.Advertisers:N0}; national ads per {rates.Options.PerResidents:N0} residents {national.Rate:F1} [{national.RateLower:F1}, {national.RateUpper:F1}]"));
        AnsiConsole.WriteLine(headline!.Statement());
        AnsiConsole.MarkupLineInterpolated($"[green]Wrote[/] rates.csv, mse.csv, prevalence.md to {settings.Out}");
        return 0;
    }
}
