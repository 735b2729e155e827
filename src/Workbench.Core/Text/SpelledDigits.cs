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

    /// <summary>Words that are too common as parts of other words to be cut out of one (<c>someone</c>, <c>fun</c>, <c>video</c>).</summary>
    private static readonly HashSet<string> NotAlonePartial = new(StringComparer.Ordinal) { "o", "oh", "un", "une", "one", "two", "six" };

    /// <summary>One decoded word: its offset and length inside the run and its digit.</summary>
    internal readonly record struct DecodedWord(int Offset, int Length, char Digit);

    /// <summary>
    /// Decodes a run of letters: the whole run when it segments into digit words, else a prefix or a suffix that
    /// does (at least two words, or one long word), glued to other letters as in <c>callfouronesix</c>.
    /// </summary>
    /// <returns>The decoded words in order; <paramref name="partial"/> tells which ends are glued to other letters.</returns>
    public static int Decode(ReadOnlySpan<char> run, Span<DecodedWord> output, out PartialKind partial)
    {
        partial = PartialKind.None;
        var length = run.Length;
        if (length == 0 || length > 96 || (!MayStartWord(run[0]) && !MayEndWord(run[^1]))) return 0;

        // canFinish[p]: run[p..] segments into words.
        Span<bool> canFinish = stackalloc bool[length + 1];
        canFinish[length] = true;
        for (var p = length - 1; p >= 0; p--)
        {
            if (!MayStartWord(run[p])) continue;
            foreach (var (word, _) in Words)
            {
                if (word.Length <= length - p && canFinish[p + word.Length] && Matches(run, p, word))
                {
                    canFinish[p] = true;
                    break;
                }
            }
        }
        if (canFinish[0]) return Walk(run, 0, length, canFinish, output);

        var count = 0;
        // Prefix: the longest start that segments, followed by letters that do not.
        var prefixEnd = LongestSegmentablePrefix(run);
        if (prefixEnd > 0)
        {
            Span<bool> prefixFinish = stackalloc bool[prefixEnd + 1];
            FillCanFinish(run[..prefixEnd], prefixFinish);
            var n = Walk(run[..prefixEnd], 0, prefixEnd, prefixFinish, output);
            if (IsAcceptablePartial(run, output[..n])) { count = n; partial |= PartialKind.Prefix; }
        }
        // Suffix: the earliest position from which the rest segments.
        for (var p = Math.Max(1, prefixEnd); p < length; p++)
        {
            if (!canFinish[p]) continue;
            var n = Walk(run, p, length, canFinish, output[count..]);
            if (IsAcceptablePartial(run, output.Slice(count, n))) { count += n; partial |= PartialKind.Suffix; }
            break;
        }
        return count;
    }

    private static bool IsAcceptablePartial(ReadOnlySpan<char> run, ReadOnlySpan<DecodedWord> words)
    {
        if (words.Length >= 2) return true;
        if (words.Length == 0) return false;
        var w = words[0];
        if (w.Length < 4) return false;
        Span<char> lower = stackalloc char[w.Length];
        run.Slice(w.Offset, w.Length).ToLowerInvariant(lower);
        return !NotAlonePartial.Contains(new string(lower));
    }

    private static int LongestSegmentablePrefix(ReadOnlySpan<char> run)
    {
        Span<bool> reach = stackalloc bool[run.Length + 1];
        reach[0] = true;
        var best = 0;
        for (var p = 0; p < run.Length; p++)
        {
            if (!reach[p]) continue;
            foreach (var (word, _) in Words)
            {
                if (word.Length <= run.Length - p && Matches(run, p, word))
                {
                    reach[p + word.Length] = true;
                    if (p + word.Length > best) best = p + word.Length;
                }
            }
        }
        return best < run.Length ? best : 0;
    }

    private static void FillCanFinish(ReadOnlySpan<char> run, Span<bool> canFinish)
    {
        canFinish[run.Length] = true;
        for (var p = run.Length - 1; p >= 0; p--)
        {
            foreach (var (word, _) in Words)
            {
                if (word.Length <= run.Length - p && canFinish[p + word.Length] && Matches(run, p, word))
                {
                    canFinish[p] = true;
                    break;
                }
            }
        }
    }

    private static int Walk(ReadOnlySpan<char> run, int from, int to, ReadOnlySpan<bool> canFinish, Span<DecodedWord> output)
    {
        var count = 0;
        var p = from;
        while (p < to && count < output.Length)
        {
            var advanced = false;
            foreach (var (word, digit) in Words)
            {
                if (word.Length <= to - p && canFinish[p + word.Length] && Matches(run, p, word))
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

    private static bool Matches(ReadOnlySpan<char> run, int at, string word)
    {
        for (var k = 0; k < word.Length; k++)
        {
            if (char.ToLowerInvariant(run[at + k]) != word[k]) return false;
        }
        return true;
    }

    // First letters of the words: z o u t d f q c s e h n.
    private static bool MayStartWord(char c) => char.ToLowerInvariant(c) is 'z' or 'o' or 'u' or 't' or 'd' or 'f' or 'q' or 'c' or 's' or 'e' or 'h' or 'n';

    // Last letters of the words: o e x r t h n q f s.
    private static bool MayEndWord(char c) => char.ToLowerInvariant(c) is 'o' or 'e' or 'x' or 'r' or 't' or 'h' or 'n' or 'q' or 'f' or 's';
}

/// <summary>Which ends of a run of letters were left undecoded.</summary>
[Flags]
internal enum PartialKind
{
    None = 0,
    Prefix = 1,
    Suffix = 2,
}
