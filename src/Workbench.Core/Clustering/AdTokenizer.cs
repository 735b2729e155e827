using Workbench.Text;

namespace Workbench.Clustering;

/// <summary>
/// Splits an ad's text into the words the micro-cluster detector aligns: lower-cased runs of letters and digits,
/// apostrophes dropped inside a word (<c>I'm</c> → <c>im</c>), every other character a separator; a pseudonymous
/// contact token (<c>ph_</c>/<c>em_</c>/<c>hd_</c>/<c>ur_</c> + 16 hex digits) becomes its kind's class symbol and
/// is kept aside, in order, so that alignments can show it.
/// </summary>
/// <remarks>
/// InfoShield cleans text the same way (lower case, punctuation removed); it also drops digits, which we keep as
/// words for the alignment (a price or an age is a slot filler) and leave out of the coarse stage's signal.
/// Text with HTML markup or entities goes through <see cref="TextNormalizer"/> first.
/// </remarks>
internal static class AdTokenizer
{
    /// <summary>Appends the words of <paramref name="text"/> to <paramref name="ids"/> and its tokens to <paramref name="tokens"/>.</summary>
    /// <returns>False when <paramref name="maxWords"/> was reached (the rest of the text is ignored).</returns>
    public static bool Append(
        string? text, Vocabulary vocabulary, List<int> ids, List<string> tokens, int maxWords, Dictionary<string, string> tokenPool)
    {
        if (string.IsNullOrEmpty(text)) return true;
        if (text.Contains('<', StringComparison.Ordinal) || text.Contains('&', StringComparison.Ordinal))
        {
            text = TextNormalizer.Normalize(text).Text;
        }
        Span<char> buffer = stackalloc char[64];
        var length = 0;
        var span = text.AsSpan();
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (c is 'p' or 'e' or 'h' or 'u' && TokenKind(span, i) is var kind and >= 0)
            {
                if (!Flush(buffer, ref length, vocabulary, ids, maxWords) || ids.Count >= maxWords) return false;
                ids.Add(kind);
                var token = span.Slice(i, 19);
                var pool = tokenPool.GetAlternateLookup<ReadOnlySpan<char>>();
                if (!pool.TryGetValue(token, out var pooled))
                {
                    pooled = token.ToString();
                    tokenPool[pooled] = pooled;
                }
                tokens.Add(pooled);
                i += 18;
            }
            else if (char.IsLetterOrDigit(c))
            {
                if (length == buffer.Length)
                {
                    var bigger = new char[buffer.Length * 2];
                    buffer[..length].CopyTo(bigger);
                    buffer = bigger;
                }
                buffer[length++] = char.ToLowerInvariant(c);
            }
            else if ((c == '\'' || c == '\u2019') && length > 0 && i + 1 < span.Length && char.IsLetter(span[i + 1]))
            {
                // I'm → im: an apostrophe inside a word joins it.
            }
            else if (!Flush(buffer, ref length, vocabulary, ids, maxWords))
            {
                return false;
            }
        }
        return Flush(buffer, ref length, vocabulary, ids, maxWords);
    }

    private static bool Flush(Span<char> buffer, ref int length, Vocabulary vocabulary, List<int> ids, int maxWords)
    {
        if (length == 0) return true;
        if (ids.Count >= maxWords) return false;
        ids.Add(vocabulary.Intern(buffer[..length]));
        length = 0;
        return true;
    }

    /// <summary>The class id of a token starting at <paramref name="i"/>, or -1.</summary>
    private static int TokenKind(ReadOnlySpan<char> s, int i)
    {
        if (i + 19 > s.Length || s[i + 2] != '_') return -1;
        var kind = (s[i], s[i + 1]) switch
        {
            ('p', 'h') => 0,
            ('e', 'm') => 1,
            ('h', 'd') => 2,
            ('u', 'r') => 3,
            _ => -1,
        };
        if (kind < 0) return -1;
        for (var k = i + 3; k < i + 19; k++)
        {
            if (!char.IsAsciiHexDigitLower(s[k])) return -1;
        }
        if (i + 19 < s.Length && char.IsLetterOrDigit(s[i + 19])) return -1;
        return kind;
    }
}
