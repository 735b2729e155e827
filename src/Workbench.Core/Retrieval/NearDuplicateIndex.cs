using Workbench.Data;

namespace Workbench.Retrieval;

/// <summary>
/// "More like this" over ad texts: MinHash signatures of word shingles in an LSH index, so that the ads whose
/// text is near a given ad's (reposts, templates with slots filled in) come back in time independent of the corpus
/// size.
/// </summary>
/// <remarks>
/// <para>Near-duplicate detection by shingling and MinHash follows Broder (1997); LSH banding follows Leskovec,
/// Rajaraman &amp; Ullman (Mining of Massive Datasets, ch. 3); the API follows datasketch (<c>Insert</c>/<c>Query</c>,
/// explicit seed, <c>num_perm</c>, threshold). Candidates from LSH are ranked by their estimated similarity and those
/// below the threshold are dropped. Text is title and body of the pseudonymized ad, so shared keyed tokens count as
/// shared words.</para>
/// <para>Memory: one signature of <see cref="NearDuplicateOptions.NumPerm"/> 32-bit values per ad (512 bytes at 128)
/// plus the band tables. A text near-duplicate says two ads were written alike; whether they share an author is a
/// question for the clustering detectors and their evidence, not for this index.</para>
/// </remarks>
public sealed class NearDuplicateIndex
{
    private readonly MinHashLsh _lsh;
    private readonly List<uint[]> _signatures = [];
    private readonly WordShingles _shingles;

    private NearDuplicateIndex(NearDuplicateOptions options)
    {
        Options = options;
        _shingles = new WordShingles(options.ShingleSize);
        _lsh = new MinHashLsh(options.Threshold, options.NumPerm);
    }

    /// <summary>The settings.</summary>
    public NearDuplicateOptions Options { get; }

    /// <summary>Number of ads indexed.</summary>
    public int Count => _lsh.Count;

    /// <summary>The LSH bands and rows chosen for the threshold.</summary>
    public (int Bands, int Rows) Banding => (_lsh.Bands, _lsh.Rows);

    /// <summary>Indexes the title and body of each ad.</summary>
    /// <param name="ads">Ads (pseudonymized, e.g. <c>store.ReadAds()</c>).</param>
    /// <param name="options">Settings; defaults when null.</param>
    /// <param name="progress">Called with the number of ads indexed so far, every 10,000 ads.</param>
    public static NearDuplicateIndex Build(IEnumerable<Ad> ads, NearDuplicateOptions? options = null, Action<long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(ads);
        var index = new NearDuplicateIndex(Validate(options ?? NearDuplicateOptions.Default));
        long count = 0;
        foreach (var ad in ads)
        {
            index.Insert(ad.AdId, TextOf(ad));
            if (++count % 10_000 == 0) progress?.Invoke(count);
        }
        progress?.Invoke(count);
        return index;
    }

    /// <summary>Indexes (id, text) pairs, for texts that are not ads.</summary>
    public static NearDuplicateIndex Build(IEnumerable<(string Id, string Text)> texts, NearDuplicateOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var index = new NearDuplicateIndex(Validate(options ?? NearDuplicateOptions.Default));
        foreach (var (id, text) in texts) index.Insert(id, text);
        return index;
    }

    /// <summary>Adds one text under a new id.</summary>
    /// <exception cref="ArgumentException">When the id is already indexed.</exception>
    public void Insert(string id, string text)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        var m = _shingles.MinHashOf(text, Options.NumPerm, Options.Seed);
        var signature = m.HashValues.ToArray();
        _lsh.Insert(id, signature);
        _signatures.Add(signature);
    }

    /// <summary>The MinHash of a text under this index's settings.</summary>
    public MinHash MinHashOf(string text) => _shingles.MinHashOf(text, Options.NumPerm, Options.Seed);

    /// <summary>The indexed ads nearest to an indexed ad, best first, itself excluded.</summary>
    /// <exception cref="ArgumentException">When the ad is not in the index.</exception>
    public IReadOnlyList<NearDuplicate> MoreLikeThis(string adId, int top = 10)
    {
        ArgumentNullException.ThrowIfNull(adId);
        var id = _lsh.IdOf(adId);
        if (id < 0) throw new ArgumentException($"ad {adId} is not in the index", nameof(adId));
        return Rank(_signatures[id], top, exclude: id);
    }

    /// <summary>The indexed ads nearest to any text, best first.</summary>
    public IReadOnlyList<NearDuplicate> Query(string text, int top = 10)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Rank(MinHashOf(text).HashValues.ToArray(), top, exclude: -1);
    }

    private List<NearDuplicate> Rank(uint[] signature, int top, int exclude)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var scored = new List<NearDuplicate>();
        foreach (var id in _lsh.CandidateIds(signature))
        {
            if (id == exclude) continue;
            var s = MinHash.Jaccard(signature, _signatures[id]);
            if (s >= Options.Threshold) scored.Add(new NearDuplicate(_lsh.KeyAt(id), s));
        }
        scored.Sort(static (a, b) => b.Similarity != a.Similarity ? b.Similarity.CompareTo(a.Similarity) : string.CompareOrdinal(a.AdId, b.AdId));
        return scored.Count > top ? scored.GetRange(0, top) : scored;
    }

    private static string TextOf(Ad ad) => ad.Title is null ? ad.Body : ad.Title + "\n" + ad.Body;

    private static NearDuplicateOptions Validate(NearDuplicateOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.ShingleSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.NumPerm, 2);
        if (options.Threshold is <= 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(options), "Threshold must be between 0 and 1");
        return options;
    }
}
