using System.Runtime.InteropServices;
using Workbench.Data;

namespace Workbench.Clustering;

/// <summary>
/// The compact, columnar form of a corpus that the micro-cluster detector works on: per ad its id, posting time,
/// text shape and contact tokens; per distinct shape (the word sequence with contact tokens as class symbols) its
/// words and the number of ads that share it. Memory grows with distinct shapes, not with ads times words.
/// </summary>
internal sealed class ClusterCorpus
{
    private readonly Dictionary<ulong, int> _shapeByHash = [];
    private readonly Dictionary<ulong, List<int>> _shapeCollisions = [];
    private readonly Dictionary<string, int> _linkIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _tokenPool = new(StringComparer.Ordinal);
    private readonly HashSet<string> _adIdSet = new(StringComparer.Ordinal);
    private readonly List<int> _ids = new(256);
    private readonly List<string> _tokens = new(8);

    public ClusterCorpus(int maxWordsPerAd, bool includeTitle)
    {
        MaxWordsPerAd = maxWordsPerAd;
        IncludeTitle = includeTitle;
    }

    public int MaxWordsPerAd { get; }

    public bool IncludeTitle { get; }

    public Vocabulary Vocabulary { get; private set; } = new();

    // ---- per ad ----
    public List<string> AdIds { get; private set; } = [];

    public List<long> PostedTicks { get; private set; } = [];

    public List<int> AdShape { get; private set; } = [];

    /// <summary>Contact tokens of each ad's text in reading order (null when none).</summary>
    public List<string[]?> AdTokens { get; private set; } = [];

    /// <summary>Start of each ad's link tokens in <see cref="Links"/>; one more entry than ads.</summary>
    public List<int> LinkStart { get; private set; } = [0];

    /// <summary>Link token ids (phones, e-mails, handles, URLs, image hashes) of all ads, ad after ad.</summary>
    public List<int> Links { get; private set; } = [];

    /// <summary>Each link token: its text and kind.</summary>
    public List<(string Token, LinkKind Kind)> LinkTokens { get; private set; } = [];

    // ---- per shape ----
    public List<int> ShapeWords { get; private set; } = [];

    public List<int> ShapeStart { get; private set; } = [0];

    public List<int> ShapeWeight { get; private set; } = [];

    /// <summary>First ad of each shape (its representative in outputs).</summary>
    public List<int> ShapeFirstAd { get; private set; } = [];

    public int AdCount => AdIds.Count;

    public int ShapeCount => ShapeWeight.Count;

    public ReadOnlySpan<int> Words(int shape) =>
        CollectionsMarshal.AsSpan(ShapeWords).Slice(ShapeStart[shape], ShapeStart[shape + 1] - ShapeStart[shape]);

    public int Length(int shape) => ShapeStart[shape + 1] - ShapeStart[shape];

    /// <summary>Adds ads; returns the index of the first one added.</summary>
    public int Add(IEnumerable<Ad> ads)
    {
        var first = AdIds.Count;
        foreach (var ad in ads) Add(ad);
        return first;
    }

    public void Add(Ad ad)
    {
        ArgumentNullException.ThrowIfNull(ad);
        if (string.IsNullOrEmpty(ad.AdId)) throw new ArgumentException($"ad {AdIds.Count + 1}: ad_id is empty; every ad needs an id.", nameof(ad));
        if (!_adIdSet.Add(ad.AdId)) throw new ArgumentException($"ad_id '{ad.AdId}' occurs twice; ad ids must be unique (ingest them into one store first).", nameof(ad));
        _ids.Clear();
        _tokens.Clear();
        var room = true;
        if (IncludeTitle) room = AdTokenizer.Append(ad.Title, Vocabulary, _ids, _tokens, MaxWordsPerAd, _tokenPool);
        if (room) AdTokenizer.Append(ad.Body, Vocabulary, _ids, _tokens, MaxWordsPerAd, _tokenPool);

        AdIds.Add(ad.AdId);
        PostedTicks.Add(ad.PostedAt.UtcTicks);
        AdTokens.Add(_tokens.Count == 0 ? null : [.. _tokens]);
        var shape = InternShape(CollectionsMarshal.AsSpan(_ids), AdIds.Count - 1);
        AdShape.Add(shape);

        foreach (var t in ad.Phones) AddLink(t, LinkKind.Phone);
        foreach (var t in ad.Emails) AddLink(t, LinkKind.Email);
        foreach (var t in ad.Handles) AddLink(t, LinkKind.Handle);
        foreach (var t in ad.Urls) AddLink(t, LinkKind.Url);
        foreach (var t in ad.ImageHashes) AddLink(t, LinkKind.Image);
        LinkStart.Add(Links.Count);
    }

