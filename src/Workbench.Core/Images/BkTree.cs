using System.Numerics;

namespace Workbench.Images;

/// <summary>
/// A Burkhard–Keller tree over 64-bit hashes under Hamming distance (Burkhard and Keller, "Some approaches to
/// best-match file searching", CACM 1973): the simple alternative to <see cref="MultiIndexHash"/>, kept for comparison
/// in <c>workbench bench images</c>.
/// </summary>
/// <remarks>
/// Each child hangs under its parent by its distance to it; a radius-r query visits only children whose edge lies in
/// [d − r, d + r] (triangle inequality). With random 64-bit hashes and r = 8 most of the tree lies in that band, so
/// queries visit a large share of the nodes: fine for thousands of hashes, slow at a million.
/// </remarks>
public sealed class BkTree : IHammingIndex
{
    private readonly ulong[] _hashes;
    private readonly int[] _firstChild;
    private readonly int[] _nextSibling;
    private readonly byte[] _edge;

    private BkTree(ulong[] hashes, int[] firstChild, int[] nextSibling, byte[] edge)
    {
        _hashes = hashes;
        _firstChild = firstChild;
        _nextSibling = nextSibling;
        _edge = edge;
    }

    /// <inheritdoc/>
    public int Count => _hashes.Length;

    /// <inheritdoc/>
    public ulong this[int id] => _hashes[id];

    /// <summary>Builds the tree by inserting the hashes in order; ids are their positions. Cost O(n · depth).</summary>
    public static BkTree Build(ReadOnlySpan<ulong> hashes)
    {
        var stored = hashes.ToArray();
        var first = new int[stored.Length];
        var next = new int[stored.Length];
        var edge = new byte[stored.Length];
        Array.Fill(first, -1);
        Array.Fill(next, -1);
        for (var id = 1; id < stored.Length; id++)
        {
            var node = 0;
            while (true)
            {
                var d = (byte)BitOperations.PopCount(stored[node] ^ stored[id]);
                var child = first[node];
                while (child >= 0 && edge[child] != d) child = next[child];
                if (child < 0)
                {
                    edge[id] = d;
                    next[id] = first[node];
                    first[node] = id;
                    break;
                }
                node = child;
            }
        }
        return new BkTree(stored, first, next, edge);
    }

    /// <inheritdoc/>
    public void Query(ulong hash, int radius, List<HammingHit> hits)
    {
        ArgumentNullException.ThrowIfNull(hits);
        if (_hashes.Length == 0 || radius < 0) return;
        var stack = new Stack<int>();
        stack.Push(0);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            var d = BitOperations.PopCount(_hashes[node] ^ hash);
            if (d <= radius) hits.Add(new HammingHit(node, d));
            for (var child = _firstChild[node]; child >= 0; child = _nextSibling[child])
            {
                if (Math.Abs(_edge[child] - d) <= radius) stack.Push(child);
            }
        }
    }
}
