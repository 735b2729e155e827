namespace Workbench.Text;

/// <summary>A growable char buffer in which every character carries the raw span it came from.</summary>
internal sealed class OffsetBuffer
{
    private char[] _chars;
    private int[] _starts;
    private int[] _ends;

    public OffsetBuffer(int capacity)
    {
        capacity = Math.Max(capacity, 4);
        _chars = new char[capacity];
        _starts = new int[capacity];
        _ends = new int[capacity];
    }

    public int Count { get; private set; }

    public char[] Chars => _chars;

    public int[] Starts => _starts;

    public int[] Ends => _ends;

    public void Add(char c, int rawStart, int rawEnd)
    {
        if (Count == _chars.Length) Grow();
        _chars[Count] = c;
        _starts[Count] = rawStart;
        _ends[Count] = rawEnd;
        Count++;
    }

    public void Add(string s, int rawStart, int rawEnd)
    {
        foreach (var c in s) Add(c, rawStart, rawEnd);
    }

    public void Truncate(int count) => Count = count;

    public NormalizedText ToNormalizedText(string raw) =>
        new(raw, new string(_chars, 0, Count), _starts.AsSpan(0, Count).ToArray(), _ends.AsSpan(0, Count).ToArray());

    private void Grow()
    {
        var size = _chars.Length * 2;
        Array.Resize(ref _chars, size);
        Array.Resize(ref _starts, size);
        Array.Resize(ref _ends, size);
    }
}
