using System.Globalization;
using System.Text;

namespace Workbench.Synthetic;

/// <summary>
/// Writes contacts into ad text the way real ads disguise them, following the shared obfuscation contract
/// (<see cref="ObfuscationOps"/>), and reports which ops it used so that the truth file can record them.
/// </summary>
internal static class ContactText
{
    private static readonly string[] DigitsEn = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
    private static readonly string[] DigitsFr = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"];
    private static readonly string[] ZeroWidthChars = ["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF"];
    private static readonly string[] EmailDomains = ["gmail.com", "hotmail.com", "yahoo.ca", "outlook.com", "protonmail.com", "icloud.com"];

    /// <summary>A phone as a plain scraper would store it in a structured field.</summary>
    public static string FieldForm(long phone, int style)
    {
        var s = phone.ToString("D10", CultureInfo.InvariantCulture);
        return (style % 4) switch
        {
            0 => $"{s[..3]}-{s[3..6]}-{s[6..]}",
            1 => $"({s[..3]}) {s[3..6]}-{s[6..]}",
            2 => s,
            _ => $"+1 {s[..3]}-{s[3..6]}-{s[6..]}",
        };
    }

    public static string E164(long phone) => "+1" + phone.ToString("D10", CultureInfo.InvariantCulture);

    /// <summary>
    /// Renders a phone into text. When <paramref name="obfuscate"/> is false the rendering is plain; otherwise one
    /// applicable op is chosen (and sometimes a second one stacked on it). <paramref name="titleTail"/> is set only for
    /// <see cref="ObfuscationOps.SplitTitleBody"/>: the area code that ends the title, the rest of the number being returned.
    /// </summary>
    public static string Phone(long phone, Random r, bool obfuscate, bool french, int price, bool allowSplit, List<string> ops, out string? titleTail)
    {
        titleTail = null;
        var s = phone.ToString("D10", CultureInfo.InvariantCulture);
        if (!obfuscate) return Plain(s, r.Next(5));

        var hasZero = s.Contains('0', StringComparison.Ordinal);
        var hasOne = s.Contains('1', StringComparison.Ordinal);
        Span<int> candidates = stackalloc int[10];
        var n = 0;
        for (var op = 0; op < 10; op++)
        {
            if (op == 4 && !hasZero) continue;
            if (op == 6 && !hasOne) continue;
            if (op == 8 && !allowSplit) continue;
            candidates[n++] = op;
        }
        var chosen = candidates[r.Next(n)];
        var stack = r.NextDouble() < 0.2;
        switch (chosen)
        {
            case 0:
                ops.Add(ObfuscationOps.Separators);
                return OddSeparators(s, r, stack, ops);
            case 1:
                ops.Add(ObfuscationOps.SpelledEn);
                return Spelled(s, r, DigitsEn);
            case 2:
                ops.Add(ObfuscationOps.SpelledFr);
                return Spelled(s, r, DigitsFr);
            case 3:
                ops.Add(ObfuscationOps.Mixed);
                return MixedForm(s, r, french ? DigitsFr : DigitsEn, ops);
            case 4:
                ops.Add(ObfuscationOps.OhZero);
                return OhZero(s, r);
            case 5:
                ops.Add(ObfuscationOps.EmojiDigits);
                return Emoji(s, r);
            case 6:
                ops.Add(ObfuscationOps.Homoglyph);
                return Homoglyph(s, r, ops);
            case 7:
                ops.Add(ObfuscationOps.Glued);
                return Glued(s, r, price);
            case 8:
                ops.Add(ObfuscationOps.SplitTitleBody);
                titleTail = s[..3];
                return r.Next(2) == 0 ? $"{s[3..6]}-{s[6..]}" : $"{s[3..6]} {s[6..]}";
            default:
                ops.Add(ObfuscationOps.ZeroWidth);
                var plain = stack ? OddSeparators(s, r, false, ops) : Plain(s, r.Next(5));
                return InsertZeroWidth(plain, r);
        }
    }

    private static string Plain(string s, int style) => style switch
    {
        0 => $"{s[..3]}-{s[3..6]}-{s[6..]}",
        1 => $"({s[..3]}) {s[3..6]}-{s[6..]}",
        2 => $"{s[..3]}.{s[3..6]}.{s[6..]}",
        3 => $"{s[..3]} {s[3..6]} {s[6..]}",
        _ => s,
    };

    private static string OddSeparators(string s, Random r, bool stackZeroWidth, List<string> ops)
    {
        string a = s[..3], b = s[3..6], c = s[6..];
        var text = r.Next(12) switch
        {
            0 => $"{a}/{b}/{c}",
            1 => $"{a}_{b}_{c}",
            2 => $"{a}*{b}*{c}",
            3 => string.Join(' ', s.ToCharArray()),
            4 => $"+1 {a} {b} {c}",
            5 => $"1-{a}-{b}-{c}",
            6 => $"1 ({a}) {b}-{c}",
            7 => $"[{a}] {b} {c}",
            8 => $"{a} - {b} - {c}",
            9 => $"{a}..{b}..{c}",
            10 => $"+1({a}){b}.{c}",
            _ => $"{a} ~ {b} ~ {c}",
        };
        if (!stackZeroWidth) return text;
        ops.Add(ObfuscationOps.ZeroWidth);
        return InsertZeroWidth(text, r);
    }