    private void AddLink(string token, LinkKind kind)
    {
        if (string.IsNullOrEmpty(token)) return;
        var key = kind == LinkKind.Image ? "img:" + token : token;
        if (!_linkIds.TryGetValue(key, out var id))
        {
            id = LinkTokens.Count;
            _linkIds[key] = id;
            LinkTokens.Add((token, kind));
        }
        // An ad naming the same token twice links once.
        for (var i = LinkStart[^1]; i < Links.Count; i++)
        {
            if (Links[i] == id) return;
        }
        Links.Add(id);
    }

    private int InternShape(ReadOnlySpan<int> words, int ad)
    {
        var hash = Hash(words);
        if (_shapeByHash.TryGetValue(hash, out var shape))
        {
            if (Words(shape).SequenceEqual(words)) return Hit(shape);
            if (_shapeCollisions.TryGetValue(hash, out var others))
            {
                foreach (var other in others)
                {
                    if (Words(other).SequenceEqual(words)) return Hit(other);
                }
            }
            var added = NewShape(words, ad);
            if (others is null) _shapeCollisions[hash] = others = [];
            others.Add(added);
            return added;
        }
        var created = NewShape(words, ad);
        _shapeByHash[hash] = created;
        return created;
    }

    private int Hit(int shape)
    {
        ShapeWeight[shape]++;
        return shape;
    }

    private int NewShape(ReadOnlySpan<int> words, int ad)
    {
        foreach (var w in words) ShapeWords.Add(w);
        ShapeStart.Add(ShapeWords.Count);
        ShapeWeight.Add(1);
        ShapeFirstAd.Add(ad);
        return ShapeWeight.Count - 1;
    }

    private static ulong Hash(ReadOnlySpan<int> words)
    {
        var h = 0x9E3779B97F4A7C15UL ^ (ulong)words.Length;
        foreach (var w in words) h = Mix.Hash(h ^ (uint)w);
        return h;
    }

    /// <summary>A deep copy that can take more ads without changing this one.</summary>
    public ClusterCorpus Clone()
    {
        var c = new ClusterCorpus(MaxWordsPerAd, IncludeTitle)
        {
            Vocabulary = Vocabulary.Clone(),
            AdIds = [.. AdIds],
            PostedTicks = [.. PostedTicks],
            AdShape = [.. AdShape],
            AdTokens = [.. AdTokens],
            LinkStart = [.. LinkStart],
            Links = [.. Links],
            LinkTokens = [.. LinkTokens],
            ShapeWords = [.. ShapeWords],
            ShapeStart = [.. ShapeStart],
            ShapeWeight = [.. ShapeWeight],
            ShapeFirstAd = [.. ShapeFirstAd],
        };
        foreach (var (k, v) in _shapeByHash) c._shapeByHash[k] = v;
        foreach (var (k, v) in _shapeCollisions) c._shapeCollisions[k] = [.. v];
        foreach (var (k, v) in _linkIds) c._linkIds[k] = v;
        foreach (var (k, v) in _tokenPool) c._tokenPool[k] = v;
        foreach (var id in _adIdSet) c._adIdSet.Add(id);
        return c;
    }
}
