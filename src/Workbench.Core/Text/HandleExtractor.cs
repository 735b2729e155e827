namespace Workbench.Text;

/// <summary>
/// Finds social-media handles: Instagram, Snapchat, X/Twitter, OnlyFans, Telegram and WhatsApp, written after
/// a platform word (<c>IG: name</c>, <c>insta @name</c>, <c>sc name</c>, <c>X: @name</c>, <c>OF: name</c>,
/// <c>telegram @name</c>, <c>whatsapp +1 416 …</c>) or as a profile address (<c>onlyfans.com/name</c>, <c>t.me/name</c>).
/// </summary>
/// <remarks>
/// <para>The value is lower-cased <c>platform:name</c> with platform one of <c>instagram</c>, <c>snapchat</c>,
/// <c>twitter</c>, <c>onlyfans</c>, <c>telegram</c>, <c>whatsapp</c>. A WhatsApp handle is a phone: its value is
/// <c>whatsapp:</c> followed by the E.164 number, and its span is the number's span.</para>
/// <para>Spans: for a platform word, the span covers the name and a leading <c>@</c> but not the platform word,
/// so that the pseudonymized text keeps "IG:" and stays comparable across ads; for a profile address it covers
/// the whole address. Short platform words that are also English (<c>x</c>, <c>of</c>, <c>tg</c>) need a colon or
/// an <c>@</c> before the name; every name must hold a letter and not be an ordinary word ("snap me").</para>
/// </remarks>
public static class HandleExtractor
{
    private static readonly (string Word, string Platform, bool Strict)[] Keywords =
    [
        ("instagram", "instagram", false), ("insta", "instagram", false), ("ig", "instagram", false),
        ("snapchat", "snapchat", false), ("snap", "snapchat", false), ("sc", "snapchat", false),
        ("twitter", "twitter", false), ("x", "twitter", true),
        ("onlyfans", "onlyfans", false), ("only fans", "onlyfans", false), ("of", "onlyfans", true),
        ("telegram", "telegram", false), ("tg", "telegram", true),
        ("whatsapp", "whatsapp", false), ("whats app", "whatsapp", false), ("watsapp", "whatsapp", false),
        ("wa", "whatsapp", true),
    ];

    private static readonly (string Host, string Platform)[] ProfileHosts =
    [
        ("instagram.com/", "instagram"), ("instagr.am/", "instagram"), ("snapchat.com/add/", "snapchat"),
        ("snapchat.com/", "snapchat"), ("twitter.com/", "twitter"), ("x.com/", "twitter"),
        ("onlyfans.com/", "onlyfans"), ("t.me/", "telegram"), ("telegram.me/", "telegram"), ("wa.me/", "whatsapp"),
    ];

