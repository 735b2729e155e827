using System.Buffers.Binary;
using System.IO.Compression;

namespace Workbench.Tests;

/// <summary>
/// Decodes an 8-bit, non-interlaced PNG (RGB or RGBA, what browsers write) far enough to look at its pixels: enough
/// to tell a rendered chart from a blank page without an imaging package.
/// </summary>
internal sealed class PngPixels
{
    private PngPixels(int width, int height, int channels, byte[] pixels)
    {
        Width = width;
        Height = height;
        Channels = channels;
        Pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    public int Channels { get; }

    /// <summary>Unfiltered rows, <see cref="Channels"/> bytes per pixel.</summary>
    public byte[] Pixels { get; }

    public static PngPixels Decode(byte[] png)
    {
        ReadOnlySpan<byte> signature = [137, 80, 78, 71, 13, 10, 26, 10];
        if (!png.AsSpan(0, 8).SequenceEqual(signature)) throw new InvalidDataException("not a PNG");
        int width = 0, height = 0, channels = 0;
        using var idat = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            var data = png.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                if (data[8] != 8 || data[12] != 0) throw new InvalidDataException("only 8-bit non-interlaced PNGs");
                channels = data[9] switch { 2 => 3, 6 => 4, _ => throw new InvalidDataException($"colour type {data[9]} not supported") };
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }
            at += 12 + length;
        }
        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var z = new ZLibStream(idat, CompressionMode.Decompress)) z.CopyTo(inflated);
        var raw = inflated.ToArray();
        var stride = width * channels;
        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var src = raw.AsSpan(y * (stride + 1) + 1, stride);
            var row = pixels.AsSpan(y * stride, stride);
            var up = y > 0 ? pixels.AsSpan((y - 1) * stride, stride) : new byte[stride];
            for (var x = 0; x < stride; x++)
            {
                int a = x >= channels ? row[x - channels] : 0, b = up[x], c = x >= channels ? up[x - channels] : 0;
                row[x] = (byte)(src[x] + filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new InvalidDataException($"filter {filter}"),
                });
            }
        }
        return new PngPixels(width, height, channels, pixels);
    }

    /// <summary>Number of distinct colours (alpha included).</summary>
    public int DistinctColours()
    {
        var seen = new HashSet<int>();
        for (var i = 0; i < Pixels.Length; i += Channels)
        {
            var v = Pixels[i] | (Pixels[i + 1] << 8) | (Pixels[i + 2] << 16) | ((Channels == 4 ? Pixels[i + 3] : 255) << 24);
            seen.Add(v);
        }
        return seen.Count;
    }

    /// <summary>Share of pixels that are neither white nor transparent.</summary>
    public double InkShare()
    {
        var ink = 0;
        for (var i = 0; i < Pixels.Length; i += Channels)
        {
            var transparent = Channels == 4 && Pixels[i + 3] == 0;
            var white = Pixels[i] > 245 && Pixels[i + 1] > 245 && Pixels[i + 2] > 245;
            if (!transparent && !white) ink++;
        }
        return ink / (double)(Width * Height);
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
