using System.ComponentModel;
using System.Globalization;
using System.Text;
using Spectre.Console;
using Spectre.Console.Cli;
using Workbench.Evaluation;
using Workbench.Images;

namespace Workbench.Cli.Commands;

/// <summary>
/// `workbench eval images`: the perceptual hashes on procedurally generated images with every edit; prints the
/// distance distributions, the ROC summary and the chosen threshold with its precision and recall, for the single hashes
/// and for the crop-tolerant rule (global and window DCT hashes, <see cref="CropMatchOptions"/>).
/// </summary>
internal sealed class EvalImagesCommand : Command<EvalImagesCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--images <N>")]
        [Description("Generated base images per set (a tuning and a test set; each image gets every edit). Default 150.")]
        public int Images { get; init; } = 150;

        [CommandOption("--size <PX>")]
        [Description("Width and height of the generated images. Default 256.")]
        public int Size { get; init; } = 256;

        [CommandOption("--seed <S>")]
        [Description("Seed of the tuning set; the test set uses seed + 1.")]
        public int Seed { get; init; } = 1;

        [CommandOption("--corpus-ads <N>")]
        [Description("Ads of a synthetic corpus (generated in memory, a tenth of its images cropped copies) on which reuse groups are scored with and without window hashes. Default 20000; 0 skips.")]
        public int CorpusAds { get; init; } = 20_000;

        [CommandOption("--out <DIR>")]
        [Description("Optional folder for roc.csv, distances.csv and transforms.csv (hash phash-crop-tolerant: the crop-tolerant rule).")]
        public string? Out { get; init; }

        public override ValidationResult Validate()
        {
            if (Images < 2) return ValidationResult.Error("--images must be at least 2");
            if (Size < 32) return ValidationResult.Error("--size must be at least 32");
            if (CorpusAds < 0) return ValidationResult.Error("--corpus-ads must be 0 or more");
            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var options = new ImageEvaluationOptions { BaseImages = settings.Images, Size = settings.Size, Seed = settings.Seed };
        ImageEvaluationResult? result = null;
        Progress.Run($"Generating, editing and hashing 2 × {options.BaseImages} images", progress =>
        {
            result = ImageEvaluation.Run(options, new Progress<int>(n => progress(n, 2L * options.BaseImages)));
        });
        Print(result!);
        if (settings.CorpusAds > 0) PrintCorpus(settings.CorpusAds, settings.Seed);
        if (settings.Out is { } dir) Write(result!, dir);
        return 0;
    }

    private static void Print(ImageEvaluationResult result)
    {
        var inv = CultureInfo.InvariantCulture;
        AnsiConsole.MarkupLineInterpolated(
            $"{result.ImagesPerSet:N0} images per set ({result.Options.BaseImages} generated × {1 + result.Options.Transforms.Count + result.Options.MirrorTransforms.Count} versions, {result.Options.Size}px); threshold chosen on seed {result.Options.Seed}, scored on seed {result.Options.Seed + 1}");
        var t = ImageMatchOptions.DefaultMaxDistance;
        var summary = new Table().AddColumns("hash", "AUC", "chosen t", "F1 tune", "P test", "R test", $"P @{t}", $"R @{t}");
        foreach (var h in result.Hashes)
        {
            var def = h.At(t);
            summary.AddRow(Name(h.Kind) + (h.MirrorInvariant ? " ±mirror" : ""), h.Auc.ToString("F4", inv), h.ChosenThreshold.ToString(inv),
                h.TuneF1.ToString("F3", inv), h.Precision.ToString("F4", inv), h.Recall.ToString("F4", inv),
                def.Precision.ToString("F4", inv), def.TruePositiveRate.ToString("F4", inv));
        }
        foreach (var h in result.CropTolerant)
        {
            var def = h.At(CropMatchOptions.DefaultMaxDistance);
            summary.AddRow("phash crop-tolerant" + (h.MirrorInvariant ? " ±mirror" : ""), h.Auc.ToString("F4", inv), h.ChosenThreshold.ToString(inv),
                h.TuneF1.ToString("F3", inv), h.Precision.ToString("F4", inv), h.Recall.ToString("F4", inv),
                $"{def.Precision.ToString("F4", inv)} (@{CropMatchOptions.DefaultMaxDistance})", $"{def.TruePositiveRate.ToString("F4", inv)} (@{CropMatchOptions.DefaultMaxDistance})");
        }
        AnsiConsole.Write(summary);
        AnsiConsole.MarkupLineInterpolated($"chosen t: the largest threshold with precision ≥ {result.Options.MinPrecision:P0} on the tuning set; P/R test: precision and recall at t on the test set; @{t}: at the default match threshold (ImageMatchOptions.DefaultMaxDistance).");

        var distances = new Table().AddColumns("hash", "pairs", "count", "p5", "median", "p95", $"share ≤ {t}");
        foreach (var h in result.Hashes.Where(h => !h.MirrorInvariant))
        {
            foreach (var (label, hist) in new[] { ("same", h.SameHistogram), ("different", h.DifferentHistogram) })
            {
                var total = hist.Sum();
                distances.AddRow(Name(h.Kind), label, total.ToString("N0", inv), Quantile(hist, 0.05).ToString(inv),
                    Quantile(hist, 0.5).ToString(inv), Quantile(hist, 0.95).ToString(inv),
                    (hist.Take(ImageMatchOptions.DefaultMaxDistance + 1).Sum() / (double)Math.Max(1, total)).ToString("P2", inv));
            }
        }
        AnsiConsole.Write(distances);

        var p = result.For(ImageHashKind.PHash, mirrorInvariant: true);
        var d = result.For(ImageHashKind.DHash, mirrorInvariant: true);
        var edits = new Table().AddColumns("edit", "pHash mean/p95/max", $"pHash ≤ {p.ChosenThreshold}", "dHash mean/p95/max", $"dHash ≤ {d.ChosenThreshold}");
        foreach (var (pt, dt) in p.Transforms.Zip(d.Transforms))
        {
            edits.AddRow(pt.Transform, $"{pt.Mean.ToString("F1", inv)} / {pt.P95} / {pt.Max}", pt.RecallAtThreshold.ToString("P1", inv),
                $"{dt.Mean.ToString("F1", inv)} / {dt.P95} / {dt.Max}", dt.RecallAtThreshold.ToString("P1", inv));
        }
        AnsiConsole.MarkupLine("Base-to-edit distances on the test set (mirror-invariant), and the share within each hash's chosen threshold:");
        AnsiConsole.Write(edits);

        var c = result.ForCrops(mirrorInvariant: true);
        var share = result.Options.CropMatch.WindowShare;
        var crops = new Table().AddColumns("edit", $"pHash global ≤ {p.ChosenThreshold}", "crop-tolerant mean/p95/max", $"crop-tolerant ≤ {c.ChosenThreshold}");
        foreach (var (pt, ct) in p.Transforms.Zip(c.Transforms))
        {
            crops.AddRow(pt.Transform, pt.RecallAtThreshold.ToString("P1", inv), $"{ct.Mean.ToString("F1", inv)} / {ct.P95} / {ct.Max}", ct.RecallAtThreshold.ToString("P1", inv));
        }
        var globalAt = p.At(p.ChosenThreshold);
        var cropAt = c.At(c.ChosenThreshold);
        crops.AddRow("[bold]all same pairs (recall)[/]", globalAt.TruePositiveRate.ToString("P1", inv), "", cropAt.TruePositiveRate.ToString("P1", inv));
        crops.AddRow("[bold]precision[/]", globalAt.Precision.ToString("P2", inv), "", cropAt.Precision.ToString("P2", inv));
        crops.AddRow("[bold]false matches / distinct pairs[/]", Rate(globalAt), "", Rate(cropAt));
        AnsiConsole.MarkupLineInterpolated(
            $"Crop-tolerant rule (global pHash and {result.Options.CropMatch.Windows.Count} windows at {share:P0} of a side; a pair matches when global–global, global–window or window–global is within t), test set, mirror-invariant, each at its own threshold chosen on the tuning set:");
        AnsiConsole.Write(crops);
    }

    /// <summary>
    /// Reuse groups on a synthetic corpus with planted cropped copies, with and without window hashes: the share of
    /// showings of a photo (shown in two or more ads) that share a group with another ad showing it.
    /// </summary>
    private static void PrintCorpus(int ads, int seed)
    {
        var inv = CultureInfo.InvariantCulture;
        const double cropped = 0.1;
        var corpus = Synthetic.SyntheticCorpus.Generate(new Synthetic.SyntheticOptions { Ads = ads, Seed = seed, CroppedImageProbability = cropped }).ToList();
        var input = corpus.Select(x => new AdImages(x.Ad.AdId, x.Truth.Phones, x.Ad.ImageHashes.Select(ImageHashText.Parse).ToArray(),
            x.Ad.ImageWindowHashes.Select(ImageHashText.Parse).ToArray())).ToList();
        var truth = corpus.Select(x => x.Truth).ToList();
        var table = new Table().AddColumns("reuse groups (radius 8)", "recall", "cropped recall", "whole recall", "window-only links", "groups mixing photos", "stock candidates", "s");
        var scores = new List<PhotoReuseScore>();
        foreach (var windows in new[] { false, true })
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var result = new ImageReuseDetector(new ImageReuseOptions { UseWindowHashes = windows }).Fit(input);
            var seconds = watch.Elapsed.TotalSeconds;
            var score = ImageReuseEvaluation.ScorePhotos(input, result, truth);
            scores.Add(score);
            table.AddRow(windows ? "global + window hashes" : "global hashes only", score.Recall.ToString("P1", inv), score.CroppedRecall.ToString("P1", inv),
                score.WholeRecall.ToString("P1", inv), result.WindowOnlyLinks.ToString("N0", inv), score.GroupsMixingPhotos.ToString("N0", inv),
                result.StockCandidates.Count().ToString("N0", inv), seconds.ToString("F2", inv));
        }
        AnsiConsole.MarkupLineInterpolated(
            $"Corpus level: {ads:N0} synthetic ads (seed {seed}), {cropped:P0} of the shown images planted as cropped copies at the hash level (a crop's hash is a window hash of its photo moved by 0–2 bits, plus re-encoding; the pixel-level behaviour is the crop-tolerant table above). Recall: showings of a photo shown in two or more ads that share a reuse group with another ad showing it:");
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated(
            $"Cropped copies in a reuse group with another showing of their photo: {scores[0].CroppedRecall.ToString("P1", inv)} with global hashes only, {scores[1].CroppedRecall.ToString("P1", inv)} with window hashes (all showings: {scores[0].Recall.ToString("P1", inv)} and {scores[1].Recall.ToString("P1", inv)}).");
    }

    private static void Write(ImageEvaluationResult result, string dir)
    {
        Directory.CreateDirectory(dir);
        var inv = CultureInfo.InvariantCulture;
        var roc = new StringBuilder("hash,mirror_invariant,threshold,true_positive_rate,false_positive_rate,precision,true_positives,false_positives\n");
        var hist = new StringBuilder("hash,mirror_invariant,distance,same_pairs,different_pairs\n");
        var edits = new StringBuilder("hash,mirror_invariant,edit,family,mean,p95,max,recall_at_chosen_threshold\n");
        foreach (var (h, name) in result.Hashes.Select(h => (h, Name(h.Kind))).Concat(result.CropTolerant.Select(h => (h, "phash-crop-tolerant"))))
        {
            var prefix = $"{name},{(h.MirrorInvariant ? "true" : "false")}";
            foreach (var r in h.Roc)
            {
                roc.Append(inv, $"{prefix},{r.Threshold},{r.TruePositiveRate:R},{r.FalsePositiveRate:R},{r.Precision:R},{r.TruePositives},{r.FalsePositives}\n");
            }
            for (var i = 0; i <= 64; i++) hist.Append(inv, $"{prefix},{i},{h.SameHistogram[i]},{h.DifferentHistogram[i]}\n");
            foreach (var t in h.Transforms)
            {
                edits.Append(inv, $"{prefix},\"{t.Transform}\",{t.Family},{t.Mean:R},{t.P95},{t.Max},{t.RecallAtThreshold:R}\n");
            }
        }
        File.WriteAllText(Path.Combine(dir, "roc.csv"), roc.ToString());
        File.WriteAllText(Path.Combine(dir, "distances.csv"), hist.ToString());
        File.WriteAllText(Path.Combine(dir, "transforms.csv"), edits.ToString());
        AnsiConsole.MarkupLineInterpolated($"wrote roc.csv, distances.csv and transforms.csv to {dir}");
    }

    private static string Rate(RocPoint point) =>
        string.Create(CultureInfo.InvariantCulture, $"{point.FalsePositives:N0} ({point.FalsePositiveRate:0.0e+0})");

    internal static string Name(ImageHashKind kind) => kind == ImageHashKind.PHash ? "phash" : "dhash";

    private static int Quantile(IReadOnlyList<long> histogram, double q)
    {
        var total = histogram.Sum();
        var target = (long)Math.Ceiling(q * total);
        long seen = 0;
        for (var i = 0; i < histogram.Count; i++)
        {
            seen += histogram[i];
            if (seen >= Math.Max(1, target)) return i;
        }
        return histogram.Count - 1;
    }
}