    private static string Spelled(string s, Random r, string[] words)
    {
        var caseStyle = r.Next(4);
        var partial = r.NextDouble() < 0.3; // e.g. fourONEsix-555-0123
        var inGroup = r.Next(2) == 0 ? " " : "";
        var between = r.Next(3) switch { 0 => " ", 1 => "-", _ => " - " };
        var sb = new StringBuilder(64);
        for (var i = 0; i < 10; i++)
        {
            if (partial && i == 3)
            {
                sb.Append('-').Append(s, 3, 3).Append('-').Append(s, 6, 4);
                break;
            }
            if (i > 0) sb.Append(i is 3 or 6 ? between : inGroup);
            var d = s[i] - '0';
            var word = words[d];
            if (ReferenceEquals(words, DigitsFr))
            {
                if (d == 1 && r.Next(3) == 0) word = "une";
                if (d == 0 && r.Next(2) == 0) word = "zero";
            }
            sb.Append(ApplyCase(word, caseStyle, i, r));
        }
        return sb.ToString();
    }

    private static string ApplyCase(string word, int style, int position, Random r) => style switch
    {
        0 => word,
        1 => word.ToUpperInvariant(),
        2 => char.ToUpperInvariant(word[0]) + word[1..],
        _ => (position + r.Next(2)) % 2 == 0 ? word.ToUpperInvariant() : word,
    };

    private static string MixedForm(string s, Random r, string[] words, List<string> ops)
    {
        var sb = new StringBuilder(48);
        var usedOh = false;
        var spelled = 0;
        for (var i = 0; i < 10; i++)
        {
            if (i is 3 or 6 && r.Next(2) == 0) sb.Append(r.Next(2) == 0 ? ' ' : '/');
            var d = s[i] - '0';
            // At least two spelled digits and two numeric ones, so that the form is really mixed.
            var spell = i switch { 0 => true, 1 => false, _ => r.Next(2) == 0 };
            if (spell)
            {
                spelled++;
                var word = d == 0 && r.Next(3) == 0 ? "oh" : words[d];
                if (word == "oh") usedOh = true;
                sb.Append(ApplyCase(word, 3, i, r));
            }
            else
            {
                sb.Append((char)('0' + d));
            }
        }
        if (usedOh) ops.Add(ObfuscationOps.OhZero);
        return sb.ToString();
    }

    private static string OhZero(string s, Random r)
    {
        var plain = Plain(s, r.Next(5));
        var letter = r.Next(2) == 0 ? 'o' : 'O';
        return plain.Replace('0', letter);
    }

    private static string Emoji(string s, Random r)
    {
        var style = r.Next(4);
        var separator = r.Next(3) switch { 0 => "", 1 => " ", _ => "-" };
        var sb = new StringBuilder(64);
        for (var i = 0; i < 10; i++)
        {
            if (i is 3 or 6) sb.Append(separator);
            var d = s[i] - '0';
            switch (style)
            {
                case 0: sb.Append((char)('0' + d)).Append('\uFE0F').Append('\u20E3'); break;
                case 1: sb.Append((char)(0xFF10 + d)); break;
                case 2: sb.Append(d == 0 ? '\u24EA' : (char)(0x2460 + d - 1)); break;
                default: sb.Append(char.ConvertFromUtf32(0x1D7CE + d)); break;
            }
        }
        return sb.ToString();
    }

    private static string Homoglyph(string s, Random r, List<string> ops)
    {
        var plain = Plain(s, r.Next(4));
        var sb = new StringBuilder(plain.Length);
        var zeroToo = r.Next(2) == 0;
        var replacedZero = false;
        foreach (var ch in plain)
        {
            if (ch == '1') sb.Append(r.Next(3) switch { 0 => 'l', 1 => 'I', _ => '|' });
            else if (ch == '0' && zeroToo) { sb.Append('O'); replacedZero = true; }
            else sb.Append(ch);
        }
        if (replacedZero) ops.Add(ObfuscationOps.OhZero);
        return sb.ToString();
    }

    private static string Glued(string s, Random r, int price) => r.Next(6) switch
    {
        0 => string.Create(CultureInfo.InvariantCulture, $"{price}hr{s}"),
        1 => string.Create(CultureInfo.InvariantCulture, $"${price}/h{s}"),
        2 => string.Create(CultureInfo.InvariantCulture, $"5'{r.Next(1, 11)}\"{s}"),
        3 => $"call{s}now",
        4 => $"text{s}",
        _ => string.Create(CultureInfo.InvariantCulture, $"{price}/hr{s[..3]}-{s[3..6]}-{s[6..]}"),
    };

