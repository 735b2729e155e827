namespace Workbench.Images;

/// <summary>Union–find with path halving and union by size; <see cref="Count"/> is the number of sets.</summary>
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

    public int Count { get; private set; }

    public int Find(int x)
    {
        while (_parent[x] != x)
        {
            _parent[x] = _parent[_parent[x]];
            x = _parent[x];
        }
        return x;
    }

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

    public DisjointSets Clone() => new((int[])_parent.Clone(), (int[])_size.Clone(), Count);
}
