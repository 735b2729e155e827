using System.Text;

namespace Workbench.Text;

/// <summary>
/// Finds web addresses: <c>http(s)://</c> URLs, defanged ones (<c>hxxp://</c>, <c>name[.]com</c>), <c>www.</c> hosts
/// and bare domains with a common top-level domain (<c>name.com</c>, <c>name.ca/path</c>).
/// </summary>
/// <remarks>
/// A hand-written linear scanner rather than one of the well-known URL regular expressions, whose nested
/// quantifiers backtrack badly on long runs of dots and letters. The value is lower-cased, refanged
/// (<c>hxxp</c> → <c>http</c>, <c>[.]</c> → <c>.</c>, so that a spam URL and its defanged copy share a token) and
/// stripped of trailing punctuation and of an unbalanced closing bracket. A bare domain needs a top-level
/// domain from a list of the common ones, so that "e.g." or "St.John" are not URLs; a host right after
/// <c>@</c> is an e-mail's domain and is left to <see cref="EmailExtractor"/>.
/// </remarks>
public static class UrlExtractor
{
    /// <summary>Finds the URLs in <paramref name="text"/>.</summary>
    /// <param name="text">Raw text.</param>
    /// <returns>Non-overlapping URLs sorted by start, with raw spans and lower-cased values.</returns>
    public static IReadOnlyList<TextEntity> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Extract(TextNormalizer.Normalize(text, TextNormalizerOptions.ForExtraction));
    }

    internal static IReadOnlyList<TextEntity> Extract(NormalizedText normalized)
    {
        var t = normalized.Text;
        var result = new List<TextEntity>();
        var i = 0;
        while (i < t.Length)
        {
            if (!char.IsAsciiLetterOrDigit(t[i]) || (i > 0 && (char.IsLetterOrDigit(t[i - 1]) || t[i - 1] is '@' or '.' or '-' or '_')))
            {
                i++;
                continue;
            }
            if (TryMatch(t, i, out var end, out var value, out var confidence))
            {
                var (rawStart, rawEnd) = normalized.ToRawSpan(i, end);
                result.Add(new TextEntity(EntityKind.Url, rawStart, rawEnd, value, confidence));
                i = end;
                continue;
            }
            i++;
        }
        return result;
    }

    /// <summary>Matches a URL starting at <paramref name="start"/> (a word start).</summary>
    internal static bool TryMatch(string t, int start, out int end, out string value, out double confidence)
    {
        end = start;
        value = string.Empty;
        confidence = 0;
        var p = start;
        var scheme = MatchScheme(t, start);
        var hasScheme = scheme > 0;
        p += scheme;
        var www = t.AsSpan(p).StartsWith("www.", StringComparison.OrdinalIgnoreCase)
                  || t.AsSpan(p).StartsWith("www[.]", StringComparison.OrdinalIgnoreCase);

        // Host: labels separated by dots (or defanged dots).
        var labels = 0;
        var lastLabelStart = p;
        var lastLabelEnd = p;
        var defanged = scheme > 0 && char.ToLowerInvariant(t[start + 1]) == 'x';
        while (p < t.Length)
        {
            var labelStart = p;
            while (p < t.Length && (char.IsAsciiLetterOrDigit(t[p]) || t[p] == '-')) p++;
            if (p == labelStart) break;
            labels++;
            lastLabelStart = labelStart;
            lastLabelEnd = p;
            var dot = DotLength(t, p);
            if (dot > 0 && p + dot < t.Length && char.IsAsciiLetterOrDigit(t[p + dot]))
            {
                defanged |= dot > 1;
                p += dot;
                continue;
            }
            break;
        }
        if (labels < 2) return false;
        var hostEnd = lastLabelEnd;
        var tld = t[lastLabelStart..lastLabelEnd];
        if (tld.Length < 2 || !tld.All(char.IsAsciiLetter)) return false;
        var tldLower = tld.ToLowerInvariant();
        if (!hasScheme && !www)
        {
            if (!ContactLexicon.CommonTlds.Contains(tldLower)) return false;
            if (char.IsUpper(tld[0]) && tld.Skip(1).Any(char.IsLower)) return false; // "pics.Me": a sentence, not a host
            if (hostEnd < t.Length && t[hostEnd] == '@') return false;
        }

        // Port, path, query, fragment: up to a space or a character that cannot be in a URL.
        p = hostEnd;
        if (p < t.Length && (t[p] is '/' or ':' or '?' or '#'))
        {
            while (p < t.Length && IsPathChar(t[p])) p++;
        }
        while (p > hostEnd && t[p - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '"' or '*') p--;
        while (p > hostEnd && t[p - 1] is ')' or ']' or '}' && !t.AsSpan(hostEnd, p - hostEnd - 1).Contains(Opening(t[p - 1]))) p--;
        while (p > hostEnd && t[p - 1] is '.' or ',' or ';' or ':' or '!' or '?') p--;
        end = p;

        var text = t[start..end];
        var sb = new StringBuilder(text.ToLowerInvariant());
        if (defanged)
        {
            sb.Replace("hxxps://", "https://").Replace("hxxp://", "http://").Replace("[.]", ".").Replace("(.)", ".").Replace("[dot]", ".");
        }
        value = sb.ToString();
        confidence = hasScheme ? 0.95 : www ? 0.9 : 0.75;
        return true;
    }

    private static char Opening(char close) => close switch { ')' => '(', ']' => '[', _ => '{' };

    private static int MatchScheme(string t, int i)
    {
        foreach (var s in (ReadOnlySpan<string>)["https://", "http://", "hxxps://", "hxxp://"])
        {
            if (t.AsSpan(i).StartsWith(s, StringComparison.OrdinalIgnoreCase)) return s.Length;
        }
        return 0;
    }

    private static int DotLength(string t, int p)
    {
        if (p >= t.Length) return 0;
        if (t[p] == '.') return 1;
        var rest = t.AsSpan(p);
        if (rest.StartsWith("[.]", StringComparison.Ordinal) || rest.StartsWith("(.)", StringComparison.Ordinal)) return 3;
        if (rest.StartsWith("[dot]", StringComparison.OrdinalIgnoreCase)) return 5;
        return 0;
    }

    private static bool IsPathChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '/' or '-' or '.' or '_' or '~' or '%' or '?' or '#' or '=' or '&' or '+'
            or ':' or '@' or '!' or '$' or '(' or ')' or '*' or ',' or ';' or '[' or ']';
}
