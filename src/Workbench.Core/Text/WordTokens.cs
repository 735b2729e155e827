namespace Workbench.Text;

/// <summary>
/// The words and numbers of a normalized text, with a folded (lower-case, accent-free) copy of the text for
/// dictionary look-ups: the one tokenization the price, age, name, location and indicator finders share.
/// </summary>
/// <remarks>
/// A token is a maximal run of letters or a maximal run of ASCII digits, so <c>150hr</c> is two tokens and
/// <c>she's</c> is <c>she</c> + <c>s</c>; everything between tokens is a gap. Offsets are into
/// <see cref="NormalizedText.Text"/>; map them to the raw text with <see cref="NormalizedText.ToRawSpan"/>.
/// </remarks>
internal sealed class WordTokens
{
    private Token[] _tokens;

    private WordTokens(NormalizedText text, char[] folded, Token[] tokens, int count)
    {
        Text = text;
        FoldedText = folded;
        _tokens = tokens;
        Count = count;
    }

    public NormalizedText Text { get; }

    /// <summary>The normalized text, folded one character for one.</summary>
    public char[] FoldedText { get; }

    public int Count { get; }

    public static WordTokens Read(NormalizedText text)
    {
        var s = text.Text;
        var folded = new char[s.Length];
        TextFolding.Fold(s, folded);
        var tokens = new Token[Math.Max(4, s.Length / 4)];
        var count = 0;
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            var isDigit = char.IsAsciiDigit(c);
            if (!isDigit && !char.IsLetter(c))
            {
                i++;
                continue;
            }
            var start = i;
            i++;
            if (isDigit)
            {
                while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
            }
            else
            {
                while (i < s.Length && char.IsLetter(s[i])) i++;
            }
            if (count == tokens.Length) Array.Resize(ref tokens, tokens.Length * 2);
            tokens[count++] = new Token(start, i, isDigit);
        }
        return new WordTokens(text, folded, tokens, count);
    }

    public Token this[int index] => _tokens[index];

    public int Start(int index) => _tokens[index].Start;

    public int End(int index) => _tokens[index].End;

    public bool IsNumber(int index) => _tokens[index].IsNumber;

    public bool IsWord(int index) => !_tokens[index].IsNumber;

    /// <summary>The folded characters of a token.</summary>
    public ReadOnlySpan<char> Folded(int index)
    {
        var t = _tokens[index];
        return FoldedText.AsSpan(t.Start, t.End - t.Start);
    }

    /// <summary>The normalized (not folded) characters of a token.</summary>
    public ReadOnlySpan<char> Original(int index)
    {
        var t = _tokens[index];
        return Text.Text.AsSpan(t.Start, t.End - t.Start);
    }

    /// <summary>Whether the folded token equals <paramref name="word"/>.</summary>
    public bool Is(int index, string word) => index >= 0 && index < Count && Folded(index).SequenceEqual(word);

    /// <summary>The characters between token <paramref name="index"/> - 1 (or the start) and token <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> GapBefore(int index)
    {
        var from = index == 0 ? 0 : _tokens[index - 1].End;
        return Text.Text.AsSpan(from, _tokens[index].Start - from);
    }

    /// <summary>The characters between token <paramref name="index"/> and the next token (or the end).</summary>
    public ReadOnlySpan<char> GapAfter(int index)
    {
        var to = index + 1 < Count ? _tokens[index + 1].Start : Text.Text.Length;
        return Text.Text.AsSpan(_tokens[index].End, to - _tokens[index].End);
    }

    /// <summary>Whether the token starts with an upper-case letter.</summary>
    public bool IsCapitalized(int index) => char.IsUpper(Text.Text[_tokens[index].Start]);

    /// <summary>Whether every letter of the token is upper case.</summary>
    public bool IsAllCaps(int index)
    {
        foreach (var c in Original(index))
        {
            if (!char.IsUpper(c)) return false;
        }
        return true;
    }

    /// <summary>The value of a number token of at most nine digits; -1 otherwise.</summary>
    public int Number(int index)
    {
        var t = _tokens[index];
        if (!t.IsNumber || t.End - t.Start > 9) return -1;
        var v = 0;
        for (var k = t.Start; k < t.End; k++) v = (v * 10) + (Text.Text[k] - '0');
        return v;
    }

    /// <summary>Maps tokens <c>[from, to]</c> (inclusive) to a raw span.</summary>
    public (int Start, int End) RawSpan(int from, int to) => Text.ToRawSpan(_tokens[from].Start, _tokens[to].End);

    /// <summary>Whether the gap before token <paramref name="index"/> joins it to the previous token within a phrase:
    /// at most three characters of spaces, hyphens, apostrophes, slashes, dots or percent signs, and no line break.</summary>
    public bool JoinsPrevious(int index)
    {
        if (index == 0) return false;
        var gap = GapBefore(index);
        if (gap.Length > 3) return false;
        foreach (var c in gap)
        {
            if (c is not (' ' or '-' or '\'' or '/' or '.' or '%' or '\u00A0')) return false;
        }
        return true;
    }

    internal readonly record struct Token(int Start, int End, bool IsNumber);
}
