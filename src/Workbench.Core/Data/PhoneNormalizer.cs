namespace Workbench.Data;

/// <summary>Normalizes contact values given in list fields to the forms tokens are computed over.</summary>
public static class PhoneNormalizer
{
    /// <summary>
    /// E.164 for a phone value as a scraper wrote it: ten digits get <c>+1</c>; eleven starting with 1 get <c>+</c>;
    /// a leading <c>+</c> keeps its country code. Null when the value holds no plausible number (fewer than 7 digits).
    /// </summary>
    public static string? ToE164(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        Span<char> digits = stackalloc char[Math.Min(raw.Length, 32)];
        var n = 0;
        foreach (var c in raw)
        {
            if (c is >= '0' and <= '9' && n < digits.Length) digits[n++] = c;
        }
        var d = digits[..n].ToString();
        var plus = raw.TrimStart().StartsWith('+');
        if (n == 10 && !plus) return "+1" + d;
        if (n == 11 && d[0] == '1') return "+" + d;
        if (plus && n is >= 8 and <= 15) return "+" + d;
        if (n is >= 7 and <= 15) return d; // not E.164, but still a stable value to key on
        return null;
    }

    /// <summary>Canonical platform name for a prefix as ads write it, or null when it names no known platform.</summary>
    public static string? Platform(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        return prefix.Trim().TrimEnd(':').ToLowerInvariant() switch
        {
            "instagram" or "insta" or "ig" => "instagram",
            "snapchat" or "snap" or "sc" => "snapchat",
            "twitter" or "x" or "tw" => "twitter",
            "onlyfans" or "of" => "onlyfans",
            "telegram" or "tg" => "telegram",
            "whatsapp" or "wa" => "whatsapp",
            _ => null,
        };
    }

    /// <summary>
    /// <c>platform:name</c> for a handle as a scraper wrote it (<c>IG: Jane</c>, <c>instagram:jane</c>, <c>@jane</c>);
    /// a handle with no recognizable platform gets <c>unknown:</c>.
    /// </summary>
    public static string Handle(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var text = raw.Trim();
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        string? platform = null;
        var name = text;
        if (colon > 0)
        {
            platform = Platform(text[..colon]);
            if (platform is not null) name = text[(colon + 1)..];
        }
        else if (text.IndexOf(' ', StringComparison.Ordinal) is var space and > 0 && Platform(text[..space]) is { } p)
        {
            platform = p;
            name = text[(space + 1)..];
        }
        name = name.Trim().TrimStart('@').Trim().ToLowerInvariant();
        return $"{platform ?? "unknown"}:{name}";
    }
}
