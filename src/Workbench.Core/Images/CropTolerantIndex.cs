namespace Workbench.Images;

/// <summary>
/// Radius queries under the crop-tolerant distance of <see cref="CropHashes"/> over many images, through two
/// <see cref="MultiIndexHash"/> tables: one of the global hashes (one entry per image) and one of the window hashes
/// (one entry per window per image, the image id being the entry's position divided by the window count).
/// </summary>
/// <remarks>
/// <para>A full query (<see cref="Query(CropHashes, int, List{HammingHit})"/>) looks up the query's global hash in
/// both tables (stored images equal to it, or of which it is a crop) and each of its windows in the global table
/// (stored images that are crops of it): 2 + k radius queries for k windows, exact like the tables.</para>
/// <para>All-pairs matching needs only the first half (<see cref="QueryContaining"/>): a pair of a crop and its
/// original is found when the crop is the query. That is 2 radius queries per image.</para>
/// </remarks>
public sealed class CropTolerantIndex
{
    private static readonly Comparer<HammingHit> ByIdThenDistance =
        Comparer<HammingHit>.Create((a, b) => a.Id != b.Id ? a.Id.CompareTo(b.Id) : a.Distance.CompareTo(b.Distance));

    private readonly MultiIndexHash _globals;
    private readonly MultiIndexHash _windows;
    private readonly int _windowCount;

    private CropTolerantIndex(MultiIndexHash globals, MultiIndexHash windows, int windowCount)
    {
        _globals = globals;
        _windows = windows;
        _windowCount = windowCount;
    }

    /// <summary>Number of images.</summary>
    public int Count => _globals.Count;

    /// <summary>Substrings of the global table and of the window table.</summary>
    public (int Globals, int Windows) Substrings => (_globals.Substrings, _windows.Substrings);

    /// <summary>Number of window hashes held (images × windows).</summary>
    public int WindowEntries => _windows.Count;

    /// <summary>Builds the index; image ids are the positions in <paramref name="images"/>, which must all hold the same windows.</summary>
    /// <param name="images">The images' hashes.</param>
    /// <param name="substrings">Substrings per table (3–16), or 0 to choose from the counts (<see cref="MultiIndexHash.DefaultSubstrings"/>).</param>
    /// <exception cref="ArgumentException">The images hold different numbers of windows (hashed with different options).</exception>
    public static CropTolerantIndex Build(IReadOnlyList<CropHashes> images, int substrings = 0)
    {
        ArgumentNullException.ThrowIfNull(images);
        var k = images.Count == 0 ? 0 : images[0].Windows.Count;
        var globals = new ulong[images.Count];
        var windows = new ulong[images.Count * k];
        for (var i = 0; i < images.Count; i++)
        {
            var image = images[i];
            if (image.Windows.Count != k)
            {
                throw new ArgumentException($"image {i} holds {image.Windows.Count} window hashes, image 0 holds {k}: hash every image with the same {nameof(CropMatchOptions)}", nameof(images));
            }
            globals[i] = image.PHash;
            for (var w = 0; w < k; w++) windows[(i * k) + w] = image.Windows[w];
        }
        return new CropTolerantIndex(MultiIndexHash.Build(globals, substrings), MultiIndexHash.Build(windows, substrings), k);
    }

    /// <summary>
    /// Adds to <paramref name="hits"/> every stored image within <paramref name="radius"/> of <paramref name="query"/>
    /// under <see cref="CropHashes.Distance"/> (direct, not mirrored), each once with its smallest distance.
    /// </summary>
    public void Query(CropHashes query, int radius, List<HammingHit> hits)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(hits);
        var start = hits.Count;
        QueryContaining(query.PHash, radius, hits);
        var scratch = new List<HammingHit>();
        foreach (var window in query.Windows) _globals.Query(window, radius, scratch);
        hits.AddRange(scratch);
        Deduplicate(hits, start);
    }

    /// <summary>
    /// Adds to <paramref name="hits"/> every stored image whose global hash or one of whose window hashes is within
    /// <paramref name="radius"/> of <paramref name="globalHash"/> (the images the query equals or is a crop of), each once
    /// with its smallest distance.
    /// </summary>
    public void QueryContaining(ulong globalHash, int radius, List<HammingHit> hits)
    {
        ArgumentNullException.ThrowIfNull(hits);
        var start = hits.Count;
        _globals.Query(globalHash, radius, hits);
        if (_windowCount == 0) return;
        var before = hits.Count;
        _windows.Query(globalHash, radius, hits);
        for (var i = before; i < hits.Count; i++) hits[i] = hits[i] with { Id = hits[i].Id / _windowCount };
        Deduplicate(hits, start);
    }

    /// <summary>Keeps one hit per id (the closest) among hits[start..]; the list is short, so a sort beats a set.</summary>
    private static void Deduplicate(List<HammingHit> hits, int start)
    {
        var n = hits.Count - start;
        if (n < 2) return;
        hits.Sort(start, n, ByIdThenDistance);
        var write = start;
        for (var read = start; read < hits.Count; read++)
        {
            if (read > start && hits[read].Id == hits[write - 1].Id) continue;
            hits[write++] = hits[read];
        }
        hits.RemoveRange(write, hits.Count - write);
    }
}
