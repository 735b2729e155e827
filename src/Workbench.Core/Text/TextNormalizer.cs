using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;

namespace Workbench.Text;

/// <summary>
/// Normalizes ad text for matching while keeping an exact map back to the raw characters.
/// </summary>
/// <remarks>
/// <para>Steps, in order: HTML entities decoded and known tags removed; Unicode NFKC (UAX #15) applied per
/// grapheme-like cluster (a base character and its combining marks), which turns full-width (<c>４</c>), circled
/// (<c>④</c>) and mathematical (<c>𝟒</c>) digits into ASCII; zero-width, bidi, other format and control
/// characters removed; keycap emoji (<c>4️⃣</c>: digit, U+FE0F, U+20E3) reduced to their digit; the dingbat
/// circled digits that NFKC leaves alone (<c>❹</c>, <c>➃</c>, <c>⓿</c>) and every other Unicode decimal digit
/// folded to ASCII; typographic punctuation folded; homoglyph digits folded inside digit runs; repeated
/// punctuation collapsed; optional lower-casing.</para>
/// <para>These are the de-obfuscations that the anti-trafficking text-mining literature found necessary before
/// extraction from escort ads (Chambers et al., "Character-Based Models for Adversarial Phone Extraction:
/// Preventing Human Sex Trafficking", W-NUT 2019, whose adversarial set is built from exactly these unicode and
/// spelled disguises; Dubrawski et al., "Leveraging Publicly Available Data to Discern Patterns of
/// Human-Trafficking Activity", J. Human Trafficking 2015), done here with an offset map so that whatever is
/// found can be replaced in the raw text.</para>
/// <para>Applying NFKC cluster by cluster instead of to the whole string differs only for sequences that
/// compose across what we treat as cluster boundaries (conjoining Hangul jamo), which ads do not rely on.</para>
/// </remarks>
public static class TextNormalizer
{
    // Known HTML element names: only these are treated as tags, so that "<3" or "x<y and z>w" stay text.
    private static readonly HashSet<string> KnownTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "article", "aside", "b", "big", "blockquote", "body", "br", "button", "center", "code", "dd",
        "div", "dl", "dt", "em", "font", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header",
        "hr", "html", "i", "iframe", "img", "input", "label", "li", "link", "mark", "meta", "nav", "ol", "p",
        "pre", "s", "script", "section", "small", "span", "strike", "strong", "style", "sub", "sup", "table",
        "tbody", "td", "tfoot", "th", "thead", "title", "tr", "tt", "u", "ul", "wbr",
    };

    // Tags after which words would otherwise be glued: they become one space.
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "article", "aside", "blockquote", "body", "br", "dd", "div", "dl", "dt", "footer", "form", "h1", "h2",
        "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "li", "nav", "ol", "p", "pre", "section", "table",
        "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul",
    };

    // Normalized form of each non-ASCII code point seen so far (after digit and punctuation folding), bounded
    // by the number of distinct code points in the texts seen.
    private static readonly ConcurrentDictionary<int, string> FoldedWithPunctuation = new();
    private static readonly ConcurrentDictionary<int, string> FoldedPlain = new();

    /// <summary>Normalizes <paramref name="raw"/> with <paramref name="options"/> (defaults when null).</summary>
    /// <param name="raw">Any string, including empty or malformed UTF-16 (lone surrogates are dropped).</param>
    /// <param name="options">Settings; <see cref="TextNormalizerOptions.Default"/> when null.</param>
    /// <returns>The normalized text with its offset map; never throws on any string.</returns>
    public static NormalizedText Normalize(string raw, TextNormalizerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(raw);
        options ??= TextNormalizerOptions.Default;

        string source = raw;
        int[]? sourceStarts = null;
        int[]? sourceEnds = null;
        if (options.DecodeHtml && (raw.Contains('&', StringComparison.Ordinal) || raw.Contains('<', StringComparison.Ordinal)))
        {
            var html = DecodeHtml(raw);
            source = new string(html.Chars, 0, html.Count);
            sourceStarts = html.Starts;
            sourceEnds = html.Ends;
        }

        var buffer = new OffsetBuffer(source.Length + 8);
        FoldCharacters(source, sourceStarts, sourceEnds, options.FoldPunctuation, buffer);
        if (options.FoldHomoglyphDigits) Homoglyphs.FoldDigitRuns(buffer.Chars.AsSpan(0, buffer.Count));
        if (options.CollapseRepeatedPunctuation) CollapsePunctuation(buffer);
        if (options.LowerCase)
        {
            var chars = buffer.Chars;
            for (var i = 0; i < buffer.Count; i++) chars[i] = char.ToLowerInvariant(chars[i]);
        }
        return buffer.ToNormalizedText(raw);
    }

    private static OffsetBuffer DecodeHtml(string raw)
    {
        var output = new OffsetBuffer(raw.Length);
        var lastCommentClose = raw.LastIndexOf("-->", StringComparison.Ordinal);
        var i = 0;
        while (i < raw.Length)
        {
            var c = raw[i];
            if (c == '&' && TryDecodeEntity(raw, i, out var decoded, out var length))
            {
                output.Add(decoded, i, i + length);
                i += length;
                continue;
            }
            if (c == '<' && TryMatchTag(raw, i, lastCommentClose, out var tagLength, out var isBlock))
            {
                if (isBlock) output.Add(' ', i, i + tagLength);
                i += tagLength;
                continue;
            }
            output.Add(c, i, i + 1);
            i++;
        }
        return output;
    }

    private static bool TryDecodeEntity(string raw, int at, out string decoded, out int length)
    {
        decoded = string.Empty;
        length = 0;
        var limit = Math.Min(raw.Length, at + 34);
        var semi = -1;
        for (var j = at + 1; j < limit; j++)
        {
            var c = raw[j];
            if (c == ';') { semi = j; break; }
            if (!char.IsAsciiLetterOrDigit(c) && c != '#') return false;
        }
        if (semi <= at + 1) return false;
        length = semi - at + 1;
        if (raw[at + 1] == '#')
        {
            var hex = semi > at + 2 && (raw[at + 2] == 'x' || raw[at + 2] == 'X');
            var digits = raw.AsSpan(hex ? at + 3 : at + 2, semi - (hex ? at + 3 : at + 2));
            if (digits.IsEmpty || digits.Length > 8) return false;
            if (!int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var cp))
                return false;
            if (cp <= 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
            decoded = char.ConvertFromUtf32(cp);
            return true;
        }
        var entity = raw.Substring(at, length);
        var result = WebUtility.HtmlDecode(entity);
        if (string.Equals(result, entity, StringComparison.Ordinal)) return false;
        decoded = result;
        return true;
    }

    private static bool TryMatchTag(string raw, int at, int lastCommentClose, out int length, out bool isBlock)
    {
        length = 0;
        isBlock = false;
        if (at + 1 >= raw.Length) return false;
        if (raw.AsSpan(at).StartsWith("<!--", StringComparison.Ordinal))
        {
            if (lastCommentClose < at + 4) return false; // no close after here: no scan, so no quadratic cost
            var close = raw.IndexOf("-->", at + 4, StringComparison.Ordinal);
            if (close < 0) return false;
            length = close + 3 - at;
            return true;
        }
        var j = at + 1;
        if (raw[j] == '/') j++;
        var nameStart = j;
        while (j < raw.Length && j - nameStart < 12 && char.IsAsciiLetterOrDigit(raw[j])) j++;
        if (j == nameStart || !char.IsAsciiLetter(raw[nameStart])) return false;
        var name = raw.AsSpan(nameStart, j - nameStart);
        var lookup = KnownTags.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.Contains(name)) return false;
        if (j >= raw.Length) return false;
        var next = raw[j];
        if (next != '>' && next != '/' && !char.IsWhiteSpace(next)) return false;
        var limit = Math.Min(raw.Length, at + 512);
        for (var k = j; k < limit; k++)
        {
            var c = raw[k];
            if (c == '<') return false;
            if (c == '>')
            {
                length = k + 1 - at;
                isBlock = BlockTags.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);
                return true;
            }
        }
        return false;
    }

    private static void FoldCharacters(string source, int[]? starts, int[]? ends, bool foldPunctuation, OffsetBuffer output)
    {
        Span<char> cluster = stackalloc char[64];
        var n = source.Length;
        var i = 0;
        while (i < n)
        {
            var c = source[i];
            var clusterStart = starts?[i] ?? i;
            if (c < 0x80 && (i + 1 >= n || source[i + 1] < 0x300))
            {
                // Plain ASCII not followed by a possible combining mark: the fast path.
                if ((c >= 0x20 && c != 0x7F) || c == '\n' || c == '\t' || c == '\r')
                    output.Add(c, clusterStart, ends?[i] ?? i + 1);
                i++;
                continue;
            }

            var width = CodePointAt(source, i, out var cp);
            if (cp < 0 || IsRemoved(cp))
            {
                i += width;
                continue;
            }

            // Gather the cluster: the base, then marks and removable characters that follow it.
            source.AsSpan(i, width).CopyTo(cluster);
            var length = width;
            var hasMarks = false;
            var j = i + width;
            while (j < n)
            {
                var w = CodePointAt(source, j, out var next);
                if (next < 0) { j += w; continue; }
                if (IsRemoved(next)) { j += w; continue; }
                if (!IsMark(next)) break;
                if (length + w > cluster.Length) break;
                source.AsSpan(j, w).CopyTo(cluster[length..]);
                length += w;
                hasMarks = true;
                j += w;
            }
            var clusterEnd = ends?[j - 1] ?? j;
            i = j;

            if (!hasMarks)
            {
                if (cp < 0x80) output.Add((char)cp, clusterStart, clusterEnd);
                else output.Add(FoldCodePoint(cp, foldPunctuation), clusterStart, clusterEnd);
                continue;
            }

            string normalized;
            try
            {
                normalized = new string(cluster[..length]).Normalize(NormalizationForm.FormKC);
            }
            catch (ArgumentException)
            {
                normalized = char.ConvertFromUtf32(cp);
            }
            foreach (var rune in normalized.EnumerateRunes())
            {
                if (rune.Value < 0x80) output.Add((char)rune.Value, clusterStart, clusterEnd);
                else output.Add(FoldCodePoint(rune.Value, foldPunctuation), clusterStart, clusterEnd);
            }
        }
    }

    /// <summary>Reads the code point at <paramref name="i"/>; a lone surrogate gives -1.</summary>
    private static int CodePointAt(string s, int i, out int codePoint)
    {
        var c = s[i];
        if (char.IsHighSurrogate(c))
        {
            if (i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                codePoint = char.ConvertToUtf32(c, s[i + 1]);
                return 2;
            }
            codePoint = -1;
            return 1;
        }
        codePoint = char.IsLowSurrogate(c) ? -1 : c;
        return 1;
    }

    /// <summary>Characters that carry no visible content and are dropped: controls, format characters (zero-width
    /// space, joiners, word joiner, BOM, bidi marks, soft hyphen, tag characters), variation selectors, the
    /// combining keycap, the grapheme joiner and the Hangul fillers that render blank.</summary>
    internal static bool IsRemoved(int cp)
    {
        if (cp < 0x80) return (cp < 0x20 && cp != '\n' && cp != '\t' && cp != '\r') || cp == 0x7F;
        if (cp is (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0100 and <= 0xE01EF) or 0x20E3 or 0x034F
            or 0x115F or 0x1160 or 0x3164 or 0xFFA0 or 0x180E)
            return true;
        var category = CharUnicodeInfo.GetUnicodeCategory(cp);
        return category is UnicodeCategory.Control or UnicodeCategory.Format;
    }

    private static bool IsMark(int cp)
    {
        if (cp < 0x300) return false;
        var category = CharUnicodeInfo.GetUnicodeCategory(cp);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    private static string FoldCodePoint(int cp, bool foldPunctuation)
    {
        var cache = foldPunctuation ? FoldedWithPunctuation : FoldedPlain;
        if (cache.TryGetValue(cp, out var cached)) return cached;
        var folded = ComputeFold(cp, foldPunctuation);
        cache.TryAdd(cp, folded);
        return folded;
    }

    private static string ComputeFold(int cp, bool foldPunctuation)
    {
        var special = SpecialDigits(cp);
        if (special is not null) return special;
        var s = char.ConvertFromUtf32(cp);
        try
        {
            if (!s.IsNormalized(NormalizationForm.FormKC)) s = s.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return s;
        }
        var sb = new StringBuilder(s.Length);
        foreach (var rune in s.EnumerateRunes())
        {
            var value = rune.Value;
            if (value >= 0x80 && Rune.GetUnicodeCategory(rune) == UnicodeCategory.DecimalDigitNumber)
            {
                var digit = (int)Rune.GetNumericValue(rune);
                if (digit >= 0) { sb.Append((char)('0' + digit)); continue; }
            }
            if (foldPunctuation)
            {
                var ascii = FoldPunctuationChar(value);
                if (ascii != '\0') { sb.Append(ascii); continue; }
            }
            if (IsRemoved(value)) continue;
            sb.Append(rune.ToString());
        }
        return sb.ToString();
    }

    /// <summary>Enclosed digits that NFKC does not decompose (dingbat and negative circled ones, keycap ten).</summary>
    private static string? SpecialDigits(int cp) => cp switch
    {
        >= 0x2776 and <= 0x277E => ((char)('1' + cp - 0x2776)).ToString(), // ❶..❾
        0x277F => "10",
        >= 0x2780 and <= 0x2788 => ((char)('1' + cp - 0x2780)).ToString(), // ➀..➈
        0x2789 => "10",
        >= 0x278A and <= 0x2792 => ((char)('1' + cp - 0x278A)).ToString(), // ➊..➒
        0x2793 => "10",
        >= 0x24EB and <= 0x24F4 => (11 + cp - 0x24EB).ToString(CultureInfo.InvariantCulture), // ⓫..⓴
        >= 0x24F5 and <= 0x24FD => ((char)('1' + cp - 0x24F5)).ToString(), // ⓵..⓽
        0x24FE => "10",
        0x24FF or 0x1F10B or 0x1F10C => "0", // ⓿, 🄋, 🄌
        0x1F51F => "10", // 🔟
        _ => null,
    };

    private static char FoldPunctuationChar(int cp) => cp switch
    {
        0x2018 or 0x2019 or 0x201A or 0x201B or 0x2032 or 0x2035 or 0x02BC or 0xFF07 => '\'',
        0x201C or 0x201D or 0x201E or 0x201F or 0x2033 or 0x2036 or 0x3003 or 0xFF02 => '"',
        0x2010 or 0x2011 or 0x2012 or 0x2013 or 0x2014 or 0x2015 or 0x2212 or 0x2043 or 0xFE63 or 0xFF0D => '-',
        0x2024 or 0x2027 or 0x00B7 or 0x2022 or 0x2219 or 0x30FB => '.',
        0x2044 or 0x2215 => '/',
        0x2217 or 0x204E or 0x2731 => '*',
        _ => '\0',
    };

    private static void CollapsePunctuation(OffsetBuffer buffer)
    {
        var chars = buffer.Chars;
        var starts = buffer.Starts;
        var ends = buffer.Ends;
        var write = 0;
        for (var read = 0; read < buffer.Count; read++)
        {
            var c = chars[read];
            if (write > 0 && chars[write - 1] == c && char.IsPunctuation(c))
            {
                ends[write - 1] = ends[read];
                continue;
            }
            chars[write] = c;
            starts[write] = starts[read];
            ends[write] = ends[read];
            write++;
        }
        buffer.Truncate(write);
    }
}
