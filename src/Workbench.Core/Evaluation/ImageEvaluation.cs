using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using Workbench.Images;

namespace Workbench.Evaluation;

/// <summary>
/// Evaluates the perceptual hashes on procedurally generated images with every edit of
/// <see cref="ImageTransform.Standard"/>: distance distributions of same and different pairs, ROC, and a threshold
/// chosen on a tuning set (the largest with precision ≥ <see cref="ImageEvaluationOptions.MinPrecision"/>) whose precision and recall are then measured on a separate test set.
/// </summary>
public static class ImageEvaluation
{
    /// <summary>Runs the evaluation. Cost: 2 × BaseImages × (1 + edits) images generated and hashed, all pairs compared.</summary>
    public static ImageEvaluationResult Run(ImageEvaluationOptions? options = null, IProgress<int>? progress = null)
    {
        options ??= new ImageEvaluationOptions();
        options.Validate();
        var tune = HashSet(options, options.Seed, progress);
        var test = HashSet(options, options.Seed + 1, progress);
        var results = new List<HashEvaluation>();
        foreach (var mirrorInvariant in new[] { false, true })
        {
            foreach (var kind in new[] { ImageHashKind.PHash, ImageHashKind.DHash })
            {
                results.Add(Score(options, tune, test, kind, mirrorInvariant));
            }
        }
        var crop = new[] { false, true }.Select(m => ScoreCrops(options, tune, test, m)).ToList();
        return new ImageEvaluationResult(options, test.Count, results, crop);
    }

    /// <summary>One hashed image of a set: its base image, its edit (−1 for the base itself) and whether the edit mirrors.</summary>
    internal readonly record struct Hashed(int Base, int Edit, bool Mirror, PerceptualHashes Hashes, CropHashes Crops);

    internal static List<Hashed> HashSet(ImageEvaluationOptions options, int seed, IProgress<int>? progress = null)
    {
        var edits = options.Transforms.Select(t => (Transform: t, Mirror: false))
            .Concat(options.MirrorTransforms.Select(t => (Transform: t, Mirror: true))).ToList();
        var perBase = new Hashed[options.BaseImages][];
        var hasher = new ImageHasher();
        var done = 0;
        Parallel.For(0, options.BaseImages, b =>
        {
            using var image = SyntheticImages.Generate(seed, b, options.Size, options.Size);
            var row = new Hashed[1 + edits.Count];
            var (hashes, crops) = HashAsPosted(hasher, image, options.CropMatch);
            row[0] = new Hashed(b, -1, false, hashes, crops);
            for (var e = 0; e < edits.Count; e++)
            {
                using var edited = edits[e].Transform.Apply(image);
                (hashes, crops) = HashAsPosted(hasher, edited, options.CropMatch);
                row[e + 1] = new Hashed(b, e, edits[e].Mirror, hashes, crops);
            }
            perBase[b] = row;
            progress?.Report(Interlocked.Increment(ref done));
        });
        return perBase.SelectMany(r => r).ToList();
    }

    /// <summary>
    /// Hashes an image the way the workbench meets it: as a file (a JPEG at quality 95, as photos are posted), decoded
    /// by the production decoder at reduced size. Hashing the in-memory pixels instead would evaluate a path that
    /// real ads never take.
    /// </summary>
    internal static PerceptualHashes HashAsPosted(ImageHasher hasher, Image<Rgb24> image) => hasher.Hash(AsPosted(image), "generated image");

    /// <summary>The perceptual and the crop-tolerant hashes of an image met as a posted file (see the overload).</summary>
    internal static (PerceptualHashes Hashes, CropHashes Crops) HashAsPosted(ImageHasher hasher, Image<Rgb24> image, CropMatchOptions options) =>
        hasher.HashWithCrops(AsPosted(image), options, "generated image");

    private static MemoryStream AsPosted(Image<Rgb24> image)
    {
        var file = new MemoryStream();
        image.SaveAsJpeg(file, new SixLabors.ImageSharp.Formats.Jpeg.JpegEncoder { Quality = 95 });
        file.Position = 0;
        return file;
    }

    private static HashEvaluation Score(ImageEvaluationOptions options, List<Hashed> tune, List<Hashed> test, ImageHashKind kind, bool mirrorInvariant) =>
        Score(options, Histograms(tune, kind, mirrorInvariant), Histograms(test, kind, mirrorInvariant), test, kind, mirrorInvariant,
            (a, b) => a.Hashes.Distance(b.Hashes, kind, mirrorInvariant));

    /// <summary>The crop-tolerant rule (<see cref="CropHashes.Distance"/>), scored exactly as a single hash is.</summary>
    private static HashEvaluation ScoreCrops(ImageEvaluationOptions options, List<Hashed> tune, List<Hashed> test, bool mirrorInvariant) =>
        Score(options, CropHistograms(tune, mirrorInvariant), CropHistograms(test, mirrorInvariant), test, ImageHashKind.PHash, mirrorInvariant,
            (a, b) => a.Crops.Distance(b.Crops, mirrorInvariant));

