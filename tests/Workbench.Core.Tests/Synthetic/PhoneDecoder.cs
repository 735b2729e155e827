using System.Text;

namespace Workbench.Tests.Synthetic;

/// <summary>
/// A deliberately simple reference decoder of the shared obfuscation contract, for tests only: it undoes every
/// disguise and returns the digits of the text in order, so that a test can check that a phone's ten digits survive.
/// </summary>
internal static class PhoneDecoder
{
    private static readonly (string Word, char Digit)[] Words =
    [
        ("quatre", '4'), ("three", '3'), ("seven", '7'), ("eight", '8'), ("trois", '3'),
        ("zero", '0'), ("zéro", '0'), ("four", '4'), ("five", '5'), ("nine", '9'), ("cinq", '5'), ("sept", '7'),
        ("huit", '8'), ("neuf", '9'), ("deux", '2'), ("one", '1'), ("two", '2'), ("six", '6'), ("une", '1'), ("oh", '0'), ("un", '1'),
    ];

    public static string Digits(string text)
    {
        var sb = new StringBuilder(text.Length);
        var runes = text.EnumerateRunes();
        foreach (var rune in runes)
        {
            var v = rune.Value;
            if (v is 0x200B or 0x200C or 0x200D or 0x2060 or 0xFEFF or 0xFE0F or 0x20E3) continue;
            if (v is >= 0xFF10 and <= 0xFF19) sb.Append((char)('0' + v - 0xFF10));
            else if (v is >= 0x2460 and <= 0x2468) sb.Append((char)('1' + v - 0x2460));
            else if (v == 0x24EA) sb.Append('0');
            else if (v is >= 0x1D7CE and <= 0x1D7D7) sb.Append((char)('0' + v - 0x1D7CE));
            else sb.Append(rune.ToString());
        }
        var lowered = sb.ToString().ToLowerInvariant();
        foreach (var (word, digit) in Words) lowered = lowered.Replace(word, digit.ToString(), StringComparison.Ordinal);
        var digits = new StringBuilder();
        foreach (var ch in lowered)
        {
            if (char.IsAsciiDigit(ch)) digits.Append(ch);
            else if (ch == 'o') digits.Append('0');
            else if (ch is 'l' or 'i' or '|') digits.Append('1');
        }
        return digits.ToString();
    }
}
