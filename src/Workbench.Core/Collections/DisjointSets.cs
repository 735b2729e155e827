namespace Workbench.Collections;

/// <summary>
/// Disjoint sets over 0..n-1 (union-find with path halving and union by size; Tarjan 1975), shared by the coarse stage
/// and meta-clusters of micro-clustering and by image-reuse grouping.
/// </summary>
internal sealed class DisjointSets
{
    private readonly int[] _parent;
    private readonly int[] _size;

    public DisjointSets(int count)
    {
        _parent = new int[count];
        _size = new int[count];
        for (var i = 0; i < count; i++)
        {
            _parent[i] = i;
            _size[i] = 1;
        }
        Count = count;
    }

    private DisjointSets(int[] parent, int[] size, int count)
    {
        _parent = parent;
        _size = size;
        Count = count;
    }

    /// <summary>Number of sets.</summary>
    public int Count { get; private set; }

    /// <summary>The representative of the set holding <paramref name="x"/>.</summary>
    public int Find(int x)
    {
        while (_parent[x] != x)
        {
            _parent[x] = _parent[_parent[x]];
            x = _parent[x];
        }
        return x;
    }

    /// <summary>Joins the sets of <paramref name="a"/> and <paramref name="b"/>; false when they were one already.</summary>
    public bool Union(int a, int b)
    {
        a = Find(a);
        b = Find(b);
        if (a == b) return false;
        if (_size[a] < _size[b]) (a, b) = (b, a);
        _parent[b] = a;
        _size[a] += _size[b];
        Count--;
        return true;
    }

    /// <summary>An independent copy.</summary>
    public DisjointSets Clone() => new((int[])_parent.Clone(), (int[])_size.Clone(), Count);

    /// <summary>Dense labels 0..count-1 per element, numbered in order of each set's first element.</summary>
    public int[] Labels(out int count)
    {
        var labels = new int[_parent.Length];
        var byRoot = new int[_parent.Length];
        Array.Fill(byRoot, -1);
        count = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            var root = Find(i);
            if (byRoot[root] < 0) byRoot[root] = count++;
            labels[i] = byRoot[root];
        }
        return labels;
    }
}
