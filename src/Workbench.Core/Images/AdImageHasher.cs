using Workbench.Data;
using Workbench.Store;

namespace Workbench.Images;

/// <summary>
/// Ingest support for images: hashes the local files that ads reference in <c>image_paths</c> (relative to the source
/// file's folder) and writes the hashes into the stored ads' <c>image_hashes</c>, and the window hashes of crop-tolerant
/// matching (<see cref="CropMatchOptions.DefaultWindows"/>, 9 per image) into <c>image_window_hashes</c>.
/// </summary>
/// <remarks>
/// Local files only: nothing is fetched, and no image is copied into the store or anywhere else; only the 64-bit
/// hashes are kept. Paths that are absolute or are URLs are refused, so that a source file cannot point the hasher at
/// arbitrary places or at the network. Bad rows are skipped here (ingest quarantines them).
/// </remarks>
public sealed class AdImageHasher
{
    // The stored window hashes have a fixed meaning (data-schemas/ad.md): always the default windows and share.
    private static readonly CropMatchOptions DefaultCrops = new();

    private readonly ImageHasher _hasher = new();

    /// <summary>Hashes every image referenced by the ads of a source file (JSONL, CSV or Parquet).</summary>
    /// <param name="sourcePath">The ads file; <c>image_paths</c> resolve against its folder.</param>
    /// <param name="format">Its format, or null to take it from the extension.</param>
    /// <param name="progress">Receives the number of images done.</param>
    /// <param name="windows">
    /// Whether to hash the default windows too (<see cref="AdImageHash.Crops"/>), so that cropped copies can be linked
    /// (<see cref="ImageReuseDetector"/>); one decode serves both.
    /// </param>
    public IReadOnlyList<AdImageHash> Hash(string sourcePath, AdFormat? format = null, IProgress<int>? progress = null, bool windows = true)
    {
        ArgumentNullException.ThrowIfNull(sourcePath);
        var folder = Path.GetDirectoryName(Path.GetFullPath(sourcePath))!;
        var wanted = new List<(string AdId, string Path)>();
        foreach (var outcome in AdSource.Open(sourcePath, format).Rows())
        {
            if (outcome.Ad is not { } ad) continue;
            foreach (var p in ad.ImagePaths) wanted.Add((ad.AdId, p));
        }
        var results = new AdImageHash[wanted.Count];
        var done = 0;
        Parallel.For(0, wanted.Count, i =>
        {
            var (adId, path) = wanted[i];
            results[i] = HashOne(folder, adId, path, windows);
            progress?.Report(Interlocked.Increment(ref done));
        });
        return results;
    }

    private AdImageHash HashOne(string folder, string adId, string path, bool windows)
    {
        if (path.Length == 0 || Path.IsPathRooted(path) || path.Contains("://", StringComparison.Ordinal))
        {
            return new AdImageHash(adId, path, null, "not a relative path (absolute paths and URLs are not followed)");
        }
        var full = Path.GetFullPath(Path.Combine(folder, path));
        if (!File.Exists(full)) return new AdImageHash(adId, path, null, "file not found beside the source file");
        try
        {
            if (!windows) return new AdImageHash(adId, path, _hasher.Hash(full), null);
            using var stream = File.OpenRead(full);
            var (hashes, crops) = _hasher.HashWithCrops(stream, DefaultCrops, path);
            return new AdImageHash(adId, path, hashes, null, crops);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return new AdImageHash(adId, path, null, ImageFolderHasher.OneLine(ex.Message.Replace(full, path, StringComparison.Ordinal)));
        }
    }

    /// <summary>
    /// Writes the hashes (of <paramref name="kind"/>, in <c>image_paths</c> order) into <c>image_hashes</c> of the stored
    /// ads with those ids, and, when every hashed image of an ad carries window hashes and <paramref name="kind"/> is the
    /// pHash, their window hashes into <c>image_window_hashes</c> (9 per image, same order; otherwise null). Ads that
    /// already carry hashes keep them unless <paramref name="replace"/>, with one exception: an ad whose stored hashes
    /// equal the new ones and that has no window hashes yet gets them (so that hashing again upgrades an older store).
    /// Returns the number of ads updated.
    /// </summary>
    public static int ApplyToStore(AdStore store, IEnumerable<AdImageHash> hashes, ImageHashKind kind = ImageHashKind.PHash, bool replace = false)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(hashes);
        var connection = store.Connection;
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE OR REPLACE TEMP TABLE image_hash_updates (ad_id VARCHAR, ord INTEGER, hash VARCHAR, windows VARCHAR[])";
            create.ExecuteNonQuery();
        }
        try
        {
            using (var appender = connection.CreateAppender("image_hash_updates"))
            {
                var ord = 0;
                foreach (var h in hashes)
                {
                    if (h.Hashes is not { } value) continue;
                    var row = appender.CreateRow().AppendValue(h.AdId).AppendValue(ord++).AppendValue(ImageHashText.ToHex(value.Get(kind)));
                    if (kind == ImageHashKind.PHash && h.Crops is { } crops && crops.Windows.Count == CropMatchOptions.DefaultWindows.Count)
                    {
                        row.AppendValue(crops.Windows.Select(ImageHashText.ToHex).ToList());
                    }
                    else
                    {
                        row.AppendNullValue();
                    }
                    row.EndRow();
                }
            }
            using var update = connection.CreateCommand();
            update.CommandText = $"""
                UPDATE ads SET image_hashes = u.hashes, image_window_hashes = u.windows
                FROM (SELECT ad_id, list(hash ORDER BY ord) AS hashes,
                             CASE WHEN count(windows) = count(*) THEN flatten(list(windows ORDER BY ord)) END AS windows
                      FROM image_hash_updates GROUP BY ad_id) AS u
                WHERE ads.ad_id = u.ad_id {(replace ? "" : """
                    AND (ads.image_hashes IS NULL OR len(ads.image_hashes) = 0
                         OR (ads.image_hashes = u.hashes AND u.windows IS NOT NULL
                             AND (ads.image_window_hashes IS NULL OR len(ads.image_window_hashes) = 0)))
                    """)}
                """;
            return update.ExecuteNonQuery();
        }
        finally
        {
            using var drop = connection.CreateCommand();
            drop.CommandText = "DROP TABLE IF EXISTS image_hash_updates";
            drop.ExecuteNonQuery();
        }
    }
}
