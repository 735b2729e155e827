using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Workbench.Evaluation;

/// <summary>
/// Procedurally generated test images (no real photos are shipped or fetched): a colour gradient, low-frequency
/// "lighting" noise, filled shapes (rectangles, ellipses, triangles, rings), pixel noise and, on about half the
/// images, a block-letter word. Same seed and index, same pixels.
/// </summary>
/// <remarks>
/// The images are deliberately alike in their construction, so that different images are harder to tell apart
/// than unrelated photographs usually are: thresholds chosen on them are, if anything, conservative.
/// </remarks>
public static class SyntheticImages
{
    private enum Shape { Rectangle, Ellipse, Triangle, Ring }

    /// <summary>Generates image <paramref name="index"/> of the set with <paramref name="seed"/>.</summary>
    public static Image<Rgb24> Generate(int seed, int index, int width = 512, int height = 512)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 16);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 16);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var random = new Random(unchecked((seed * 1_000_003) + (index * 7919) + 17));
        var image = new Image<Rgb24>(width, height);

        var c0 = RandomColor(random);
        var c1 = RandomColor(random);
        var angle = random.NextDouble() * Math.PI * 2;
        double gx = Math.Cos(angle), gy = Math.Sin(angle);

        // Low-frequency noise: a coarse random grid, bilinearly interpolated.
        const int grid = 6;
        var lighting = new double[(grid + 1) * (grid + 1)];
        var lightAmp = random.NextDouble() * 50;
        for (var i = 0; i < lighting.Length; i++) lighting[i] = (random.NextDouble() - 0.5) * 2 * lightAmp;

        var shapes = new List<(Shape Kind, double Cx, double Cy, double Rx, double Ry, double Rot, Rgb24 Color, double Opacity)>();
        var count = 2 + random.Next(6);
        for (var i = 0; i < count; i++)
        {
            shapes.Add(((Shape)random.Next(4), random.NextDouble() * width, random.NextDouble() * height,
                (0.05 + (random.NextDouble() * 0.3)) * width, (0.05 + (random.NextDouble() * 0.3)) * height,
                random.NextDouble() * Math.PI, RandomColor(random), 0.6 + (random.NextDouble() * 0.4)));
        }
        var noiseAmp = random.Next(26);
        var noise = new Random(random.Next());

        image.ProcessPixelRows(accessor =>
        {
            for (var y = 0; y < height; y++)
            {
                var row = accessor.GetRowSpan(y);
                var ny = (double)y / height;
                for (var x = 0; x < width; x++)
                {
                    var nx = (double)x / width;
                    var t = Math.Clamp(0.5 + (((nx - 0.5) * gx) + ((ny - 0.5) * gy)), 0, 1);
                    double r = c0.R + ((c1.R - c0.R) * t), g = c0.G + ((c1.G - c0.G) * t), b = c0.B + ((c1.B - c0.B) * t);
                    foreach (var s in shapes)
                    {
                        if (!Inside(s.Kind, x - s.Cx, y - s.Cy, s.Rx, s.Ry, s.Rot)) continue;
                        r += (s.Color.R - r) * s.Opacity;
                        g += (s.Color.G - g) * s.Opacity;
                        b += (s.Color.B - b) * s.Opacity;
                    }
                    var light = Bilinear(lighting, grid, nx * grid, ny * grid);
                    var n = noiseAmp == 0 ? 0 : noise.Next(-noiseAmp, noiseAmp + 1);
                    row[x] = new Rgb24(Clamp(r + light + n), Clamp(g + light + n), Clamp(b + light + n));
                }
            }
        });

        if (random.Next(2) == 0)
        {
            var length = 3 + random.Next(6);
            var word = new string(Enumerable.Range(0, length).Select(_ => BlockFont.Alphabet[random.Next(26)]).ToArray());
            var scale = Math.Max(1, (int)(width * (0.006 + (random.NextDouble() * 0.01))));
            var textWidth = BlockFont.Measure(word, scale);
            var tx = random.Next(Math.Max(1, width - textWidth));
            var ty = random.Next(Math.Max(1, height - (BlockFont.GlyphHeight * scale)));
            BlockFont.Draw(image, word, tx, ty, scale, RandomColor(random), 1.0);
        }
        return image;
    }

    private static bool Inside(Shape kind, double dx, double dy, double rx, double ry, double rot)
    {
        var cos = Math.Cos(rot);
        var sin = Math.Sin(rot);
        var u = ((dx * cos) + (dy * sin)) / rx;
        var v = ((-dx * sin) + (dy * cos)) / ry;
        return kind switch
        {
            Shape.Rectangle => Math.Abs(u) <= 1 && Math.Abs(v) <= 1,
            Shape.Ellipse => (u * u) + (v * v) <= 1,
            Shape.Triangle => v <= 1 && v >= -1 && Math.Abs(u) <= (1 - v) / 2,
            _ => (u * u) + (v * v) is var d && d <= 1 && d >= 0.45,
        };
    }

    private static double Bilinear(double[] grid, int size, double x, double y)
    {
        var x0 = Math.Min((int)x, size - 1);
        var y0 = Math.Min((int)y, size - 1);
        double fx = x - x0, fy = y - y0;
        var w = size + 1;
        var top = (grid[(y0 * w) + x0] * (1 - fx)) + (grid[(y0 * w) + x0 + 1] * fx);
        var bottom = (grid[((y0 + 1) * w) + x0] * (1 - fx)) + (grid[((y0 + 1) * w) + x0 + 1] * fx);
        return (top * (1 - fy)) + (bottom * fy);
    }

    private static Rgb24 RandomColor(Random random) => new((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256));

    private static byte Clamp(double v) => (byte)Math.Clamp(Math.Round(v), 0, 255);
}
