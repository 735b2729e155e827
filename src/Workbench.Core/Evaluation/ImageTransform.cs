using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace Workbench.Evaluation;

/// <summary>
/// One edit that a reposted photo typically undergoes (resizing, JPEG re-encoding, cropping, brightness or contrast,
/// a watermark, mirroring), applied to a copy of an image.
/// </summary>
/// <param name="Name">Short name, e.g. <c>jpeg q30</c>.</param>
/// <param name="Family">The kind of edit: <c>resize</c>, <c>jpeg</c>, <c>crop</c>, <c>brightness</c>, <c>contrast</c>, <c>watermark</c>, <c>mirror</c> or <c>chain</c>.</param>
/// <param name="Edit">Returns a new edited image; the input is left as it is.</param>
public sealed record ImageTransform(string Name, string Family, Func<Image<Rgb24>, Image<Rgb24>> Edit)
{
    /// <summary>Applies the edit to a copy of <paramref name="image"/>.</summary>
    public Image<Rgb24> Apply(Image<Rgb24> image)
    {
        ArgumentNullException.ThrowIfNull(image);
        return Edit(image);
    }

    /// <summary>Resizes by <paramref name="factor"/> (bicubic).</summary>
    public static ImageTransform Resize(double factor) => new(
        $"resize {factor * 100:0}%", "resize",
        img => img.Clone(c => c.Resize(Math.Max(8, (int)Math.Round(img.Width * factor)), Math.Max(8, (int)Math.Round(img.Height * factor)))));

    /// <summary>Encodes as JPEG at <paramref name="quality"/> (1–100) and decodes again.</summary>
    public static ImageTransform Jpeg(int quality) => new($"jpeg q{quality}", "jpeg", img => Reencode(img, quality));

    /// <summary>
    /// Cuts <paramref name="share"/> of the width and of the height away, centred (half on each side) or all from the
    /// top-left corner.
    /// </summary>
    public static ImageTransform Crop(double share, bool corner) => new(
        $"crop {share * 100:0}% {(corner ? "corner" : "centred")}", "crop",
        img =>
        {
            var dw = (int)Math.Round(img.Width * share);
            var dh = (int)Math.Round(img.Height * share);
            var rect = corner ? new Rectangle(dw, dh, img.Width - dw, img.Height - dh)
                              : new Rectangle(dw / 2, dh / 2, img.Width - dw, img.Height - dh);
            return img.Clone(c => c.Crop(rect));
        });

    /// <summary>Cuts <paramref name="share"/> of the width away from the left side only.</summary>
    public static ImageTransform CropLeft(double share) => new(
        $"crop {share * 100:0}% left", "crop",
        img =>
        {
            var dw = (int)Math.Round(img.Width * share);
            return img.Clone(c => c.Crop(new Rectangle(dw, 0, img.Width - dw, img.Height)));
        });

    /// <summary>Multiplies brightness by <paramref name="amount"/> (1 leaves it).</summary>
    public static ImageTransform Brightness(float amount) => new(
        $"brightness {amount:0.0#}", "brightness", img => img.Clone(c => c.Brightness(amount)));

    /// <summary>Scales contrast by <paramref name="amount"/> (1 leaves it).</summary>
    public static ImageTransform Contrast(float amount) => new(
        $"contrast {amount:0.0#}", "contrast", img => img.Clone(c => c.Contrast(amount)));

    /// <summary>
    /// Overlays <paramref name="text"/> in white block letters at <paramref name="opacity"/>, its height
    /// <paramref name="heightShare"/> of the image's, centred horizontally at the bottom or in the middle.
    /// </summary>
    public static ImageTransform Watermark(string text, double heightShare, double opacity, bool middle) => new(
        $"watermark {(middle ? "middle" : "bottom")} {heightShare * 100:0}%", "watermark",
        img =>
        {
            var copy = img.Clone();
            var scale = Math.Max(1, (int)Math.Round(img.Height * heightShare / BlockFont.GlyphHeight));
            while (scale > 1 && BlockFont.Measure(text, scale) > img.Width * 0.9) scale--;
            var x = (img.Width - BlockFont.Measure(text, scale)) / 2;
            var h = BlockFont.GlyphHeight * scale;
            var y = middle ? (img.Height - h) / 2 : img.Height - h - (img.Height / 20);
            BlockFont.Draw(copy, text, x, y, scale, new Rgb24(255, 255, 255), opacity);
            return copy;
        });

    /// <summary>Mirrors left to right.</summary>
    public static ImageTransform Mirror() => new("mirror", "mirror", img => img.Clone(c => c.Flip(FlipMode.Horizontal)));

    /// <summary>Applies several edits in order, e.g. resize, watermark, re-encode, as a reposting site does.</summary>
    public static ImageTransform Chain(string name, params ImageTransform[] steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        return new(name, "chain", img =>
        {
            var current = img.Clone();
            foreach (var step in steps)
            {
                var next = step.Apply(current);
                current.Dispose();
                current = next;
            }
            return current;
        });
    }

    /// <summary>
    /// The edits the issue names, at their hardest stated strength and below: resizing, JPEG quality 30–95, crops up to
    /// 10% (the corner crop cuts 10% of width and of height, 19% of the area: the hardest case), brightness and contrast, watermark text, and two realistic chains. Mirroring is separate (<see cref="MirrorEdits"/>).
    /// </summary>
    public static IReadOnlyList<ImageTransform> Standard { get; } =
    [
        Resize(0.5), Resize(0.25), Resize(1.5),
        Jpeg(95), Jpeg(75), Jpeg(50), Jpeg(30),
        Crop(0.05, corner: false), Crop(0.10, corner: false), CropLeft(0.10), Crop(0.05, corner: true), Crop(0.10, corner: true),
        Brightness(1.3f), Brightness(0.7f), Contrast(1.4f), Contrast(0.6f),
        Watermark("SAMPLE", 0.08, 0.6, middle: false), Watermark("WATERMARK 2026", 0.12, 0.8, middle: true),
        Chain("resize 50% + watermark + jpeg q50", Resize(0.5), Watermark("MY SITE", 0.08, 0.7, middle: false), Jpeg(50)),
        Chain("crop 5% + brightness 1.2 + jpeg q40", Crop(0.05, corner: true), Brightness(1.2f), Jpeg(40)),
    ];

    /// <summary>Mirror edits, matched only by mirror-invariant comparison.</summary>
    public static IReadOnlyList<ImageTransform> MirrorEdits { get; } =
    [
        Mirror(),
        Chain("mirror + jpeg q60", Mirror(), Jpeg(60)),
    ];

    private static Image<Rgb24> Reencode(Image<Rgb24> image, int quality)
    {
        using var buffer = new MemoryStream();
        image.SaveAsJpeg(buffer, new JpegEncoder { Quality = quality });
        buffer.Position = 0;
        return Image.Load<Rgb24>(buffer);
    }
}
