namespace Workbench.Retrieval;

/// <summary>
/// Locality-sensitive hashing over MinHash signatures (the banding scheme of Leskovec, Rajaraman &amp; Ullman,
/// Mining of Massive Datasets, ch. 3): keys whose estimated Jaccard similarity is above <see cref="Threshold"/> are
/// likely to share a band and come back from <see cref="Query(MinHash)"/>; keys far below it rarely do.
/// </summary>
/// <remarks>
/// Modelled on datasketch's <c>MinHashLSH</c>: <c>Insert(key, minhash)</c> and <c>Query(minhash)</c>, and the number of
/// bands <see cref="Bands"/> and rows <see cref="Rows"/> chosen to minimize the weighted sum of the false-positive and
/// false-negative areas under the S-curve <c>1 − (1 − s^r)^b</c> (datasketch's <c>_optimal_param</c>). Candidates are
/// candidates: rank or verify them with <see cref="MinHash.Jaccard(MinHash)"/>.
/// </remarks>
public sealed class MinHashLsh
{
    private readonly Dictionary<ulong, int>[] _heads;
    private readonly List<int>[] _next;
    private readonly List<string> _keys = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    /// <summary>An empty index.</summary>
    /// <param name="threshold">Jaccard similarity above which keys should be returned, in (0, 1).</param>
    /// <param name="numPerm">Signature length of the MinHashes to be inserted.</param>
    /// <param name="falsePositiveWeight">Weight of false positives when choosing bands and rows.</param>
    /// <param name="falseNegativeWeight">Weight of false negatives.</param>
    public MinHashLsh(double threshold = 0.5, int numPerm = 128, double falsePositiveWeight = 0.5, double falseNegativeWeight = 0.5)
    {
        if (threshold is <= 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "threshold must be between 0 and 1");
        ArgumentOutOfRangeException.ThrowIfLessThan(numPerm, 2);
        if (Math.Abs(falsePositiveWeight + falseNegativeWeight - 1.0) > 1e-9)
            throw new ArgumentException("the two weights must add up to 1");
        Threshold = threshold;
        NumPerm = numPerm;
        (Bands, Rows) = OptimalParameters(threshold, numPerm, falsePositiveWeight, falseNegativeWeight);
        _heads = new Dictionary<ulong, int>[Bands];
        _next = new List<int>[Bands];
        for (var b = 0; b < Bands; b++)
        {
            _heads[b] = [];
            _next[b] = [];
        }
    }

    /// <summary>The similarity threshold.</summary>
    public double Threshold { get; }

    /// <summary>Signature length.</summary>
    public int NumPerm { get; }

    /// <summary>Number of bands.</summary>
    public int Bands { get; }

    /// <summary>Rows (signature positions) per band.</summary>
    public int Rows { get; }

    /// <summary>Number of keys inserted.</summary>
    public int Count => _keys.Count;

    /// <summary>Adds a key with its signature.</summary>
    /// <exception cref="ArgumentException">When the key is already there, or the signature has another length.</exception>
    public void Insert(string key, MinHash minHash)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(minHash);
        Insert(key, minHash.HashValues);
    }

    /// <summary>Adds a key with a raw signature (<see cref="MinHash.HashValues"/>).</summary>
    public void Insert(string key, ReadOnlySpan<uint> signature)
    {
        ArgumentNullException.ThrowIfNull(key);
        CheckLength(signature);
        if (!_index.TryAdd(key, _keys.Count)) throw new ArgumentException($"key {key} is already in the index", nameof(key));
        var id = _keys.Count;
        _keys.Add(key);
        for (var b = 0; b < Bands; b++)
        {
            var h = BandHash(signature, b);
            var heads = _heads[b];
            _next[b].Add(heads.TryGetValue(h, out var previous) ? previous : -1);
            heads[h] = id;
        }
    }

    /// <summary>The keys that share at least one band with <paramref name="minHash"/> (candidates above the threshold).</summary>
    public IReadOnlyList<string> Query(MinHash minHash)
    {
        ArgumentNullException.ThrowIfNull(minHash);
        return Query(minHash.HashValues);
    }

    /// <summary>The keys that share at least one band with a raw signature.</summary>
    public IReadOnlyList<string> Query(ReadOnlySpan<uint> signature)
    {
        var ids = CandidateIds(signature);
        var result = new string[ids.Count];
        var k = 0;
        foreach (var id in ids) result[k++] = _keys[id];
        return result;
    }

    /// <summary>Whether a key has been inserted.</summary>
    public bool Contains(string key) => _index.ContainsKey(key);

    internal HashSet<int> CandidateIds(ReadOnlySpan<uint> signature)
    {
        CheckLength(signature);
        var found = new HashSet<int>();
        for (var b = 0; b < Bands; b++)
        {
            if (!_heads[b].TryGetValue(BandHash(signature, b), out var id)) continue;
            var next = _next[b];
            for (; id >= 0; id = next[id]) found.Add(id);
        }
        return found;
    }

    internal string KeyAt(int id) => _keys[id];

    internal int IdOf(string key) => _index.TryGetValue(key, out var id) ? id : -1;

    /// <summary>Probability that two sets of Jaccard similarity <paramref name="s"/> share a band: <c>1 − (1 − s^r)^b</c>.</summary>
    public static double CandidateProbability(double s, int bands, int rows) => 1 - Math.Pow(1 - Math.Pow(s, rows), bands);

    /// <summary>The (bands, rows) with <c>bands · rows ≤ numPerm</c> that minimize the weighted false-positive and false-negative areas.</summary>
    public static (int Bands, int Rows) OptimalParameters(double threshold, int numPerm, double falsePositiveWeight = 0.5, double falseNegativeWeight = 0.5)
    {
        var best = double.PositiveInfinity;
        var opt = (1, 1);
        for (var b = 1; b <= numPerm; b++)
        {
            for (var r = 1; r <= numPerm / b; r++)
            {
                var fp = Integrate(s => CandidateProbability(s, b, r), 0, threshold);
                var fn = Integrate(s => 1 - CandidateProbability(s, b, r), threshold, 1);
                var error = (fp * falsePositiveWeight) + (fn * falseNegativeWeight);
                if (error < best)
                {
                    best = error;
                    opt = (b, r);
                }
            }
        }
        return opt;
    }

    private static double Integrate(Func<double, double> f, double from, double to)
    {
        const int Steps = 128; // Simpson's rule, even number of steps
        var h = (to - from) / Steps;
        var sum = f(from) + f(to);
        for (var i = 1; i < Steps; i++) sum += f(from + (i * h)) * (i % 2 == 1 ? 4 : 2);
        return sum * h / 3;
    }

    private ulong BandHash(ReadOnlySpan<uint> signature, int band)
    {
        var h = 14695981039346656037UL ^ (ulong)band;
        foreach (var v in signature.Slice(band * Rows, Rows))
        {
            h ^= v;
            h *= 1099511628211UL;
        }
        return MinHash.Mix(h);
    }

    private void CheckLength(ReadOnlySpan<uint> signature)
    {
        if (signature.Length != NumPerm) throw new ArgumentException($"signature has {signature.Length} values; this index takes {NumPerm}");
    }
}
