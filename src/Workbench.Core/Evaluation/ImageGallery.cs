using System.Globalization;
using System.Net;
using System.Text;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;
using Workbench.Images;

namespace Workbench.Evaluation;

/// <summary>Galleries of generated images and their edited copies, with hash distances (for notebooks and the report).</summary>
public static class ImageGallery
{
    /// <summary>
    /// One pair per edit: generated image <c>i</c> of <paramref name="seed"/> with edit <c>i</c> (the standard edits,
    /// then the mirror edits, unless <paramref name="transforms"/> is given).
    /// </summary>
    public static IReadOnlyList<GalleryPair> Pairs(int seed = 1, int size = 160, IReadOnlyList<ImageTransform>? transforms = null)
    {
        transforms ??= [.. ImageTransform.Standard, .. ImageTransform.MirrorEdits];
        var hasher = new ImageHasher();
        var pairs = new GalleryPair[transforms.Count];
        Parallel.For(0, transforms.Count, i =>
        {
            using var image = SyntheticImages.Generate(seed, i, size, size);
            using var edited = transforms[i].Apply(image);
            var a = ImageEvaluation.HashAsPosted(hasher, image);
            var b = ImageEvaluation.HashAsPosted(hasher, edited);
            var mirror = a.Distance(b, ImageHashKind.PHash, mirrorInvariant: true);
            pairs[i] = new GalleryPair(transforms[i].Name, Jpeg(image), Jpeg(edited),
                a.Distance(b, ImageHashKind.PHash), a.Distance(b, ImageHashKind.DHash), mirror,
                mirror <= ImageMatchOptions.DefaultMaxDistance);
        });
        return pairs;
    }

    /// <summary>A self-contained HTML grid of the pairs (images inline as data URIs), for a notebook cell or a report.</summary>
    public static string ToHtml(IEnumerable<GalleryPair> pairs, int thumbnail = 120)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var html = new StringBuilder("<div style=\"display:flex;flex-wrap:wrap;gap:10px\">\n");
        foreach (var p in pairs)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<figure style=\"margin:0;border:1px solid #ccc;padding:4px;font:12px sans-serif\"><img src=\"{p.OriginalDataUri}\" width=\"{thumbnail}\"> <img src=\"{p.EditedDataUri}\" width=\"{thumbnail}\">")
                .Append("<figcaption>").Append(WebUtility.HtmlEncode(p.Transform))
                .Append(CultureInfo.InvariantCulture, $": pHash {p.PHashDistance} (±mirror {p.MirrorPHashDistance}), dHash {p.DHashDistance}, {(p.Matched ? "match" : "no match")}</figcaption></figure>\n");
        }
        return html.Append("</div>\n").ToString();
    }

    private static byte[] Jpeg(Image<Rgb24> image)
    {
        using var buffer = new MemoryStream();
        image.SaveAsJpeg(buffer, new JpegEncoder { Quality = 90 });
        return buffer.ToArray();
    }
}
