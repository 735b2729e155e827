using System.Buffers;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Workbench.Images;

/// <summary>
/// Computes the 64-bit difference hash and DCT hash of an image (and of its mirror image) in one pass over its pixels.
/// </summary>
/// <remarks>
/// <para>The image is reduced to grey (ITU-R BT.601 luma) and averaged over equal-area boxes: a 9×8 grid for the
/// difference hash (Krawetz, "Kind of like that", 2013: bit = left box darker than its right neighbour) and a 32×32 grid
/// for the DCT hash (Zauner, "Implementation and benchmarking of perceptual image hash functions", 2010: the 8×8 lowest
/// coefficients of the 2-D DCT-II, bit = coefficient above their median). Box averaging makes the hashes independent of
/// the image's size and smooths JPEG noise; comparing against a median or a neighbour makes them independent of
/// brightness and contrast.</para>
/// <para>The mirror hashes are exact for the DCT hash (a horizontal flip multiplies horizontal frequency u by
/// (−1)^u) and computed from the mirrored 9×8 grid for the difference hash.</para>
/// <para>Cost: one read of every decoded pixel (of every k-th row and column when the short side is 512 or more,
/// k = side / 256, so that a 32×32 box still averages at least 64 pixels) plus an 8×32×32 matrix product; decoding the
/// file dominates, which is why JPEG files are decoded at a reduced size (<see cref="ImageDecoder"/>).</para>
/// </remarks>
public sealed class ImageHasher
{
    private const int DctSize = 32;
    private const int HashSide = 8;
    private const int SampleSide = 256;
    private static readonly double[] Cosines = BuildCosines();

    /// <summary>Hashes an image file (JPEG, PNG, GIF, WebP, BMP, ICO: what Skia decodes; see <see cref="ImageDecoder"/>).</summary>
    /// <exception cref="InvalidDataException">The file is not an image the decoder reads, or declares too many pixels (the message names the file).</exception>
    public PerceptualHashes Hash(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return Hash(stream, path);
    }

    /// <summary>Hashes an encoded image read from <paramref name="stream"/>; <paramref name="name"/> appears in errors.</summary>
    /// <remarks>Untrusted files are decoded by Skia at a reduced size (<see cref="ImageDecoder"/>), never by ImageSharp.</remarks>
    public PerceptualHashes Hash(Stream stream, string name = "image")
    {
        ArgumentNullException.ThrowIfNull(stream);
        return HashLuma(ImageDecoder.Decode(stream, name));
    }

    /// <summary>Hashes pixels already in memory (images the workbench draws itself, such as the evaluation's).</summary>
    public PerceptualHashes Hash(Image<Rgb24> image)
    {
        ArgumentNullException.ThrowIfNull(image);
        return HashLuma(ToLuma(image));
    }

