using SkiaSharp;

namespace Workbench.Images;

/// <summary>
/// Decodes an untrusted image file into grey levels for hashing, with Skia (libjpeg-turbo, libpng, libwebp, giflib).
/// </summary>
/// <remarks>
/// <para>Why Skia and not ImageSharp: ad images are scraped from the open web, so the decoder faces crafted files;
/// security flaws with crafted images are reported against the ImageSharp 2.x line we could use (3.x needs a paid
/// licence), while Skia's decoders are the ones browsers harden. ImageSharp remains only where the workbench draws and
/// encodes its own synthetic images.</para>
/// <para>Why scaled decoding: the hashes average the picture over at most a 32×32 grid, so full resolution is wasted
/// work. JPEG (and WebP) decode directly at 1/2, 1/4 or 1/8 size in the frequency domain, skipping most of the inverse
/// DCT; the largest reduction that keeps the short side at <see cref="MinDecodedSide"/> pixels or more is taken, so a
/// 32×32 box still averages 16 or more decoded pixels. Formats that cannot scale decode at full size.</para>
/// <para>Why a pixel budget: a small file can declare a huge canvas (a decompression bomb). The declared size is
/// checked before any pixel is decoded.</para>
/// </remarks>
internal static class ImageDecoder
{
    /// <summary>The short side, in decoded pixels, below which decoding does not reduce the image further.</summary>
    public const int MinDecodedSide = 128;

    /// <summary>The largest canvas (width × height as declared by the file) decoded; larger files are refused.</summary>
    public const long MaxPixels = 100_000_000;

    /// <summary>Decodes <paramref name="stream"/> into grey levels (ITU-R BT.601 luma × 1000, so 0–255,000).</summary>
    /// <exception cref="InvalidDataException">Not an image Skia can decode, truncated, or over the pixel budget; the message names <paramref name="name"/>.</exception>
    public static LumaImage Decode(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var data = SKData.Create(stream);
        if (data is null || data.Size == 0) throw new InvalidDataException($"{name}: not a readable image (empty file)");
        using var codec = SKCodec.Create(data);
        if (codec is null) throw new InvalidDataException($"{name}: not a readable image (unknown format or corrupt header)");
        var declared = codec.Info;
        if (declared.Width <= 0 || declared.Height <= 0)
        {
            throw new InvalidDataException($"{name}: not a readable image (declares {declared.Width}×{declared.Height} pixels)");
        }
        if ((long)declared.Width * declared.Height > MaxPixels)
        {
            throw new InvalidDataException($"{name}: not a readable image (declares {declared.Width}×{declared.Height} pixels, over the {MaxPixels:N0}-pixel budget)");
        }
        var size = ScaledSize(codec, declared.Width, declared.Height);
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        // IncompleteInput: a truncated file still yields the rows it holds (the rest is filled), as browsers show it.
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            throw new InvalidDataException($"{name}: not a readable image ({Describe(result)})");
        }
        var pixels = bitmap.GetPixelSpan();
        var luma = new int[size.Width * size.Height];
        for (int i = 0, p = 0; i < luma.Length; i++, p += 4)
        {
            luma[i] = (299 * pixels[p]) + (587 * pixels[p + 1]) + (114 * pixels[p + 2]);
        }
        return new LumaImage(size.Width, size.Height, luma);
    }

    private static SKSizeI ScaledSize(SKCodec codec, int width, int height)
    {
        var best = new SKSizeI(width, height);
        foreach (var scale in new[] { 0.5f, 0.25f, 0.125f })
        {
            var candidate = codec.GetScaledDimensions(scale);
            if (Math.Min(candidate.Width, candidate.Height) < MinDecodedSide) break;
            if ((long)candidate.Width * candidate.Height < (long)best.Width * best.Height) best = candidate;
        }
        return best;
    }

    private static string Describe(SKCodecResult result) => result switch
    {
        SKCodecResult.InvalidInput => "invalid or corrupt data",
        SKCodecResult.IncompleteInput => "truncated data",
        SKCodecResult.Unimplemented => "unknown or unsupported format",
        SKCodecResult.InvalidConversion => "unsupported pixel format",
        _ => result.ToString(),
    };
}

/// <summary>Grey levels of a decoded image, row by row (luma × 1000).</summary>
internal sealed record LumaImage(int Width, int Height, int[] Luma);
