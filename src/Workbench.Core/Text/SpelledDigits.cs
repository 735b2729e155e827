namespace Workbench.Text;

/// <summary>
/// Digits spelled as words in English and French (<c>four</c>, <c>quatre</c>, <c>oh</c> and <c>o</c> for zero),
/// and the segmentation of a run of letters into such words (<c>fourONEsix</c> → 4 1 6).
/// </summary>
internal static class SpelledDigits
{
    // Longest words first so that the greedy walk over a run that is known to segment prefers "une" to "un".
    private static readonly (string Word, char Digit)[] Words =
    [
        ("quatre", '4'), ("three", '3'), ("seven", '7'), ("eight", '8'), ("trois", '3'),
        ("zero", '0'), ("zéro", '0'), ("four", '4'), ("five", '5'), ("nine", '9'), ("deux", '2'), ("cinq", '5'),
        ("sept", '7'), ("huit", '8'), ("neuf", '9'),
        ("one", '1'), ("two", '2'), ("six", '6'), ("une", '1'),
        ("oh", '0'), ("un", '1'),
        ("o", '0'),
    ];

    // The words by their first letter ('a'..'z'), longest first: one small list per position instead of all.
    private static readonly (string Word, char Digit)[][] ByFirstLetter = BuildIndex();

    /// <summary>Words that are too common as parts of other words to be cut out of one (<c>someone</c>, <c>fun</c>, <c>video</c>).</summary>
    private static readonly HashSet<string> NotAlonePartial = new(StringComparer.Ordinal) { "o", "oh", "un", "une", "one", "two", "six" };

    /// <summary>One decoded word: its offset and length inside the run and its digit.</summary>
    internal readonly record struct DecodedWord(int Offset, int Length, char Digit);

    /// <summary>
    /// Decodes a run of letters: the whole run when it segments into digit words, else a prefix or a suffix that
    /// does (at least two words, or one long word), glued to other letters as in <c>callfouronesix</c>.
    /// </summary>
    /// <returns>The number of decoded words written to <paramref name="output"/>, in order.</returns>
    public static int Decode(ReadOnlySpan<char> run, Span<DecodedWord> output)
    {
        var length = run.Length;
        if (length == 0 || length > 96) return 0;
        Span<char> lower = stackalloc char[length];
        for (var k = 0; k < length; k++) lower[k] = char.ToLowerInvariant(run[k]);
        if (!StartsWithWord(lower) && !EndsWithWord(lower)) return 0; // most words of an ad stop here

        // canFinish[p]: lower[p..] segments into words; reach[p]: lower[..p] does.
        Span<bool> canFinish = stackalloc bool[length + 1];
        canFinish.Clear();
        canFinish[length] = true;
        for (var p = length - 1; p >= 0; p--)
        {
            foreach (var (word, _) in Candidates(lower[p]))
            {
                if (word.Length <= length - p && canFinish[p + word.Length] && lower.Slice(p, word.Length).SequenceEqual(word))
                {
                    canFinish[p] = true;
                    break;
                }
            }
        }
        if (canFinish[0]) return Walk(lower, 0, length, canFinish, output);

        var count = 0;
        // Prefix: the longest start that segments, followed by letters that do not.
        Span<bool> reach = stackalloc bool[length + 1];
        reach.Clear();
        reach[0] = true;
        var prefixEnd = 0;
        for (var p = 0; p < length; p++)
        {
            if (!reach[p]) continue;
            foreach (var (word, _) in Candidates(lower[p]))
            {
                if (word.Length <= length - p && lower.Slice(p, word.Length).SequenceEqual(word))
                {
                    reach[p + word.Length] = true;
                    prefixEnd = Math.Max(prefixEnd, p + word.Length);
                }
            }
        }
        if (prefixEnd > 0)
        {
            var prefix = lower[..prefixEnd];
            Span<bool> prefixFinish = stackalloc bool[prefixEnd + 1];
            prefixFinish.Clear();
            prefixFinish[prefixEnd] = true;
            for (var p = prefixEnd - 1; p >= 0; p--)
            {
                foreach (var (word, _) in Candidates(prefix[p]))
                {
                    if (word.Length <= prefixEnd - p && prefixFinish[p + word.Length] && prefix.Slice(p, word.Length).SequenceEqual(word))
                    {
                        prefixFinish[p] = true;
                        break;
                    }
                }
            }
            var n = Walk(prefix, 0, prefixEnd, prefixFinish, output);
            if (IsAcceptablePartial(lower, output[..n])) count = n;
        }
        // Suffix: the earliest position after the prefix from which the rest segments.
        for (var p = Math.Max(1, prefixEnd); p < length; p++)
        {
            if (!canFinish[p]) continue;
            var n = Walk(lower, p, length, canFinish, output[count..]);
            if (IsAcceptablePartial(lower, output.Slice(count, n))) count += n;
            break;
        }
        return count;
    }

    private static ReadOnlySpan<(string Word, char Digit)> Candidates(char c) =>
        c is >= 'a' and <= 'z' ? ByFirstLetter[c - 'a'] : default;

    private static bool IsAcceptablePartial(ReadOnlySpan<char> lower, ReadOnlySpan<DecodedWord> words)
    {
        if (words.Length >= 2) return true;
        if (words.Length == 0) return false;
        var w = words[0];
        if (w.Length < 4) return false;
        return !NotAlonePartial.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower.Slice(w.Offset, w.Length));
    }

    private static int Walk(ReadOnlySpan<char> lower, int from, int to, ReadOnlySpan<bool> canFinish, Span<DecodedWord> output)
    {
        var count = 0;
        var p = from;
        while (p < to && count < output.Length)
        {
            var advanced = false;
            foreach (var (word, digit) in Candidates(lower[p]))
            {
                if (word.Length <= to - p && canFinish[p + word.Length] && lower.Slice(p, word.Length).SequenceEqual(word))
                {
                    output[count++] = new DecodedWord(p, word.Length, digit);
                    p += word.Length;
                    advanced = true;
                    break;
                }
            }
            if (!advanced) break;
        }
        return count;
    }

    private static (string Word, char Digit)[][] BuildIndex()
    {
        var index = new (string Word, char Digit)[26][];
        for (var c = 'a'; c <= 'z'; c++)
        {
            var letter = c;
            index[c - 'a'] = Words.Where(w => w.Word[0] == letter).ToArray();
        }
        return index;
    }

    private static bool StartsWithWord(ReadOnlySpan<char> lower)
    {
        foreach (var (word, _) in Candidates(lower[0]))
        {
            if (lower.StartsWith(word, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static bool EndsWithWord(ReadOnlySpan<char> lower)
    {
        foreach (var (word, _) in Words)
        {
            if (word[^1] == lower[^1] && lower.EndsWith(word, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