    private static HashEvaluation Score(
        ImageEvaluationOptions options, (long[] Same, long[] Different) tuneHistograms, (long[] Same, long[] Different) testHistograms,
        List<Hashed> test, ImageHashKind kind, bool mirrorInvariant, Func<Hashed, Hashed, int> distance)
    {
        var tuneRoc = Roc(tuneHistograms.Same, tuneHistograms.Different);
        var chosen = tuneRoc.LastOrDefault(p => p.TruePositives > 0 && p.Precision >= options.MinPrecision) ?? tuneRoc.MaxBy(F1)!;
        var (same, different) = testHistograms;
        var roc = Roc(same, different);
        var atChosen = roc[chosen.Threshold];

        var names = options.Transforms.Select(t => (t.Name, t.Family))
            .Concat(options.MirrorTransforms.Select(t => (t.Name, t.Family))).ToList();
        var transforms = new List<TransformDistance>();
        var bases = test.Where(h => h.Edit < 0).ToDictionary(h => h.Base);
        for (var e = 0; e < names.Count; e++)
        {
            var edited = test.Where(h => h.Edit == e).ToList();
            if (edited.Count == 0 || (edited[0].Mirror && !mirrorInvariant)) continue;
            var distances = edited.Select(h => distance(bases[h.Base], h)).Order().ToArray();
            transforms.Add(new TransformDistance(names[e].Name, names[e].Family, distances.Average(),
                distances[(int)Math.Ceiling(0.95 * distances.Length) - 1], distances[^1],
                distances.Count(d => d <= chosen.Threshold) / (double)distances.Length));
        }
        return new HashEvaluation(kind, mirrorInvariant, same, different, roc, Auc(roc), chosen.Threshold, F1(chosen),
            atChosen.Precision, atChosen.TruePositiveRate, transforms);
    }

    /// <summary>Same-pair and different-pair counts by distance over all pairs of a set.</summary>
    internal static (long[] Same, long[] Different) Histograms(List<Hashed> set, ImageHashKind kind, bool mirrorInvariant)
    {
        var items = mirrorInvariant ? set : set.Where(h => !h.Mirror).ToList();
        var hashes = items.Select(h => h.Hashes.Get(kind)).ToArray();
        var mirrors = items.Select(h => h.Hashes.GetMirror(kind)).ToArray();
        var bases = items.Select(h => h.Base).ToArray();
        var same = new long[65];
        var different = new long[65];
        for (var i = 0; i < hashes.Length; i++)
        {
            for (var j = i + 1; j < hashes.Length; j++)
            {
                var d = HashDistance.Hamming(hashes[i], hashes[j]);
                if (mirrorInvariant) d = Math.Min(d, HashDistance.Hamming(hashes[i], mirrors[j]));
                if (bases[i] == bases[j]) same[d]++;
                else different[d]++;
            }
        }
        return (same, different);
    }

    /// <summary>Same-pair and different-pair counts by crop-tolerant distance over all pairs of a set (rows in parallel).</summary>
    internal static (long[] Same, long[] Different) CropHistograms(List<Hashed> set, bool mirrorInvariant)
    {
        var items = mirrorInvariant ? set : set.Where(h => !h.Mirror).ToList();
        var same = new long[65];
        var different = new long[65];
        var gate = new object();
        Parallel.For(0, items.Count, () => (Same: new long[65], Different: new long[65]), (i, _, local) =>
        {
            for (var j = i + 1; j < items.Count; j++)
            {
                var d = items[i].Crops.Distance(items[j].Crops, mirrorInvariant);
                if (items[i].Base == items[j].Base) local.Same[d]++;
                else local.Different[d]++;
            }
            return local;
        }, local =>
        {
            lock (gate)
            {
                for (var d = 0; d <= 64; d++)
                {
                    same[d] += local.Same[d];
                    different[d] += local.Different[d];
                }
            }
        });
        return (same, different);
    }

    /// <summary>ROC points for thresholds 0–64 from distance histograms.</summary>
    internal static RocPoint[] Roc(long[] same, long[] different)
    {
        long totalSame = same.Sum(), totalDifferent = different.Sum(), tp = 0, fp = 0;
        var points = new RocPoint[65];
        for (var t = 0; t <= 64; t++)
        {
            tp += same[t];
            fp += different[t];
            points[t] = new RocPoint(t,
                totalSame == 0 ? 0 : tp / (double)totalSame,
                totalDifferent == 0 ? 0 : fp / (double)totalDifferent,
                tp + fp == 0 ? 1 : tp / (double)(tp + fp), tp, fp);
        }
        return points;
    }

    private static double F1(RocPoint p) =>
        p.Precision + p.TruePositiveRate == 0 ? 0 : 2 * p.Precision * p.TruePositiveRate / (p.Precision + p.TruePositiveRate);

    private static double Auc(RocPoint[] roc)
    {
        // Trapezoids from (0, 0) through the thresholds to (1, 1).
        double area = 0, x = 0, y = 0;
        foreach (var p in roc)
        {
            area += (p.FalsePositiveRate - x) * (p.TruePositiveRate + y) / 2;
            x = p.FalsePositiveRate;
            y = p.TruePositiveRate;
        }
        return area + ((1 - x) * (1 + y) / 2);
    }

    /// <summary>Encodes an image as PNG bytes (for galleries).</summary>
    internal static byte[] Png(Image<Rgb24> image)
    {
        using var buffer = new MemoryStream();
        image.SaveAsPng(buffer);
        return buffer.ToArray();
    }
}
