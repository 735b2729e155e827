using System.Globalization;
using System.Text.Json;
using Workbench.Charts;
using Workbench.Evaluation;
using Workbench.Images;

namespace Workbench.Reports.Sections;

/// <summary>
/// The demo report's image part: reuse groups of the stored image hashes, stock-image candidates, how image links
/// join ads with different phone tokens, and (on synthetic data) how these compare with the planted advertisers;
/// plus hash distances and a gallery on generated images.
/// </summary>
public sealed class ImageSection(ImageReuseOptions? options = null, int generatedImages = 30) : IReportSection
{
    /// <summary>The detector's settings.</summary>
    public ImageReuseOptions Options { get; } = options ?? new();

    /// <summary>Generated drawings per set in the section's small hash evaluation.</summary>
    public int GeneratedImages { get; } = generatedImages;

    /// <inheritdoc/>
    public string Title => "Image reuse";

    /// <inheritdoc/>
    public void Write(ReportContext context, ReportWriter writer)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(writer);
        var inv = CultureInfo.InvariantCulture;
        var result = new ImageReuseDetector(Options).Fit(context.Store);
        var stock = result.StockCandidates.ToList();
        var joining = result.Groups.Count(g => g.PhoneTokens.Count >= 2);

        writer.Paragraph(string.Create(inv,
            $"{result.AdsWithImages:N0} of {result.Ads:N0} ads carry image hashes ({result.DistinctHashes:N0} distinct). Hashes within {Options.MaxDistance} bits of each other form one group: {result.Groups.Count:N0} groups appear in two or more ads, {joining:N0} of them with two or more phone tokens, and {stock.Count:N0} are stock-image candidates (shown with at least {Options.MinUnrelatedPhoneSets} sets of phone tokens that share neither an ad nor another photo that is not itself shared across such sets)."));
        writer.Table(["", "phone-token sets"],
        [
            ["joined by shared ads only", result.PhoneSetsBefore.ToString("N0", inv)],
            ["… and by reuse groups, stock candidates left out", result.PhoneSetsAfter.ToString("N0", inv)],
            ["… and by every reuse group", result.PhoneSetsAfterAll.ToString("N0", inv)],
        ]);
        writer.Paragraph("Image links join phone tokens that no shared ad joins: fewer sets means more ads tied together. A stock or stolen photo would tie unrelated advertisers together, which is why its candidates are kept out of the middle row.");
        writer.Table(["group", "hashes", "ads", "phone tokens", "unrelated phone sets", "stock candidate"],
            result.Groups.Take(10).Select(g => (IReadOnlyList<string>)
            [
                g.GroupId, g.Hashes.Count.ToString(inv), g.AdIds.Count.ToString("N0", inv), g.PhoneTokens.Count.ToString(inv),
                g.UnrelatedPhoneSets.ToString(inv), g.IsStockCandidate ? "yes" : "no",
            ]));
        if (result.Groups.Count > 0) writer.Chart(ImageCharts.ReuseGroupSizes(result), "image reuse groups by number of ads");

        if (context.TruthPath is { } truthPath && File.Exists(truthPath)) WriteTruth(writer, result, ReadActors(truthPath));

        // How the hashes behave on edited copies: a small generated set (the full one is `workbench eval images`).
        var evaluation = ImageEvaluation.Run(new ImageEvaluationOptions { BaseImages = GeneratedImages, Size = 128, Seed = context.Seed });
        var phash = evaluation.For(ImageHashKind.PHash);
        writer.Paragraph(string.Create(inv,
            $"On {evaluation.ImagesPerSet:N0} generated images ({GeneratedImages} drawings, each resized, re-encoded, cropped, brightened, watermarked and mirrored), pHash at its chosen threshold {phash.ChosenThreshold} finds {phash.Recall:P1} of the same-image pairs with precision {phash.Precision:P1}; `workbench eval images` runs the full evaluation."));
        writer.Chart(ImageCharts.DistanceHistogram(phash), "pHash distances of same and different generated images");
        writer.Html.Raw(ImageGallery.ToHtml(ImageGallery.Pairs(context.Seed, 96).Take(8), 96));
        writer.Caution("Image reuse links files, not people. The same photo in two ads says the files match; it does not say who took, owns or posted them, or that the ads come from one person or one organization. Stock and stolen photos join unrelated advertisers. The workbench does no face recognition.");
    }

    private static void WriteTruth(ReportWriter writer, ImageReuseResult result, Dictionary<string, (string Actor, string Type)> truth)
    {
        var inv = CultureInfo.InvariantCulture;
        int Actors(ImageReuseGroup g) => g.AdIds.Select(a => truth.GetValueOrDefault(a).Actor ?? "?").Distinct(StringComparer.Ordinal).Count();
        var withPhones = result.Groups.Where(g => g.PhoneTokens.Count >= 2).ToList();
        var crossActor = withPhones.Count(g => Actors(g) >= 2);
        var flagged = withPhones.Where(g => g.IsStockCandidate).ToList();
        var flaggedCross = flagged.Count(g => Actors(g) >= 2);
        var falseByType = flagged.Where(g => Actors(g) == 1)
            .GroupBy(g => truth.GetValueOrDefault(g.AdIds[0]).Type ?? "?", StringComparer.Ordinal)
            .OrderByDescending(t => t.Count()).Select(t => string.Create(inv, $"{t.Count():N0} {t.Key}"));
        var sameActorJoins = withPhones.Where(g => !g.IsStockCandidate).ToList();
        var sameActorRight = sameActorJoins.Count(g => Actors(g) == 1);
        writer.Paragraph(string.Create(inv,
            $"Against the planted truth (synthetic data only): of {withPhones.Count:N0} groups with two or more phone tokens, {crossActor:N0} span two or more planted advertisers (the stock pool of spam). Stock candidates: {flagged.Count:N0}, of which {flaggedCross:N0} span several advertisers (precision {Share(flaggedCross, flagged.Count)}, recall {Share(flaggedCross, crossActor)}); the others belong to one planted advertiser each, by type: {string.Join(", ", falseByType)} (a spam actor whose phones share nothing but pool photos looks, to this detector, exactly like unrelated advertisers). Groups left as ordinary reuse: {sameActorJoins.Count:N0}, of which {sameActorRight:N0} stay within one planted advertiser ({Share(sameActorRight, sameActorJoins.Count)})."));
    }

    private static string Share(int part, int whole) => whole == 0 ? "n/a" : (part / (double)whole).ToString("P1", CultureInfo.InvariantCulture);

    private static Dictionary<string, (string Actor, string Type)> ReadActors(string truthPath)
    {
        var actors = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(truthPath))
        {
            if (line.Length == 0) continue;
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            actors[root.GetProperty("ad_id").GetString()!] = (root.GetProperty("actor_id").GetString()!, root.GetProperty("actor_type").GetString()!);
        }
        return actors;
    }
}
