using System.Globalization;
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
        if (result.AdsWithWindowHashes > 0)
        {
            writer.Paragraph(string.Create(inv,
                $"{result.AdsWithWindowHashes:N0} of these ads also carry window hashes (9 per image, for copies cropped by up to about 10%): {result.WindowOnlyLinks:N0} pairs of images are linked only because one's hash lies within {Options.WindowMaxDistance} bits of a window of the other, that is, as a cropped copy."));
        }
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

        if (context.TruthPath is { } truthPath && File.Exists(truthPath))
        {
            WriteTruth(writer, ImageReuseEvaluation.Score(ImageReuseDetector.ReadStore(context.Store), result, ImageReuseEvaluation.ReadTruth(truthPath)));
            WritePhotoTruth(writer, context, result, truthPath);
        }

        // How the hashes behave on edited copies: a small generated set (the full one is `workbench eval images`).
        var evaluation = ImageEvaluation.Run(new ImageEvaluationOptions { BaseImages = GeneratedImages, Size = 128, Seed = context.Seed });
        var phash = evaluation.For(ImageHashKind.PHash);
        writer.Paragraph(string.Create(inv,
            $"On {evaluation.ImagesPerSet:N0} generated images ({GeneratedImages} drawings, each resized, re-encoded, cropped, brightened, watermarked and mirrored), pHash at its chosen threshold {phash.ChosenThreshold} finds {phash.Recall:P1} of the same-image pairs with precision {phash.Precision:P1}; `workbench eval images` runs the full evaluation."));
        writer.Chart(ImageCharts.DistanceHistogram(phash), "pHash distances of same and different generated images");
        writer.Html.Raw(ImageGallery.ToHtml(ImageGallery.Pairs(context.Seed, 96).Take(8), 96));
        writer.Caution("Image reuse links files, not people. The same photo in two ads says the files match; it does not say who took, owns or posted them, or that the ads come from one person or one organization. Stock and stolen photos join unrelated advertisers. The workbench does no face recognition.");
    }

    /// <summary>Reuse recall against the planted photos, with and without window hashes when the store has them.</summary>
    private void WritePhotoTruth(ReportWriter writer, ReportContext context, ImageReuseResult result, string truthPath)
    {
        var inv = CultureInfo.InvariantCulture;
        var truth = TruthFile.Read(truthPath).Where(t => t.ImageIds.Count > 0).ToList();
        if (truth.Count == 0) return;
        var ads = ImageReuseDetector.ReadStore(context.Store).ToList();
        var rows = new List<IReadOnlyList<string>>();
        void Row(string name, PhotoReuseScore score, ImageReuseResult r) => rows.Add(
        [
            name, score.Recall.ToString("P1", inv), double.IsNaN(score.CroppedRecall) ? "—" : score.CroppedRecall.ToString("P1", inv),
            score.WholeRecall.ToString("P1", inv), r.WindowOnlyLinks.ToString("N0", inv), score.GroupsMixingPhotos.ToString("N0", inv),
        ]);
        var score = ImageReuseEvaluation.ScorePhotos(ads, result, truth);
        if (result.AdsWithWindowHashes > 0)
        {
            var global = new ImageReuseDetector(Options with { UseWindowHashes = false }).Fit(ads);
            Row("global hashes only", ImageReuseEvaluation.ScorePhotos(ads, global, truth), global);
            Row("global + window hashes", score, result);
        }
        else
        {
            Row("global hashes (the store has no window hashes)", score, result);
        }
        writer.Paragraph(string.Create(inv,
            $"Against the planted photos (synthetic data only): {score.Photos:N0} photos appear in two or more ads, in {score.Showings:N0} showings, {score.CroppedShowings:N0} of them cropped copies. Recall is the share of showings that share a reuse group with another ad showing the same photo; the planted crops are modelled on the hashes (a crop's hash is a window hash of its photo moved by a few bits), so their recall checks the linking, not the hashing of real crops (`workbench eval images` measures that on pixels)."));
        writer.Table(["reuse groups", "recall", "cropped recall", "whole recall", "window-only links", "groups mixing photos"], rows);
    }

    private static void WriteTruth(ReportWriter writer, ImageReuseScore score)
    {
        var inv = CultureInfo.InvariantCulture;
        var byType = string.Join(", ", score.SingleAdvertiserCandidatesByType.OrderByDescending(t => t.Value).Select(t => string.Create(inv, $"{t.Value:N0} {t.Key}")));
        writer.Paragraph(string.Create(inv,
            $"Against the planted truth (synthetic data only): of {score.GroupsWithSeveralPhones:N0} groups with two or more phone tokens, {score.CrossAdvertiserGroups:N0} span two or more planted advertisers (the stock pool of spam). Stock candidates: {score.StockCandidates:N0}, of which {score.StockCandidatesCrossAdvertiser:N0} span several advertisers (precision {score.StockPrecision:P1}, recall {score.StockRecall:P1}); the others belong to one planted advertiser each, by type: {(byType.Length == 0 ? "none" : byType)} (a spam actor whose phones share nothing but pool photos looks, to this detector, exactly like unrelated advertisers). Groups left as ordinary reuse: {score.OrdinaryGroups:N0}, {score.OrdinaryWithinOneAdvertiser:P1} of them within one planted advertiser."));
        writer.Paragraph(string.Create(inv,
            $"Meta-clusters: the {score.AdvertisersWithSeveralPhones:N0} planted advertisers with two or more phone tokens fall into {score.PhoneSetsPerAdvertiserBefore:F2} phone-token sets each on average when only shared ads join tokens, and {score.PhoneSetsPerAdvertiserAfter:F2} once ordinary image reuse joins them too (spam actors, with many phones that share only pool photos, keep this mean high). Sets that then mix tokens of different advertisers: {score.MixedSetsAfter:N0}."));
    }
}
