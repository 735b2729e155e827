namespace Workbench.Clustering;

/// <summary>The MinHash signature of every shape of a corpus, computed once and extended as shapes are added.</summary>
internal sealed class ShapeSignatures
{
    private uint[] _data;
    private byte[] _sketch;
    private bool[] _hasText;

    public ShapeSignatures(MinHasher hasher)
    {
        Hasher = hasher;
        _data = [];
        _sketch = [];
        _hasText = [];
    }

    public MinHasher Hasher { get; }

    public int Count { get; private set; }

    public int HashCount => Hasher.HashCount;

    public ReadOnlySpan<uint> Of(int shape) => _data.AsSpan(shape * Hasher.HashCount, Hasher.HashCount);

    public bool HasText(int shape) => _hasText[shape];

    /// <summary>
    /// Estimated Jaccard similarity of two shapes' shingle sets from the lowest 8 bits of each MinHash (b-bit MinHash,
    /// Li and König 2010): a quarter of the memory traffic of the full signature, corrected for chance agreement.
    /// </summary>
    public double Similarity(int a, int b)
    {
        var k = Hasher.HashCount;
        var equal = MinHasher.Matches(_sketch.AsSpan(a * k, k), _sketch.AsSpan(b * k, k));
        const double chance = 1.0 / 256;
        return Math.Max(0, ((equal / (double)k) - chance) / (1 - chance));
    }

    /// <summary>Signs the shapes the corpus has beyond <see cref="Count"/>, in parallel.</summary>
    public void Extend(ClusterCorpus corpus, int degreeOfParallelism)
    {
        var from = Count;
        var to = corpus.ShapeCount;
        if (to <= from) return;
        var k = Hasher.HashCount;
        if (_data.Length < to * k)
        {
            Array.Resize(ref _data, Math.Max(to * k, _data.Length * 3 / 2));
            Array.Resize(ref _sketch, Math.Max(to * k, _sketch.Length * 3 / 2));
            Array.Resize(ref _hasText, Math.Max(to, _hasText.Length * 3 / 2));
        }
        var data = _data;
        var sketch = _sketch;
        var hasText = _hasText;
        var options = new ParallelOptions { MaxDegreeOfParallelism = degreeOfParallelism };
        Parallel.ForEach(
            System.Collections.Concurrent.Partitioner.Create(from, to, 2048),
            options,
            () => (Scratch: new List<int>(256), Shingles: new List<ulong>(256)),
            (range, _, local) =>
            {
                for (var s = range.Item1; s < range.Item2; s++)
                {
                    hasText[s] = Hasher.Sign(corpus.Words(s), corpus.Vocabulary, data.AsSpan(s * k, k), local.Scratch, local.Shingles);
                    for (var i = 0; i < k; i++) sketch[(s * k) + i] = (byte)data[(s * k) + i];
                }
                return local;
            },
            _ => { });
        Count = to;
    }

    /// <summary>A copy that can be extended without changing this one.</summary>
    public ShapeSignatures Clone()
    {
        var copy = new ShapeSignatures(Hasher)
        {
            _data = (uint[])_data.Clone(),
            _sketch = (byte[])_sketch.Clone(),
            _hasText = (bool[])_hasText.Clone(),
            Count = Count,
        };
        return copy;
    }
}
