namespace Workbench.Text;

/// <summary>
/// Folds letters that stand in for digits (<c>O</c>/<c>o</c> for 0; <c>l</c>/<c>I</c>/<c>|</c> for 1, and <c>L</c>, which is what <c>l</c> becomes when a disguised number is upper-cased) where they sit
/// in a digit run, and nowhere else.
/// </summary>
/// <remarks>
/// A maximal run of look-alikes is folded when (1) at least one side of it touches an ASCII digit, (2) neither side
/// touches a letter (so <c>Hello2you</c>, <c>zero1</c> and <c>4one6</c> keep their letters), and (3) the
/// alphanumeric token around it holds at least two real digits (so <c>5o</c> or <c>I2</c> stay text). A bar
/// between two groups of three or more digits (<c>416|555|0123</c>) is a separator, not a one. The same rule
/// serves the normalizer and the phone extractor.
/// </remarks>
internal static class Homoglyphs
{
    public static bool IsLookAlike(char c) => c is 'O' or 'o' or 'l' or 'I' or 'L' or '|';

    public static char DigitOf(char c) => c is 'O' or 'o' ? '0' : '1';

    /// <summary>Folds look-alike runs inside digit runs, in place (one character for one, so offsets hold).</summary>
    public static void FoldDigitRuns(Span<char> text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!IsLookAlike(text[i])) { i++; continue; }
            var runStart = i;
            while (i < text.Length && IsLookAlike(text[i])) i++;
            var runEnd = i;
            if (ShouldFold(text, runStart, runEnd))
            {
                for (var k = runStart; k < runEnd; k++) text[k] = DigitOf(text[k]);
            }
        }
    }

    private static bool ShouldFold(ReadOnlySpan<char> text, int runStart, int runEnd)
    {
        var left = runStart > 0 ? text[runStart - 1] : ' ';
        var right = runEnd < text.Length ? text[runEnd] : ' ';
        var leftDigit = char.IsAsciiDigit(left);
        var rightDigit = char.IsAsciiDigit(right);
        if (!leftDigit && !rightDigit) return false;
        if (char.IsLetter(left) || char.IsLetter(right)) return false;

        // The token around the run (letters, digits, look-alikes) must hold two real digits; scanning stops as
        // soon as it has found them, which keeps a long token from being scanned once per run.
        var digits = 0;
        for (var k = runStart - 1; k >= 0 && digits < 2 && IsTokenChar(text[k]); k--)
        {
            if (char.IsAsciiDigit(text[k])) digits++;
        }
        for (var k = runEnd; k < text.Length && digits < 2 && IsTokenChar(text[k]); k++)
        {
            if (char.IsAsciiDigit(text[k])) digits++;
        }
        if (digits < 2) return false;

        if (text[runStart..runEnd].Contains('|') && leftDigit && rightDigit)
        {
            var leftGroup = 0;
            for (var k = runStart - 1; k >= 0 && char.IsAsciiDigit(text[k]); k--) leftGroup++;
            var rightGroup = 0;
            for (var k = runEnd; k < text.Length && char.IsAsciiDigit(text[k]); k++) rightGroup++;
            if (leftGroup >= 3 && rightGroup >= 3) return false;
        }
        return true;
    }

    private static bool IsTokenChar(char c) => char.IsLetterOrDigit(c) || c == '|';
}
