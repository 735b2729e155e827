namespace Workbench.Clustering;

/// <summary>
/// The coarse stage: locality-sensitive hashing of MinHash signatures in bands (Indyk and Motwani 1998; Leskovec,
/// Rajaraman and Ullman, <em>Mining of Massive Datasets</em>, ch. 3), candidate pairs verified by their estimated
/// similarity and joined by union-find into candidate groups. Works on any subset of a corpus's shapes, indexed
/// locally 0..n−1. Pairs at least the core similarity alike are also joined into near-duplicate families.
/// </summary>
/// <remarks>
/// A bucket of up to <see cref="AllPairsBucket"/> shapes is verified pair by pair; a larger one (a spam script
/// with thousands of variants) against a few representatives and its predecessor only, which keeps the cost linear;
/// pairs it misses there are nearly always found in another band.
/// </remarks>
internal sealed class CoarseIndex
{
    public const int AllPairsBucket = 32;
    private const int Representatives = 8;

    private CoarseIndex(int[] shapes, int bands)
    {
        Shapes = shapes;
        Bands = bands;
        BucketOf = new int[bands][];
        BucketStart = new int[bands][];
        BucketMembers = new int[bands][];
        Group = new int[shapes.Length];
    }

    /// <summary>Global shape of each local index.</summary>
    public int[] Shapes { get; }

    public int Bands { get; }

    /// <summary>Per band, the bucket of each local shape, or −1 when it shares its bucket with no other.</summary>
    public int[][] BucketOf { get; }

    public int[][] BucketStart { get; }

    public int[][] BucketMembers { get; }

    /// <summary>Candidate group of each local shape; −1 for a shape without text.</summary>
    public int[] Group { get; }

    public int GroupCount { get; private set; }

    /// <summary>Near-duplicate family of each local shape: components of pairs at least the core similarity alike.</summary>
    public int[] Core { get; private set; } = [];

    public int CoreCount { get; private set; }

    public long PairsChecked { get; private set; }

    public int MultiShapeGroups { get; private set; }

    public int LargestGroup { get; private set; }

    public long PairsJoined { get; private set; }

    public ReadOnlySpan<int> Bucket(int band, int bucket) =>
        BucketMembers[band].AsSpan(BucketStart[band][bucket], BucketStart[band][bucket + 1] - BucketStart[band][bucket]);

    public static CoarseIndex Build(
        int[] shapes, ShapeSignatures signatures, int rows, double minSimilarity, double coreSimilarity, int degreeOfParallelism, bool joinGroups = true)
    {
        var k = signatures.HashCount;
        var bands = k / rows;
        var index = new CoarseIndex(shapes, bands);
        var n = shapes.Length;
        var withText = new List<int>(n);
        for (var i = 0; i < n; i++)
        {
            if (signatures.HasText(shapes[i])) withText.Add(i);
        }
        var options = new ParallelOptions { MaxDegreeOfParallelism = degreeOfParallelism };
        Parallel.For(0, bands, options, band =>
        {
            var keys = new ulong[withText.Count];
            var order = new int[withText.Count];
            for (var t = 0; t < withText.Count; t++)
            {
                var sig = signatures.Of(shapes[withText[t]]);
                var h = 0x6A09E667F3BCC909UL ^ (ulong)band;
                for (var r = 0; r < rows; r++) h = Mix.Combine(h, sig[(band * rows) + r]);
                keys[t] = h;
                order[t] = withText[t];
            }
            Array.Sort(keys, order);
            var bucketOf = new int[n];
            Array.Fill(bucketOf, -1);
            var starts = new List<int> { 0 };
            var members = new List<int>();
            for (var start = 0; start < keys.Length;)
            {
                var end = start + 1;
                while (end < keys.Length && keys[end] == keys[start]) end++;
                if (end - start >= 2)
                {
                    Array.Sort(order, start, end - start);
                    var id = starts.Count - 1;
                    for (var t = start; t < end; t++)
                    {
                        bucketOf[order[t]] = id;
                        members.Add(order[t]);
                    }
                    starts.Add(members.Count);
                }
                start = end;
            }
            index.BucketOf[band] = bucketOf;
            index.BucketStart[band] = [.. starts];
            index.BucketMembers[band] = [.. members];
        });

        var sets = new Workbench.Collections.DisjointSets(n);
        var cores = new Workbench.Collections.DisjointSets(n);
        long checkedPairs = 0, joined = 0;
        var reps = new List<int>(Representatives);
        for (var band = 0; joinGroups && band < bands; band++)
        {
            var buckets = index.BucketStart[band].Length - 1;
            for (var b = 0; b < buckets; b++)
            {
                var m = index.Bucket(band, b);
                if (m.Length <= AllPairsBucket)
                {
                    for (var x = 0; x < m.Length; x++)
                    {
                        for (var y = x + 1; y < m.Length; y++)
                        {
                            Join(m[x], m[y]);
                        }
                    }
                    continue;
                }
                reps.Clear();
                for (var x = 0; x < m.Length; x++)
                {
                    var joinedRep = false;
                    foreach (var r in reps) joinedRep |= Join(r, m[x]);
                    if (x > 0) Join(m[x - 1], m[x]);
                    if (!joinedRep && reps.Count < Representatives) reps.Add(m[x]);
                }
            }
        }
        var labels = sets.Labels(out _);
        // Renumber: groups of shapes with text only, 0.. in order of first shape.
        var renumber = new Dictionary<int, int>();
        for (var i = 0; i < n; i++)
        {
            if (!signatures.HasText(shapes[i]))
            {
                index.Group[i] = -1;
                continue;
            }
            if (!renumber.TryGetValue(labels[i], out var g))
            {
                g = renumber.Count;
                renumber[labels[i]] = g;
            }
            index.Group[i] = g;
        }
        index.GroupCount = renumber.Count;
        index.Core = cores.Labels(out var coreCount);
        index.CoreCount = coreCount;
        var sizes = new int[index.GroupCount];
        foreach (var g in index.Group)
        {
            if (g >= 0) sizes[g]++;
        }
        index.MultiShapeGroups = sizes.Count(x => x >= 2);
        index.LargestGroup = sizes.Length == 0 ? 0 : sizes.Max();
        index.PairsChecked = checkedPairs;
        index.PairsJoined = joined;
        return index;

        bool Join(int a, int b)
        {
            if (cores.Find(a) == cores.Find(b)) return true;
            var sameGroup = sets.Find(a) == sets.Find(b);
            checkedPairs++;
            var similarity = signatures.Similarity(shapes[a], shapes[b]);
            if (similarity >= coreSimilarity) cores.Union(a, b);
            if (similarity < minSimilarity) return sameGroup;
            if (!sameGroup)
            {
                sets.Union(a, b);
                joined++;
            }
            return true;
        }
    }
}
