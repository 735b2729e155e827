namespace Workbench.Images;

/// <summary>
/// Finds all pairs of images within a Hamming threshold, through a <see cref="MultiIndexHash"/> (no all-pairs scan).
/// </summary>
/// <remarks>
/// Cost: one index build plus one radius query per image (two when mirror-invariant). A match links two files; it
/// says nothing about who posted them.
/// </remarks>
public sealed class ImageMatcher(ImageMatchOptions? options = null)
{
    /// <summary>The settings.</summary>
    public ImageMatchOptions Options { get; } = options ?? new();

    /// <summary>All pairs (A &lt; B) within <see cref="ImageMatchOptions.MaxDistance"/>, ordered by A, then B.</summary>
    public IReadOnlyList<ImageMatch> Match(IReadOnlyList<PerceptualHashes> hashes)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        Options.Validate();
        var kind = Options.Kind;
        var values = new ulong[hashes.Count];
        for (var i = 0; i < values.Length; i++) values[i] = hashes[i].Get(kind);
        var index = MultiIndexHash.Build(values);
        var found = new Dictionary<(int, int), ImageMatch>();
        var hits = new List<HammingHit>();
        for (var i = 0; i < values.Length; i++)
        {
            hits.Clear();
            index.Query(values[i], Options.MaxDistance, hits);
            foreach (var hit in hits)
            {
                if (hit.Id > i) Keep(found, new ImageMatch(i, hit.Id, hit.Distance, false));
            }
            if (!Options.MirrorInvariant) continue;
            hits.Clear();
            index.Query(hashes[i].GetMirror(kind), Options.MaxDistance, hits);
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
        if (!found.TryGetValue((match.A, match.B), out var existing) || match.Distance < existing.Distance) found[(match.A, match.B)] = match;
    }
}
