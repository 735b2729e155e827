namespace Workbench.Images;

/// <summary>
/// Finds all pairs of images whose crop-tolerant distance (<see cref="CropHashes.Distance"/>) is within
/// <see cref="CropMatchOptions.MaxDistance"/>, through a <see cref="CropTolerantIndex"/> (no all-pairs scan).
/// </summary>
/// <remarks>
/// Cost: one index build (the global hashes and k window hashes per image) plus, per image, its global hash looked up
/// in both tables (twice when mirror-invariant): a crop and its original are found from the crop's side, so the other
/// direction is never needed. Mirror-invariant matching assumes the windows are mirror-symmetric, as the defaults are.
/// </remarks>
public sealed class CropTolerantMatcher(CropMatchOptions? options = null)
{
    /// <summary>The settings.</summary>
    public CropMatchOptions Options { get; } = options ?? new();

    /// <summary>All pairs (A &lt; B) within <see cref="CropMatchOptions.MaxDistance"/>, ordered by A, then B.</summary>
    /// <exception cref="ArgumentException">The images were hashed with different windows.</exception>
    public IReadOnlyList<ImageMatch> Match(IReadOnlyList<CropHashes> images)
    {
        ArgumentNullException.ThrowIfNull(images);
        Options.Validate();
        var index = CropTolerantIndex.Build(images);
        var found = new Dictionary<(int, int), ImageMatch>();
        var hits = new List<HammingHit>();
        for (var i = 0; i < images.Count; i++)
        {
            hits.Clear();
            index.QueryContaining(images[i].PHash, Options.MaxDistance, hits);
            foreach (var hit in hits)
            {
                if (hit.Id != i) Keep(found, new ImageMatch(Math.Min(i, hit.Id), Math.Max(i, hit.Id), hit.Distance, false));
            }
            if (!Options.MirrorInvariant) continue;
            hits.Clear();
            index.QueryContaining(images[i].MirrorPHash, Options.MaxDistance, hits);
            foreach (var hit in hits)
            {
                if (hit.Id != i) Keep(found, new ImageMatch(Math.Min(i, hit.Id), Math.Max(i, hit.Id), hit.Distance, true));
            }
        }
        return found.Values.OrderBy(m => m.A).ThenBy(m => m.B).ToList();
    }

    private static void Keep(Dictionary<(int, int), ImageMatch> found, ImageMatch match)
    {
        // The closer of the direct and the mirrored distance wins; on a tie the direct one.
        if (!found.TryGetValue((match.A, match.B), out var existing) || match.Distance < existing.Distance
            || (match.Distance == existing.Distance && existing.Mirrored && !match.Mirrored))
        {
            found[(match.A, match.B)] = match;
        }
    }
}
