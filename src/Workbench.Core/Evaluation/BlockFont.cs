using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Workbench.Evaluation;

/// <summary>
/// A 5×7 block-letter font drawn pixel by pixel, for watermarks and captions on generated test images (ImageSharp's
/// drawing package does not restore here, and test images must not depend on installed fonts).
/// </summary>
internal static class BlockFont
{
    public const int GlyphWidth = 5;
    public const int GlyphHeight = 7;

    private static readonly Dictionary<char, string[]> Glyphs = new()
    {
        ['A'] = [".###.", "#...#", "#...#", "#####", "#...#", "#...#", "#...#"],
        ['B'] = ["####.", "#...#", "#...#", "####.", "#...#", "#...#", "####."],
        ['C'] = [".###.", "#...#", "#....", "#....", "#....", "#...#", ".###."],
        ['D'] = ["####.", "#...#", "#...#", "#...#", "#...#", "#...#", "####."],
        ['E'] = ["#####", "#....", "#....", "####.", "#....", "#....", "#####"],
        ['F'] = ["#####", "#....", "#....", "####.", "#....", "#....", "#...."],
        ['G'] = [".###.", "#...#", "#....", "#.###", "#...#", "#...#", ".####"],
        ['H'] = ["#...#", "#...#", "#...#", "#####", "#...#", "#...#", "#...#"],
        ['I'] = [".###.", "..#..", "..#..", "..#..", "..#..", "..#..", ".###."],
        ['J'] = ["..###", "...#.", "...#.", "...#.", "...#.", "#..#.", ".##.."],
        ['K'] = ["#...#", "#..#.", "#.#..", "##...", "#.#..", "#..#.", "#...#"],
        ['L'] = ["#....", "#....", "#....", "#....", "#....", "#....", "#####"],
        ['M'] = ["#...#", "##.##", "#.#.#", "#.#.#", "#...#", "#...#", "#...#"],
        ['N'] = ["#...#", "#...#", "##..#", "#.#.#", "#..##", "#...#", "#...#"],
        ['O'] = [".###.", "#...#", "#...#", "#...#", "#...#", "#...#", ".###."],
        ['P'] = ["####.", "#...#", "#...#", "####.", "#....", "#....", "#...."],
        ['Q'] = [".###.", "#...#", "#...#", "#...#", "#.#.#", "#..#.", ".##.#"],
        ['R'] = ["####.", "#...#", "#...#", "####.", "#.#..", "#..#.", "#...#"],
        ['S'] = [".####", "#....", "#....", ".###.", "....#", "....#", "####."],
        ['T'] = ["#####", "..#..", "..#..", "..#..", "..#..", "..#..", "..#.."],
        ['U'] = ["#...#", "#...#", "#...#", "#...#", "#...#", "#...#", ".###."],
        ['V'] = ["#...#", "#...#", "#...#", "#...#", "#...#", ".#.#.", "..#.."],
        ['W'] = ["#...#", "#...#", "#...#", "#.#.#", "#.#.#", "#.#.#", ".#.#."],
        ['X'] = ["#...#", "#...#", ".#.#.", "..#..", ".#.#.", "#...#", "#...#"],
        ['Y'] = ["#...#", "#...#", ".#.#.", "..#..", "..#..", "..#..", "..#.."],
        ['Z'] = ["#####", "....#", "...#.", "..#..", ".#...", "#....", "#####"],
        ['0'] = [".###.", "#...#", "#..##", "#.#.#", "##..#", "#...#", ".###."],
        ['1'] = ["..#..", ".##..", "..#..", "..#..", "..#..", "..#..", ".###."],
        ['2'] = [".###.", "#...#", "....#", "...#.", "..#..", ".#...", "#####"],
        ['3'] = ["####.", "....#", "....#", ".###.", "....#", "....#", "####."],
        ['4'] = ["...#.", "..##.", ".#.#.", "#..#.", "#####", "...#.", "...#."],
        ['5'] = ["#####", "#....", "####.", "....#", "....#", "#...#", ".###."],
        ['6'] = [".###.", "#....", "#....", "####.", "#...#", "#...#", ".###."],
        ['7'] = ["#####", "....#", "...#.", "..#..", ".#...", ".#...", ".#..."],
        ['8'] = [".###.", "#...#", "#...#", ".###.", "#...#", "#...#", ".###."],
        ['9'] = [".###.", "#...#", "#...#", ".####", "....#", "....#", ".###."],
        ['.'] = [".....", ".....", ".....", ".....", ".....", ".##..", ".##.."],
        ['-'] = [".....", ".....", ".....", "#####", ".....", ".....", "....."],
        [' '] = [".....", ".....", ".....", ".....", ".....", ".....", "....."],
    };

    /// <summary>Letters and digits the font draws (other characters draw as blanks).</summary>
    public const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    /// <summary>Width in pixels of <paramref name="text"/> at <paramref name="scale"/> (one blank column between glyphs).</summary>
    public static int Measure(string text, int scale) => text.Length == 0 ? 0 : ((text.Length * (GlyphWidth + 1)) - 1) * scale;

    /// <summary>
    /// Draws upper-cased <paramref name="text"/> with its top-left corner at (x, y), each font pixel a
    /// <paramref name="scale"/>-square, blended over the image with <paramref name="opacity"/> (0–1). Clipped to the image.
    /// </summary>
    public static void Draw(Image<Rgb24> image, string text, int x, int y, int scale, Rgb24 color, double opacity)
    {
        image.ProcessPixelRows(accessor =>
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (!Glyphs.TryGetValue(char.ToUpperInvariant(text[i]), out var glyph)) glyph = Glyphs[' '];
                var gx = x + (i * (GlyphWidth + 1) * scale);
                for (var r = 0; r < GlyphHeight; r++)
                {
                    for (var c = 0; c < GlyphWidth; c++)
                    {
                        if (glyph[r][c] != '#') continue;
                        for (var dy = 0; dy < scale; dy++)
                        {
                            var py = y + (r * scale) + dy;
                            if (py < 0 || py >= accessor.Height) continue;
                            var row = accessor.GetRowSpan(py);
                            for (var dx = 0; dx < scale; dx++)
                            {
                                var px = gx + (c * scale) + dx;
                                if (px < 0 || px >= row.Length) continue;
                                row[px] = Blend(row[px], color, opacity);
                            }
                        }
                    }
                }
            }
        });
    }

    /// <summary>Alpha-blends <paramref name="over"/> onto <paramref name="under"/>.</summary>
    public static Rgb24 Blend(Rgb24 under, Rgb24 over, double opacity) => new(
        (byte)Math.Round((under.R * (1 - opacity)) + (over.R * opacity)),
        (byte)Math.Round((under.G * (1 - opacity)) + (over.G * opacity)),
        (byte)Math.Round((under.B * (1 - opacity)) + (over.B * opacity)));
}