    /// <summary>Finds the handles in <paramref name="text"/>.</summary>
    /// <param name="text">Raw text.</param>
    /// <returns>Non-overlapping handles sorted by start, with raw spans and <c>platform:name</c> values.</returns>
    public static IReadOnlyList<TextEntity> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = TextNormalizer.Normalize(text, TextNormalizerOptions.ForExtraction);
        return Extract(normalized, PhoneExtractor.Extract(normalized));
    }

    internal static IReadOnlyList<TextEntity> Extract(NormalizedText normalized, IReadOnlyList<TextEntity> phones)
    {
        var t = normalized.Text;
        var result = new List<TextEntity>();
        var i = 0;
        while (i < t.Length)
        {
            if (!char.IsAsciiLetter(t[i]) || (i > 0 && (char.IsLetterOrDigit(t[i - 1]) || t[i - 1] is '.' or '/' or '@' or '_')))
            {
                i++;
                continue;
            }
            // Every platform word and profile host starts with one of these letters.
            var first = char.ToLowerInvariant(t[i]);
            if (first is 'i' or 's' or 't' or 'x' or 'o' or 'w' or 'h'
                && (TryProfileUrl(normalized, i, out var entity, out var end) || TryKeyword(normalized, i, phones, out entity, out end)))
            {
                result.Add(entity!);
                i = Math.Max(end, i + 1);
                continue;
            }
            i++;
        }
        result.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    private static bool TryProfileUrl(NormalizedText normalized, int start, out TextEntity? entity, out int end)
    {
        entity = null;
        end = start;
        var t = normalized.Text;
        var p = start;
        foreach (var prefix in (ReadOnlySpan<string>)["https://", "http://"])
        {
            if (t.AsSpan(p).StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) { p += prefix.Length; break; }
        }
        if (t.AsSpan(p).StartsWith("www.", StringComparison.OrdinalIgnoreCase)) p += 4;
        foreach (var (host, platform) in ProfileHosts)
        {
            if (!t.AsSpan(p).StartsWith(host, StringComparison.OrdinalIgnoreCase)) continue;
            var nameStart = p + host.Length;
            if (nameStart < t.Length && t[nameStart] == '@') nameStart++;
            var nameEnd = nameStart;
            while (nameEnd < t.Length && nameEnd - nameStart < 40 && IsNameChar(t[nameEnd], platform)) nameEnd++;
            while (nameEnd > nameStart && t[nameEnd - 1] is '.' or '-') nameEnd--;
            if (nameEnd == nameStart) return false;
            string value;
            if (platform == "whatsapp")
            {
                var digits = t[nameStart..nameEnd];
                if (digits.Length == 11 && digits[0] == '1') digits = digits[1..];
                var e164 = NanpNumbering.ToE164(digits);
                if (e164 is null) return false;
                value = "whatsapp:" + e164;
            }
            else
            {
                var name = t[nameStart..nameEnd].ToLowerInvariant();
                if (!name.Any(char.IsAsciiLetter) || IsReservedPath(name)) return false;
                value = platform + ":" + name;
            }
            // The span runs to where the URL ends ("instagram.com/name/?hl=en"), so that no URL outlasts it.
            var spanEnd = UrlExtractor.TryMatch(t, start, out var urlEnd, out _, out _) ? Math.Max(urlEnd, nameEnd) : nameEnd;
            var (rawStart, rawEnd) = normalized.ToRawSpan(start, spanEnd);
            entity = new TextEntity(EntityKind.Handle, rawStart, rawEnd, value, 0.95);
            end = spanEnd;
            return true;
        }
        return false;
    }

    private static bool TryKeyword(NormalizedText normalized, int start, IReadOnlyList<TextEntity> phones, out TextEntity? entity, out int end)
    {
        entity = null;
        end = start;
        var t = normalized.Text;
        foreach (var (word, platform, strict) in Keywords)
        {
            if (!t.AsSpan(start).StartsWith(word, StringComparison.OrdinalIgnoreCase)) continue;
            var after = start + word.Length;
            if (after < t.Length && char.IsLetterOrDigit(t[after])) continue;

            if (platform == "whatsapp") return TryWhatsApp(normalized, after, phones, strict, out entity, out end);

            // Separator: spaces, colons, arrows and other symbols, at most a few characters.
            var p = after;
            var colonOrAt = false;
            while (p < t.Length && p - after <= 8 && IsSeparator(t, p))
            {
                colonOrAt |= t[p] is ':' or '@' or '=';
                p += char.IsHighSurrogate(t[p]) ? 2 : 1;
            }
            if (p == after || p >= t.Length) return false;
            if (strict && !colonOrAt && !(word == "of" && t.AsSpan(start, 2).SequenceEqual("OF"))) return false;
            var at = p > after && t[p - 1] == '@' ? p - 1 : -1;
            var nameStart = p;
            var nameEnd = p;
            while (nameEnd < t.Length && nameEnd - nameStart < 32 && IsNameChar(t[nameEnd], platform)) nameEnd++;
            while (nameEnd > nameStart && t[nameEnd - 1] is '.' or '-') nameEnd--;
            if (nameEnd - nameStart < 2) return false;
            if (nameEnd < t.Length && t[nameEnd] == '@') return false; // an e-mail address
            if (nameEnd < t.Length && t[nameEnd] == '.' && nameEnd + 1 < t.Length && char.IsAsciiLetter(t[nameEnd + 1])) return false; // a domain
            var name = t[nameStart..nameEnd].ToLowerInvariant();
            if (!name.Any(char.IsAsciiLetter) || ContactLexicon.StopWords.Contains(name)) return false;
            var spanStart = at >= 0 ? at : nameStart;
            var (rawStart, rawEnd) = normalized.ToRawSpan(spanStart, nameEnd);
            entity = new TextEntity(EntityKind.Handle, rawStart, rawEnd, platform + ":" + name, colonOrAt ? 0.9 : 0.75);
            end = nameEnd;
            return true;
        }
        return false;
    }

    private static bool TryWhatsApp(NormalizedText normalized, int after, IReadOnlyList<TextEntity> phones, bool strict, out TextEntity? entity, out int end)
    {
        entity = null;
        end = after;
        var t = normalized.Text;
        var rawAfter = normalized.RawPosition(after);
        // The first phone at or after the platform word (phones are sorted by start).
        int lo = 0, hi = phones.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (phones[mid].Start < rawAfter) lo = mid + 1;
            else hi = mid;
        }
        if (lo < phones.Count)
        {
            var phone = phones[lo];
            var gap = normalized.Raw.AsSpan(rawAfter, phone.Start - rawAfter);
            if (gap.Length > 16 || gap.Contains('\n')) return false;
            if (strict && !gap.ContainsAny(':', '@', '-')) return false;
            entity = new TextEntity(EntityKind.Handle, phone.Start, phone.End, "whatsapp:" + phone.Value, Math.Min(0.95, phone.Confidence));
            end = after;
            while (end < t.Length && normalized.RawStartOf(end) < phone.End) end++;
            return true;
        }
        return false;
    }

    private static bool IsSeparator(string t, int p)
    {
        var c = t[p];
        if (c is ' ' or ':' or '-' or '=' or '>' or '~' or '|' or '@' or '(' or ')' or '\t') return true;
        if (char.IsHighSurrogate(c) && p + 1 < t.Length) return System.Globalization.CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, t[p + 1])) == System.Globalization.UnicodeCategory.OtherSymbol;
        return c > 0x7F && char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.OtherSymbol or System.Globalization.UnicodeCategory.MathSymbol;
    }

    private static bool IsNameChar(char c, string platform) =>
        char.IsAsciiLetterOrDigit(c) || c is '_' or '.' || (c == '-' && platform is "snapchat" or "onlyfans");

    private static bool IsReservedPath(string name) => name is "p" or "explore" or "reel" or "reels" or "stories" or "home" or "login" or "share" or "intent" or "add";
}