    private static string InsertZeroWidth(string text, Random r)
    {
        var sb = new StringBuilder(text.Length + 8);
        var inserted = false;
        for (var i = 0; i < text.Length; i++)
        {
            sb.Append(text[i]);
            if (i + 1 < text.Length && char.IsAsciiDigit(text[i]) && (r.Next(3) == 0 || (!inserted && i >= 4)))
            {
                sb.Append(ZeroWidthChars[r.Next(ZeroWidthChars.Length)]);
                inserted = true;
            }
        }
        return sb.ToString();
    }

    /// <summary>An e-mail address for a name, and the way the ad writes it (plain or "at … dot …").</summary>
    public static (string Address, string Text) Email(string name, ulong seed, int owner)
    {
        var r = SeedMix.Random(seed);
        var local = name.ToLowerInvariant() + (r.Next(2) == 0
            ? r.Next(10, 99).ToString(CultureInfo.InvariantCulture)
            : "." + Lexicon.AdjEn[r.Next(Lexicon.AdjEn.Length)].Replace("-", "", StringComparison.Ordinal)) + AccountCode(owner);
        var domain = EmailDomains[r.Next(EmailDomains.Length)];
        var dot = domain.IndexOf('.', StringComparison.Ordinal);
        string host = domain[..dot], tld = domain[(dot + 1)..];
        var text = r.Next(5) switch
        {
            0 => $"{local} at {host} dot {tld}",
            1 => $"{local}[at]{host}[dot]{tld}",
            2 => $"{local} (at) {host} (dot) {tld}",
            _ => $"{local}@{domain}",
        };
        return ($"{local}@{domain}", text);
    }

    /// <summary>A social handle (<c>platform:name</c>) and the way the ad writes it.</summary>
    public static (string Handle, string Text) Handle(string name, ulong seed, int owner)
    {
        var r = SeedMix.Random(seed);
        var user = name.ToLowerInvariant() + r.Next(4) switch
        {
            0 => "xo",
            1 => "_official",
            2 => r.Next(10, 999).ToString(CultureInfo.InvariantCulture),
            _ => ".vip",
        } + AccountCode(owner);
        return r.Next(10) switch
        {
            0 => ($"instagram:{user}", $"IG: {user}"),
            1 => ($"instagram:{user}", $"insta @{user}"),
            2 => ($"snapchat:{user}", $"snap: {user}"),
            3 => ($"snapchat:{user}", $"sc {user}"),
            4 => ($"x:{user}", $"twitter @{user}"),
            5 => ($"x:{user}", $"X: @{user}"),
            6 => ($"onlyfans:{user}", $"OF: {user}"),
            7 => ($"onlyfans:{user}", $"onlyfans.com/{user}"),
            _ => ($"telegram:{user}", $"telegram @{user}"),
        };
    }

    /// <summary>
    /// A short code unique to an owner (an actor's index), appended to account names. A mailbox or a social account
    /// belongs to one person: without it, two advertisers called Lily both wrote <c>instagram:lilyxo</c>, and the
    /// meta-clusters, which rightly link ads through a shared account, chained unrelated actors together.
    /// </summary>
    /// <remarks>An odd multiplier is a bijection on 24-bit integers, so owners below 2^24 never share a code.</remarks>
    internal static string AccountCode(int owner)
    {
        var x = (uint)((ulong)(uint)owner * 0x9E3779B1UL & 0xFFFFFF);
        Span<char> code = stackalloc char[5];
        const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        var i = code.Length;
        do
        {
            code[--i] = Digits[(int)(x % 36)];
            x /= 36;
        }
        while (x > 0 || i > code.Length - 3);
        return new string(code[i..]);
    }

    /// <summary>A URL as written in the ad (lower case), valid or, for spam, deliberately broken.</summary>
    public static string Url(string slug, ulong seed, bool invalid)
    {
        var r = SeedMix.Random(seed);
        if (invalid)
        {
            return r.Next(3) switch
            {
                0 => $"hxxp://{slug}-{r.Next(100, 999).ToString(CultureInfo.InvariantCulture)}.xyz/book",
                1 => $"www[.]{slug}[.]club",
                _ => $"hxxps://book-{slug}.top/verify",
            };
        }
        return r.Next(3) switch
        {
            0 => $"www.{slug}-site.com",
            1 => $"https://{slug}.ca/book",
            _ => $"{slug}.com",
        };
    }

    /// <summary>Lower-case letters of a name, for slugs.</summary>
    public static string Slug(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (char.IsAsciiLetterOrDigit(ch)) sb.Append(char.ToLowerInvariant(ch));
        }
        return sb.ToString();
    }
}
