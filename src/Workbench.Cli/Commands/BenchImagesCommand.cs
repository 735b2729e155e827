using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using Spectre.Console;
using Spectre.Console.Cli;
using Workbench.Evaluation;
using Workbench.Images;

namespace Workbench.Cli.Commands;

/// <summary>
/// `workbench bench images`: images hashed per second at 512×512 (from JPEG bytes and from decoded pixels), and
/// build and radius-query times of the multi-index hash, a BK-tree and a linear scan at 1M hashes, and the reuse
/// detector's time over about as many image hashes (half as many ads with 3 images each on average).
/// </summary>
internal sealed class BenchImagesCommand : Command<BenchImagesCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--images <N>")]
        [Description("Generated 512×512 JPEG images to hash (default 400).")]
        public int Images { get; init; } = 400;

        [CommandOption("--hashes <N>")]
        [Description("Hashes in the index (default 1000000).")]
        public int Hashes { get; init; } = 1_000_000;

        [CommandOption("--queries <N>")]
        [Description("Radius queries timed on the multi-index hash (default 10000; the BK-tree and the scan get fewer).")]
        public int Queries { get; init; } = 10_000;

        [CommandOption("--radius <R>")]
        [Description("Query radius in bits (default 8).")]
        public int Radius { get; init; } = 8;

        [CommandOption("--seed <S>")]
        [Description("Seed of the generated images and hashes.")]
        public int Seed { get; init; } = 1;

        public override ValidationResult Validate()
        {
            if (Images < 1 || Hashes < 2 || Queries < 1) return ValidationResult.Error("--images, --hashes and --queries must be positive");
            if (Radius is < 0 or > 64) return ValidationResult.Error("--radius must be 0–64");
            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var inv = CultureInfo.InvariantCulture;
        var (fromJpeg, decodeOnly, fromPixels) = HashThroughput(settings.Images, settings.Seed);
        var hashing = new Table().AddColumns("512×512 JPEG q85, all cores, best of 3", "images/s", "target");
        hashing.AddRow("decode JPEG (Skia, reduced size) + dHash + pHash", fromJpeg.ToString("N0", inv), "≥ 500 on 2 cores");
        hashing.AddRow("full-size decode only (ImageSharp, the former decoder; for comparison)", decodeOnly.ToString("N0", inv), "");
        hashing.AddRow("dHash + pHash from full-size pixels in memory", fromPixels.ToString("N0", inv), "");
        AnsiConsole.Write(hashing);

        var hashes = PlantedHashes(settings.Hashes, settings.Seed);
        var random = new Random(settings.Seed + 1);
        var queries = new ulong[settings.Queries];
        for (var i = 0; i < queries.Length; i++)
        {
            // Stored hashes moved by 0–4 bits: queries that do find something, as re-encoded copies would.
            var q = hashes[random.Next(hashes.Length)];
            for (var f = random.Next(5); f > 0; f--) q ^= 1UL << random.Next(64);
            queries[i] = q;
        }

        var index = new Table().AddColumns("index", "hashes", "build s", "queries", "median µs", "p95 µs", "hits/query");
        var watch = Stopwatch.StartNew();
        var mih = MultiIndexHash.Build(hashes);
        var mihBuild = watch.Elapsed.TotalSeconds;
        var (mihMedian, mihP95, mihHits) = TimeQueries(mih, queries, settings.Radius);
        index.AddRow($"multi-index (m={mih.Substrings})", hashes.Length.ToString("N0", inv), mihBuild.ToString("F2", inv),
            queries.Length.ToString("N0", inv), mihMedian.ToString("F1", inv), mihP95.ToString("F1", inv), mihHits.ToString("F2", inv));

        watch.Restart();
        var bk = BkTree.Build(hashes);
        var bkBuild = watch.Elapsed.TotalSeconds;
        var few = queries.Take(Math.Min(queries.Length, 200)).ToArray();
        var (bkMedian, bkP95, bkHits) = TimeQueries(bk, few, settings.Radius);
        index.AddRow("BK-tree", hashes.Length.ToString("N0", inv), bkBuild.ToString("F2", inv), few.Length.ToString("N0", inv),
            bkMedian.ToString("F1", inv), bkP95.ToString("F1", inv), bkHits.ToString("F2", inv));

        var (scanMedian, scanP95, scanHits) = TimeScan(hashes, few, settings.Radius);
        index.AddRow("linear scan", hashes.Length.ToString("N0", inv), "0", few.Length.ToString("N0", inv),
            scanMedian.ToString("F1", inv), scanP95.ToString("F1", inv), scanHits.ToString("F2", inv));
        AnsiConsole.Write(index);
        AnsiConsole.MarkupLine("target: radius-8 query over 1M hashes, median < 1,000 µs");
        if (Math.Abs(scanHits - MeanIndexHits(mih, few, settings.Radius)) > 1e-9 || Math.Abs(scanHits - bkHits) > 1e-9)
        {
            throw new UserError("the indexes and the linear scan disagree on the hits of the same queries");
        }
        var ads = PlantedAds(settings.Hashes / 2, settings.Seed);
        watch.Restart();
        var reuse = new ImageReuseDetector().Fit(ads);
        var reuseSeconds = watch.Elapsed.TotalSeconds;
        AnsiConsole.MarkupLineInterpolated(
            $"reuse detector: {ads.Length:N0} ads with {reuse.DistinctHashes:N0} distinct hashes → {reuse.Groups.Count:N0} groups, {reuse.StockCandidates.Count():N0} stock candidates in {reuseSeconds:F1} s");
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
        AnsiConsole.MarkupLine($"machine: {Environment.ProcessorCount} cores, load average {load} (other work on the machine slows every figure); radius {settings.Radius}; hashes: random 64-bit with 10% near-copies (1–4 bits) of others; queries: stored hashes moved by 0–4 bits. The three return the same hits.");
        return 0;
    }

    private static (double FromJpeg, double DecodeOnly, double FromPixels) HashThroughput(int count, int seed)
    {
        var jpegs = new byte[count][];
        Parallel.For(0, count, i =>
        {
            using var image = SyntheticImages.Generate(seed, i, 512, 512);
            using var buffer = new MemoryStream();
            image.SaveAsJpeg(buffer, new JpegEncoder { Quality = 85 });
            jpegs[i] = buffer.ToArray();
        });
        var hasher = new ImageHasher();
        // Warm up (JIT, pools) before timing.
        for (var i = 0; i < Math.Min(8, count); i++) hasher.Hash(new MemoryStream(jpegs[i]));
        var decoded = jpegs.Select(j => Image.Load<SixLabors.ImageSharp.PixelFormats.Rgb24>(j)).ToArray();
        try
        {
            // Best of three rounds: other work on a shared machine only ever slows a round down.
            double Rate(Action<int> work)
            {
                var best = 0.0;
                for (var round = 0; round < 3; round++)
                {
                    var watch = Stopwatch.StartNew();
                    Parallel.For(0, count, work);
                    best = Math.Max(best, count / watch.Elapsed.TotalSeconds);
                }
                return best;
            }
            var decodeOnly = Rate(i =>
            {
                using var image = Image.Load<SixLabors.ImageSharp.PixelFormats.Rgb24>(jpegs[i]);
            });
            var fromJpeg = Rate(i => hasher.Hash(new MemoryStream(jpegs[i])));
            var fromPixels = Rate(i => hasher.Hash(decoded[i]));
            return (fromJpeg, decodeOnly, fromPixels);
        }
        finally
        {
            foreach (var image in decoded) image.Dispose();
        }
    }

    /// <summary>Random hashes of which 10% are near-copies (1–4 flipped bits) of earlier ones, as reposted images are.</summary>
    internal static ulong[] PlantedHashes(int count, int seed)
    {
        var random = new Random(seed);
        var hashes = new ulong[count];
        for (var i = 0; i < count; i++)
        {
            if (i > 0 && random.NextDouble() < 0.1)
            {
                var h = hashes[random.Next(i)];
                for (var f = 1 + random.Next(4); f > 0; f--) h ^= 1UL << random.Next(64);
                hashes[i] = h;
            }
            else
            {
                hashes[i] = (ulong)random.NextInt64() ^ ((ulong)random.Next(2) << 63);
            }
        }
        return hashes;
    }

    /// <summary>
    /// Ads with 1–5 images each and about 4 ads per phone token; an image is new, a re-encoded copy (0–3 flipped bits) of
    /// one of the same phone's earlier images, or, 2% of the time, one of 1,000 stock photos, as in the synthetic corpus.
    /// </summary>
    private static AdImages[] PlantedAds(int count, int seed)
    {
        var random = new Random(seed + 2);
        var stock = Enumerable.Range(0, 1000).Select(_ => (ulong)random.NextInt64() ^ ((ulong)random.Next(2) << 63)).ToArray();
        var own = new List<ulong>();
        var ads = new AdImages[count];
        for (var i = 0; i < count; i++)
        {
            if (i % 4 == 0) own.Clear();
            var hashes = new ulong[1 + random.Next(5)];
            for (var k = 0; k < hashes.Length; k++)
            {
                var roll = random.NextDouble();
                ulong h;
                if (roll < 0.02) h = stock[random.Next(stock.Length)];
                else if (own.Count > 0 && roll < 0.5) h = own[random.Next(own.Count)];
                else own.Add(h = (ulong)random.NextInt64() ^ ((ulong)random.Next(2) << 63));
                for (var f = random.Next(4); f > 0 && roll < 0.5; f--) h ^= 1UL << random.Next(64);
                hashes[k] = h;
            }
            ads[i] = new AdImages(i.ToString(CultureInfo.InvariantCulture), ["ph_" + (i / 4).ToString(CultureInfo.InvariantCulture)], hashes);
        }
        return ads;
    }

    private static (double Median, double P95, double MeanHits) TimeQueries(IHammingIndex index, ulong[] queries, int radius)
    {
        var hits = new List<HammingHit>();
        for (var i = 0; i < Math.Min(50, queries.Length); i++)
        {
            hits.Clear();
            index.Query(queries[i], radius, hits);
        }
        var times = new double[queries.Length];
        long total = 0;
        var watch = new Stopwatch();
        for (var i = 0; i < queries.Length; i++)
        {
            hits.Clear();
            watch.Restart();
            index.Query(queries[i], radius, hits);
            times[i] = watch.Elapsed.TotalMicroseconds;
            total += hits.Count;
        }
        Array.Sort(times);
        return (times[times.Length / 2], times[(int)Math.Ceiling(0.95 * times.Length) - 1], total / (double)queries.Length);
    }

    private static (double Median, double P95, double MeanHits) TimeScan(ulong[] hashes, ulong[] queries, int radius)
    {
        var times = new double[queries.Length];
        long total = 0;
        var watch = new Stopwatch();
        foreach (var (q, i) in queries.Select((q, i) => (q, i)))
        {
            watch.Restart();
            var n = 0;
            foreach (var h in hashes)
            {
                if (BitOperations.PopCount(h ^ q) <= radius) n++;
            }
            times[i] = watch.Elapsed.TotalMicroseconds;
            total += n;
        }
        Array.Sort(times);
        return (times[times.Length / 2], times[(int)Math.Ceiling(0.95 * times.Length) - 1], total / (double)queries.Length);
    }

    private static double MeanIndexHits(MultiIndexHash index, ulong[] queries, int radius)
    {
        var hits = new List<HammingHit>();
        long total = 0;
        foreach (var q in queries)
        {
            hits.Clear();
            index.Query(q, radius, hits);
            total += hits.Count;
        }
        return total / (double)queries.Length;
    }
}