    private static LumaImage ToLuma(Image<Rgb24> image)
    {
        var luma = new int[image.Width * image.Height];
        var width = image.Width;
        image.ProcessPixelRows(accessor =>
        {
            for (var y = 0; y < accessor.Height; y++)
            {
                var row = accessor.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    var p = row[x];
                    luma[(y * width) + x] = (299 * p.R) + (587 * p.G) + (114 * p.B);
                }
            }
        });
        return new LumaImage(image.Width, image.Height, luma);
    }

    /// <summary>
    /// Hashes an encoded image for exact and crop-tolerant matching in one decode: the perceptual hashes and the DCT
    /// hashes of the sub-windows of <paramref name="options"/> (<see cref="CropHashes"/>).
    /// </summary>
    /// <exception cref="InvalidDataException">The file is not an image the decoder reads (the message names <paramref name="name"/>).</exception>
    public (PerceptualHashes Hashes, CropHashes Crops) HashWithCrops(Stream stream, CropMatchOptions? options = null, string name = "image")
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= new CropMatchOptions();
        options.Validate();
        var luma = ImageDecoder.Decode(stream, name);
        var hashes = HashLuma(luma);
        return (hashes, HashWindows(luma, hashes, options));
    }

    /// <summary>Hashes pixels already in memory for exact and crop-tolerant matching.</summary>
    public (PerceptualHashes Hashes, CropHashes Crops) HashWithCrops(Image<Rgb24> image, CropMatchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(image);
        options ??= new CropMatchOptions();
        options.Validate();
        var luma = ToLuma(image);
        var hashes = HashLuma(luma);
        return (hashes, HashWindows(luma, hashes, options));
    }

    /// <summary>
    /// DCT hashes of the sub-windows, each computed exactly as the global one (a 32×32 grid of equal-area boxes over the
    /// window, then the 8×8 lowest DCT coefficients against their median), from one summed-area table over the
    /// (sampled) pixels, so that each extra window costs 1,024 box sums and a small matrix product, not a pass over the
    /// pixels.
    /// </summary>
    internal static CropHashes HashWindows(LumaImage image, PerceptualHashes global, CropMatchOptions options)
    {
        if (options.Windows.Count == 0) return new CropHashes(global.PHash, global.MirrorPHash, []);
        // Every box of the smallest window must hold a pixel.
        var least = (int)Math.Ceiling(DctSize / options.WindowShare);
        if (image.Width < least || image.Height < least) image = Enlarge(image, Math.Max(image.Width, least), Math.Max(image.Height, least));
        int width = image.Width, height = image.Height;
        var step = Math.Max(1, Math.Min(width, height) / SampleSide);
        // Summed-area table over the sampled pixels (every step-th row and column, as for the global hash).
        int columns = (width + step - 1) / step, rows = (height + step - 1) / step, stride = columns + 1;
        // Pooled: the table is a large-object allocation (half a megabyte at 256×256) on every image otherwise.
        var size = (rows + 1) * stride;
        var table = ArrayPool<long>.Shared.Rent(size);
        try
        {
            return WindowHashes(image.Luma, width, step, rows, columns, table.AsSpan(0, size), global, options);
        }
        finally
        {
            ArrayPool<long>.Shared.Return(table);
        }
    }

    private static CropHashes WindowHashes(
        int[] luma, int width, int step, int rows, int columns, Span<long> table, PerceptualHashes global, CropMatchOptions options)
    {
        var windows = options.Windows;
        int height = luma.Length / width, stride = columns + 1;
        table[..stride].Clear();
        for (var r = 0; r < rows; r++)
        {
            var source = luma.AsSpan(r * step * width, width);
            long running = 0;
            var above = table.Slice(r * stride, stride);
            var current = table.Slice((r + 1) * stride, stride);
            current[0] = 0;
            for (var c = 0; c < columns; c++)
            {
                running += source[c * step];
                current[c + 1] = above[c + 1] + running;
            }
        }
        var hashes = new ulong[windows.Count];
        Span<int> xs = stackalloc int[DctSize + 1];
        Span<int> ys = stackalloc int[DctSize + 1];
        Span<double> grey = stackalloc double[DctSize * DctSize];
        for (var w = 0; w < windows.Count; w++)
        {
            var (x0, x1) = CropWindow.Span(windows[w].Horizontal, width, options.WindowShare);
            var (y0, y1) = CropWindow.Span(windows[w].Vertical, height, options.WindowShare);
            SampledBoundaries(x0, x1, step, columns, xs);
            SampledBoundaries(y0, y1, step, rows, ys);
            for (var r = 0; r < DctSize; r++)
            {
                for (var c = 0; c < DctSize; c++)
                {
                    var sum = table[(ys[r + 1] * stride) + xs[c + 1]] - table[(ys[r] * stride) + xs[c + 1]]
                        - table[(ys[r + 1] * stride) + xs[c]] + table[(ys[r] * stride) + xs[c]];
                    grey[(r * DctSize) + c] = sum / (1000.0 * (xs[c + 1] - xs[c]) * (ys[r + 1] - ys[r]));
                }
            }
            hashes[w] = DctHash(grey).Hash;
        }
        return new CropHashes(global.PHash, global.MirrorPHash, hashes);
    }

    /// <summary>
    /// Box boundaries of a 32-box grid over pixels [from, to), as indexes of sampled pixels (pixel x is sample x / step
    /// when a multiple of step); every box keeps at least one sample.
    /// </summary>
    private static void SampledBoundaries(int from, int to, int step, int samples, Span<int> bounds)
    {
        var length = to - from;
        for (var b = 0; b <= DctSize; b++)
        {
            var pixel = from + (int)(((long)b * length + DctSize - 1) / DctSize);
            bounds[b] = Math.Min(samples, (pixel + step - 1) / step);
        }
        for (var b = 1; b <= DctSize; b++) bounds[b] = Math.Max(bounds[b], bounds[b - 1] + 1);
        // Pushed past the end by the rule above: shift the tail back inside.
        for (var b = DctSize; b >= 0 && bounds[b] > samples - (DctSize - b); b--) bounds[b] = samples - (DctSize - b);
    }

    internal static PerceptualHashes HashLuma(LumaImage image)
    {
        // Boxes must not be empty: enlarge a tiny image (icons, tracking pixels) before averaging.
        if (image.Width < DctSize || image.Height < DctSize) image = Enlarge(image, Math.Max(image.Width, DctSize), Math.Max(image.Height, DctSize));
        int width = image.Width, height = image.Height;
        // Column boundaries of the boxes: box b covers columns [start[b], start[b + 1]).
        var startP = Boundaries(width, DctSize);
        var startD = Boundaries(width, HashSide + 1);
        var sumP = new long[DctSize * DctSize];
        var sumD = new long[HashSide * (HashSide + 1)];
        var countP = new long[DctSize * DctSize];
        var countD = new long[HashSide * (HashSide + 1)];
        // Large images are sampled every step-th row and column: a 32×32 box still averages 64 or more pixels.
        var step = Math.Max(1, Math.Min(width, height) / SampleSide);
        for (var y = 0; y < height; y += step)
        {
            var row = image.Luma.AsSpan(y * width, width);
            var by = (int)((long)y * DctSize / height) * DctSize;
            var dy = (int)((long)y * HashSide / height) * (HashSide + 1);
            AddBoxes(row, startP, sumP.AsSpan(by, DctSize), step);
            AddBoxes(row, startD, sumD.AsSpan(dy, HashSide + 1), step);
        }

        var colCountP = new long[DctSize];
        var colCountD = new long[HashSide + 1];
        for (var c = 0; c < DctSize; c++) colCountP[c] = Sampled(startP[c], startP[c + 1], step);
        for (var c = 0; c <= HashSide; c++) colCountD[c] = Sampled(startD[c], startD[c + 1], step);
        // Pixels per box: the product of the column and row box widths.
        var rowCountP = new long[DctSize];
        var rowCountD = new long[HashSide];
        for (var y = 0; y < height; y += step)
        {
            rowCountP[(int)((long)y * DctSize / height)]++;
            rowCountD[(int)((long)y * HashSide / height)]++;
        }
        for (var r = 0; r < DctSize; r++)
        {
            for (var c = 0; c < DctSize; c++) countP[(r * DctSize) + c] = rowCountP[r] * colCountP[c];
        }
        for (var r = 0; r < HashSide; r++)
        {
            for (var c = 0; c <= HashSide; c++) countD[(r * (HashSide + 1)) + c] = rowCountD[r] * colCountD[c];
        }

        var grey = new double[DctSize * DctSize];
        for (var i = 0; i < grey.Length; i++) grey[i] = sumP[i] / (1000.0 * countP[i]);
        var boxes = new double[HashSide * (HashSide + 1)];
        for (var i = 0; i < boxes.Length; i++) boxes[i] = sumD[i] / (1000.0 * countD[i]);

        var (dhash, mirrorD) = DifferenceHash(boxes);
        var (phash, mirrorP) = DctHash(grey);
        return new PerceptualHashes(dhash, phash, mirrorD, mirrorP);
    }

    /// <summary>Multiples of <paramref name="step"/> in [from, to).</summary>
    private static long Sampled(int from, int to, int step) => ((to + step - 1) / step) - ((from + step - 1) / step);

    /// <summary>Start columns of <paramref name="boxes"/> equal-area boxes over <paramref name="width"/> columns, plus the end.</summary>
    private static int[] Boundaries(int width, int boxes)
    {
        // Column x falls in box ⌊x · boxes / width⌋, so box b starts at ⌈b · width / boxes⌉.
        var start = new int[boxes + 1];
        for (var b = 0; b <= boxes; b++) start[b] = (int)(((long)b * width + boxes - 1) / boxes);
        return start;
    }

    /// <summary>Nearest-neighbour enlargement, so that every box of the grids holds at least one pixel.</summary>
    private static LumaImage Enlarge(LumaImage image, int width, int height)
    {
        var luma = new int[width * height];
        for (var y = 0; y < height; y++)
        {
            var sy = (int)((long)y * image.Height / height);
            for (var x = 0; x < width; x++) luma[(y * width) + x] = image.Luma[(sy * image.Width) + (int)((long)x * image.Width / width)];
        }
        return new LumaImage(width, height, luma);
    }

    private static void AddBoxes(ReadOnlySpan<int> luma, int[] start, Span<long> sums, int step)
    {
        for (var b = 0; b < sums.Length; b++)
        {
            long sum = 0;
            var x = start[b] + ((step - (start[b] % step)) % step);
            for (; x < start[b + 1]; x += step) sum += luma[x];
            sums[b] += sum;
        }
    }

    /// <summary>Difference hash of a 9-wide, 8-high grid, and of the same grid mirrored.</summary>
    internal static (ulong Hash, ulong Mirror) DifferenceHash(ReadOnlySpan<double> boxes)
    {
        ulong hash = 0, mirror = 0;
        const int w = HashSide + 1;
        for (var r = 0; r < HashSide; r++)
        {
            for (var c = 0; c < HashSide; c++)
            {
                var bit = 1UL << ((r * HashSide) + c);
                if (boxes[(r * w) + c] < boxes[(r * w) + c + 1]) hash |= bit;
                // Mirrored grid m'[c] = m[8 - c]: compare m[8 - c] with m[7 - c].
                if (boxes[(r * w) + HashSide - c] < boxes[(r * w) + HashSide - 1 - c]) mirror |= bit;
            }
        }
        return (hash, mirror);
    }

    /// <summary>DCT hash of a 32×32 grid, and of the same grid mirrored.</summary>
    internal static (ulong Hash, ulong Mirror) DctHash(ReadOnlySpan<double> grey)
    {
        // T[v][x] = Σ_y cos_v(y) g[y][x]; F[v][u] = Σ_x cos_u(x) T[v][x]. Only the 8 lowest frequencies are needed.
        Span<double> t = stackalloc double[HashSide * DctSize];
        for (var v = 0; v < HashSide; v++)
        {
            for (var y = 0; y < DctSize; y++)
            {
                var cv = Cosines[(v * DctSize) + y];
                var row = grey.Slice(y * DctSize, DctSize);
                var target = t.Slice(v * DctSize, DctSize);
                for (var x = 0; x < DctSize; x++) target[x] += cv * row[x];
            }
        }
        Span<double> f = stackalloc double[HashSide * HashSide];
        Span<double> mirrored = stackalloc double[HashSide * HashSide];
        for (var v = 0; v < HashSide; v++)
        {
            for (var u = 0; u < HashSide; u++)
            {
                double s = 0;
                for (var x = 0; x < DctSize; x++) s += Cosines[(u * DctSize) + x] * t[(v * DctSize) + x];
                f[(v * HashSide) + u] = s;
                mirrored[(v * HashSide) + u] = (u & 1) == 0 ? s : -s;
            }
        }
        return (AboveMedian(f), AboveMedian(mirrored));
    }

    private static ulong AboveMedian(ReadOnlySpan<double> values)
    {
        Span<double> sorted = stackalloc double[values.Length];
        values.CopyTo(sorted);
        sorted.Sort();
        var median = (sorted[(values.Length / 2) - 1] + sorted[values.Length / 2]) / 2;
        ulong hash = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] > median) hash |= 1UL << i;
        }
        return hash;
    }

    private static double[] BuildCosines()
    {
        var c = new double[HashSide * DctSize];
        for (var k = 0; k < HashSide; k++)
        {
            for (var n = 0; n < DctSize; n++) c[(k * DctSize) + n] = Math.Cos(Math.PI * ((2 * n) + 1) * k / (2.0 * DctSize));
        }
        return c;
    }
}
