namespace Workbench.Text;

/// <summary>
/// A normalized string together with the offset map back to the raw string it came from.
/// </summary>
/// <remarks>
/// Every character of <see cref="Text"/> remembers the raw span <c>[start, end)</c> it was produced from: one raw
/// character for plain text, several for an HTML entity, a keycap emoji, a surrogate pair or a base letter with
/// its combining marks, the whole run for collapsed punctuation. Raw characters that were removed (zero-width
/// characters, tags) belong to no normalized character. Starts and ends are non-decreasing, so a span of the
/// normalized text always maps to an ordered span of the raw text; this is what lets extractors work on clean
/// text and still hand the pseudonymizer exact raw spans (the approach of offset-preserving normalizers such as
/// spaCy's character alignment and ICU's <c>Edits</c>).
/// </remarks>
public sealed class NormalizedText
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    internal NormalizedText(string raw, string text, int[] starts, int[] ends)
    {
        Raw = raw;
        Text = text;
        _starts = starts;
        _ends = ends;
    }

    /// <summary>The raw string that was normalized.</summary>
    public string Raw { get; }

    /// <summary>The normalized string.</summary>
    public string Text { get; }

    /// <summary>Length of <see cref="Text"/>.</summary>
    public int Length => Text.Length;

    /// <summary>
    /// Maps the span <c>[start, end)</c> of <see cref="Text"/> to the smallest raw span that produced it.
    /// </summary>
    /// <param name="start">First normalized offset (inclusive).</param>
    /// <param name="end">Normalized offset just past the span (exclusive); equal to <paramref name="start"/> for an empty span.</param>
    /// <returns>The raw span; an empty normalized span maps to an empty raw span at the corresponding position.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When the span is not inside <see cref="Text"/> or is reversed.</exception>
    public (int Start, int End) ToRawSpan(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, Text.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);
        if (start == end)
        {
            var at = RawPosition(start);
            return (at, at);
        }
        return (_starts[start], _ends[end - 1]);
    }

    /// <summary>The raw offset where normalized offset <paramref name="index"/> begins (the raw length at the end).</summary>
    /// <param name="index">A normalized offset in <c>[0, Length]</c>.</param>
    public int RawPosition(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, Text.Length);
        return index < Text.Length ? _starts[index] : Raw.Length;
    }

    /// <summary>Raw start of normalized character <paramref name="index"/>, without checks (hot paths).</summary>
    internal int RawStartOf(int index) => _starts[index];

    /// <summary>Raw end of normalized character <paramref name="index"/>, without checks (hot paths).</summary>
    internal int RawEndOf(int index) => _ends[index];

    /// <inheritdoc/>
    public override string ToString() => Text;
}
