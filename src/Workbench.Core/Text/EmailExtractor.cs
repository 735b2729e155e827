namespace Workbench.Text;

/// <summary>
/// Finds e-mail addresses, plain (<c>name@gmail.com</c>) and spelled (<c>name at gmail dot com</c>,
/// <c>name[at]hotmail[dot]com</c>, <c>name (at) yahoo (dot) ca</c>, French <c>arobase</c>/<c>point</c>).
/// </summary>
/// <remarks>
/// The text is normalized (<see cref="TextNormalizer"/>) and the <c>at</c>/<c>dot</c> markers are collapsed to
/// <c>@</c> and <c>.</c> on a private copy that keeps the offset map, so one address scanner serves every form
/// (de-obfuscate, then match). Evidence is asked in
/// proportion to the disguise: a plain <c>@</c> needs a well-formed domain; a bracketed <c>[at]</c> needs a
/// common top-level domain; the bare word <c>at</c> needs a known mail provider, or a common top-level domain
/// and a local part that is not an ordinary word, so that "meet me at the hotel dot com" is not an address.
/// Values are lower-cased <c>local@domain</c>.
/// </remarks>
public static class EmailExtractor
{
    private enum Marker : byte
    {
        None,
        Plain,
        Bracketed,
        Word,
    }

    /// <summary>Finds the e-mail addresses in <paramref name="text"/>.</summary>
    /// <param name="text">Raw text.</param>
    /// <returns>Non-overlapping e-mails sorted by start, with raw spans and lower-cased values.</returns>
    public static IReadOnlyList<TextEntity> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Extract(TextNormalizer.Normalize(text, TextNormalizerOptions.ForExtraction));
    }

    internal static IReadOnlyList<TextEntity> Extract(NormalizedText normalized)
    {
        var t = normalized.Text;
        var result = new List<TextEntity>();
        if (t.IndexOf('@', StringComparison.Ordinal) < 0
            && t.IndexOf("at", StringComparison.OrdinalIgnoreCase) < 0
            && t.IndexOf("arobase", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return result;
        }

        var collapsed = new OffsetBuffer(t.Length);
        var markers = new List<Marker>(t.Length);
        Collapse(t, collapsed, markers);
        var c = collapsed.Chars;
        var n = collapsed.Count;
        var lastEnd = 0;
        for (var at = 0; at < n; at++)
        {
            if (c[at] != '@' || at < lastEnd) continue;
            var localStart = at;
            while (localStart > 0 && at - localStart < 64 && IsLocalChar(c[localStart - 1])) localStart--;
            while (localStart < at && !char.IsAsciiLetterOrDigit(c[localStart])) localStart++;
            if (localStart == at) continue;

            // Domain: labels separated by dots.
            var domainStart = at + 1;
            var p = domainStart;
            var lastDot = -1;
            var worstDot = Marker.None;
            while (p < n)
            {
                var labelStart = p;
                while (p < n && (char.IsAsciiLetterOrDigit(c[p]) || c[p] == '-')) p++;
                if (p == labelStart) { p = labelStart; break; }
                if (p < n - 1 && c[p] == '.' && char.IsAsciiLetterOrDigit(c[p + 1]))
                {
                    lastDot = p;
                    if (markers[p] > worstDot) worstDot = markers[p];
                    p++;
                    continue;
                }
                break;
            }
            var domainEnd = p;
            while (domainEnd > domainStart && c[domainEnd - 1] is '-' or '.') domainEnd--;
            if (lastDot < 0 || lastDot >= domainEnd) continue;
            var tld = new string(c, lastDot + 1, domainEnd - lastDot - 1).ToLowerInvariant();
            if (tld.Length < 2 || tld.Length > 24 || !tld.All(char.IsAsciiLetter)) continue;

            var local = new string(c, localStart, at - localStart).ToLowerInvariant().TrimEnd('.');
            if (local.Length == 0) continue;
            var domain = new string(c, domainStart, domainEnd - domainStart).ToLowerInvariant();
            var firstLabel = domain[..domain.IndexOf('.', StringComparison.Ordinal)];
            var secondLevel = domain.Split('.')[^2];
            var knownProvider = ContactLexicon.MailProviders.Contains(firstLabel) || ContactLexicon.MailProviders.Contains(secondLevel);
            var commonTld = ContactLexicon.CommonTlds.Contains(tld);
            var atMarker = markers[at];
            var strongest = (Marker)Math.Max((int)atMarker, (int)worstDot);

            double confidence;
            switch (strongest)
            {
                case Marker.None or Marker.Plain:
                    confidence = commonTld ? 0.95 : 0.85;
                    break;
                case Marker.Bracketed:
                    if (!knownProvider && !commonTld) continue;
                    confidence = 0.9;
                    break;
                default:
                    var plausibleLocal = !ContactLexicon.StopWords.Contains(local) && local.Length >= 2;
                    if (!plausibleLocal || !(knownProvider || commonTld) || ContactLexicon.StopWords.Contains(firstLabel))
                        continue;
                    confidence = knownProvider ? 0.85 : 0.7;
                    break;
            }

            var nStart = collapsed.Starts[localStart];
            var nEnd = collapsed.Ends[domainEnd - 1];
            var (rawStart, rawEnd) = normalized.ToRawSpan(nStart, nEnd);
            result.Add(new TextEntity(EntityKind.Email, rawStart, rawEnd, local + "@" + domain, confidence));
            lastEnd = domainEnd;
        }
        return result;
    }

    private static bool IsLocalChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    /// <summary>Copies <paramref name="t"/>, replacing at/dot markers (and the spaces around them) by '@' and '.'.</summary>
    private static void Collapse(string t, OffsetBuffer output, List<Marker> markers)
    {
        var i = 0;
        while (i < t.Length)
        {
            if (TryMarker(t, i, out var symbol, out var length, out var kind))
            {
                // Spaces before the marker belong to it.
                var popped = 0;
                while (output.Count > 0 && output.Chars[output.Count - 1] == ' ' && popped < 2)
                {
                    output.Truncate(output.Count - 1);
                    markers.RemoveAt(markers.Count - 1);
                    popped++;
                }
                output.Add(symbol, i, i + length);
                markers.Add(kind);
                i += length;
                var skipped = 0;
                while (i < t.Length && t[i] == ' ' && skipped < 2) { i++; skipped++; }
                continue;
            }
            output.Add(t[i], i, i + 1);
            markers.Add(Marker.None);
            i++;
        }
    }

    private static bool TryMarker(string t, int i, out char symbol, out int length, out Marker kind)
    {
        symbol = '\0';
        length = 0;
        kind = Marker.None;
        var c = t[i];
        if (c is '[' or '(' or '{' or '<')
        {
            var close = c switch { '[' => ']', '(' => ')', '{' => '}', _ => '>' };
            var j = i + 1;
            while (j < t.Length && t[j] == ' ') j++;
            var wordStart = j;
            while (j < t.Length && (char.IsLetter(t[j]) || t[j] is '@' or '.')) j++;
            var word = t.AsSpan(wordStart, j - wordStart);
            while (j < t.Length && t[j] == ' ') j++;
            if (j >= t.Length || t[j] != close || j - i > 12) return false;
            if (!TryWord(word, out symbol)) return false;
            length = j + 1 - i;
            kind = Marker.Bracketed;
            return true;
        }
        if ((c == '@' || c == '.') && ((i > 0 && t[i - 1] == ' ') || (i + 1 < t.Length && t[i + 1] == ' ')))
        {
            // "name @ gmail . com": a spaced symbol is as weak as a word.
            if (c == '.' && !(i > 0 && t[i - 1] == ' ' && i + 1 < t.Length && t[i + 1] == ' ')) return false;
            symbol = c;
            length = 1;
            kind = Marker.Word;
            return true;
        }
        if (char.IsLetter(c) && (i == 0 || t[i - 1] == ' '))
        {
            var j = i;
            while (j < t.Length && char.IsLetter(t[j])) j++;
            if (j < t.Length && t[j] != ' ') return false;
            if (i == 0 || j >= t.Length) return false;
            if (!TryWord(t.AsSpan(i, j - i), out symbol)) return false;
            length = j - i;
            kind = Marker.Word;
            return true;
        }
        return false;
    }

    private static bool TryWord(ReadOnlySpan<char> word, out char symbol)
    {
        symbol = '\0';
        if (word.Equals("at", StringComparison.OrdinalIgnoreCase) || word.Equals("@", StringComparison.Ordinal)
            || word.Equals("arobase", StringComparison.OrdinalIgnoreCase))
        {
            symbol = '@';
            return true;
        }
        if (word.Equals("dot", StringComparison.OrdinalIgnoreCase) || word.Equals(".", StringComparison.Ordinal)
            || word.Equals("point", StringComparison.OrdinalIgnoreCase))
        {
            symbol = '.';
            return true;
        }
        return false;
    }
}
