using System.Globalization;
using System.Text;

namespace Workbench.Text;

/// <summary>
/// Lower-cases and strips accents one character for one, so that a folded copy of a text keeps the text's offsets
/// (<c>Montréal</c> → <c>montreal</c>, <c>ÉTUDIANTE</c> → <c>etudiante</c>).
/// </summary>
/// <remarks>Characters up to U+024F (Latin-1 and Latin Extended) are folded through a table built once from their
/// canonical decomposition (NFD, first code unit); anything else is only lower-cased.</remarks>
internal static class TextFolding
{
    private const int TableSize = 0x250;
    private static readonly char[] Table = BuildTable();

    /// <summary>The folded form of one character.</summary>
    public static char Fold(char c)
    {
        if (c < TableSize) return Table[c];
        return char.ToLowerInvariant(c);
    }

    /// <summary>Folds <paramref name="source"/> into <paramref name="destination"/> (same length).</summary>
    public static void Fold(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (var i = 0; i < source.Length; i++) destination[i] = Fold(source[i]);
    }

    /// <summary>Folds a string (allocates).</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, static (span, s) => Fold(s, span));
    }

    private static char[] BuildTable()
    {
        var table = new char[TableSize];
        for (var i = 0; i < TableSize; i++)
        {
            var c = char.ToLowerInvariant((char)i);
            if (c >= 0x80 && char.IsLetter(c))
            {
                var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
                if (decomposed.Length > 1 && decomposed[0] < 0x80
                    && CharUnicodeInfo.GetUnicodeCategory(decomposed[1]) == UnicodeCategory.NonSpacingMark)
                {
                    c = decomposed[0];
                }
            }
            table[i] = c;
        }
        return table;
    }
}
