using System.Text;

namespace Workbench.Data;

/// <summary>Makes short, masked excerpts of raw rows for quarantine records and error messages.</summary>
/// <remarks>
/// A quarantined row has not been pseudonymized, so its excerpt may hold a phone number or an e-mail. Masking here is
/// deliberately blunt: every digit becomes <c>#</c> and every <c>@</c> with the word before it is blanked, and the
/// excerpt is cut short. It is enough to find the row in the source file, and nothing more.
/// </remarks>
public static partial class RawExcerpt
{
    /// <summary>Default excerpt length in characters.</summary>
    public const int DefaultLength = 80;

    /// <summary>Returns the first <paramref name="length"/> characters of <paramref name="raw"/> with contacts masked.</summary>
    public static string Mask(string raw, int length = DefaultLength)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var cut = raw.Length > length ? raw[..length] : raw;
        var sb = new StringBuilder(cut.Length + 1);
        foreach (var c in cut)
        {
            if (char.IsDigit(c)) sb.Append('#');
            else if (c is '\r' or '\n' or '\t') sb.Append(' ');
            else if (char.IsControl(c) || c == InvalidUtf8.Marker) sb.Append('?');
            else sb.Append(c);
        }
        // Blank the local part of anything shaped like an e-mail.
        for (var i = 0; i < sb.Length; i++)
        {
            if (sb[i] != '@') continue;
            var j = i - 1;
            while (j >= 0 && !char.IsWhiteSpace(sb[j]) && sb[j] != '"') sb[j--] = '*';
        }
        if (raw.Length > length) sb.Append('…');
        return sb.ToString();
    }

    /// <summary>
    /// Returns a short value as written when it cannot hold a contact (no <c>@</c>, nothing shaped like a North American phone
    /// number), else the masked excerpt.
    /// </summary>
    public static string MaskIfContactLike(string value, int length = DefaultLength)
    {
        ArgumentNullException.ThrowIfNull(value);
        return LooksLikeContact(value) ? Mask(value, length) : (value.Length > length ? value[..length] + "…" : value);
    }

    private static bool LooksLikeContact(string value) =>
        value.Contains('@', StringComparison.Ordinal) || PhoneShape().IsMatch(value);

    // A North American number with any common separators: the shape that must never be echoed back.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\d)(\+?1[\s.\-]?)?\(?[2-9]\d{2}\)?[\s.\-/_*]*[2-9]\d{2}[\s.\-/_*]*\d{4}(?!\d)")]
    private static partial System.Text.RegularExpressions.Regex PhoneShape();
}
