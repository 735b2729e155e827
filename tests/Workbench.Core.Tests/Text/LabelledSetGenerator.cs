using System.Globalization;
using System.Text;
using Workbench.Text;

namespace Workbench.Tests.Text;

/// <summary>
/// Generates labelled phone snippets: random valid Canadian numbers disguised by the obfuscation operations of
/// the shared contract, inside invented ad text with distracting prices, ages, heights, dates and times, plus
/// negatives (distractors only, fiction 555-01xx numbers, unassigned area codes, N11 exchanges).
/// </summary>
/// <remarks>Deterministic for a seed; the committed <c>phones-labelled.jsonl</c> is the hand-written file
/// followed by <c>Generate(Seed, Count)</c>, and a test keeps them equal.</remarks>
internal static class LabelledSetGenerator
{
    public const int Seed = 20_240_512;
    public const int Count = 420;

    private static readonly string[] En = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
    private static readonly string[] Fr = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"];

    private static readonly string[] Intros =
    [
        "New in town!", "Sweet and discreet.", "Upscale companion, real photos.", "Nouvelle à Montréal.",
        "Back for a short visit.", "Independent, no agency.", "Relaxing massage, clean studio.", "Available tonight.",
        "Petite blonde, friendly.", "Outcall only, downtown hotels.", "Disponible ce soir.", "Last day in the city!",
    ];

    private static readonly string[] Cues = ["Call", "Text", "call or text", "Txt me", "Appelle-moi au", "Contact:", "cell", "☎", "📱", "Reach me at", "", ""];

    private static readonly string[] Outros = ["No blocked calls.", "Text first please.", "xoxo", "Merci!", "Serious only.", "", "💋", "Available 24/7."];

    private static readonly string[] Distractors =
    [
        "$150", "150/hr", "200 1h", "250$", "300 roses", "$200/hh", "120 for 30min", "23 yo", "24yrs", "age 22",
        "5'6\"", "5 ft 4", "36-24-36", "34DD", "10am-2am", "11:00-23:00", "2024-05-12", "12/05/2024", "M5V 2T6",
        "H2X 1Y4", "order #2045551234", "130 lbs", "1h 250", "Room 1204", "100% real", "24/7", "2 for 1",
    ];

    public static IEnumerable<LabelledSnippet> Generate(int seed, int count)
    {
        var rng = new Random(seed);
        for (var i = 1; i <= count; i++)
        {
            var roll = rng.NextDouble();
            if (roll < 0.18) yield return Negative(rng, i);
            else if (roll < 0.26) yield return Multiple(rng, i);
            else yield return Positive(rng, i);
        }
    }

    private static LabelledSnippet Positive(Random rng, int i)
    {
        var ops = new[] { "separators", "spelled_en", "spelled_fr", "mixed", "oh_zero", "emoji_digits", "homoglyph", "glued", "split_title_body", "zero_width", "combined" };
        var op = ops[rng.Next(ops.Length)];
        var number = ValidNumber(rng, needZeroOrOne: op is "oh_zero" or "homoglyph");
        if (op == "split_title_body")
        {
            var title = $"{Pick(rng, Intros)} {Pick(rng, ["call", "text", "txt", "appelle"])} {number[..3]}";
            var body = $"{number[3..6]}{Pick(rng, ["-", " ", "."])}{number[6..]} {Pick(rng, Outros)} {Pick(rng, Distractors)}";
            return Snippet(i, op, title, body, [number]);
        }
        var disguised = op == "combined" ? Combined(rng, number) : Disguise(rng, op, number);
        return Snippet(i, op, null, Wrap(rng, disguised), [number]);
    }

    private static LabelledSnippet Multiple(Random rng, int i)
    {
        var a = ValidNumber(rng, false);
        var b = ValidNumber(rng, false);
        var textA = Disguise(rng, "separators", a);
        var textB = Disguise(rng, Pick(rng, ["separators", "spelled_en", "emoji_digits", "zero_width"]), b);
        var text = $"{Pick(rng, Intros)} {Pick(rng, Cues)} {textA} {Pick(rng, ["or", "/", "ou", "and", "\n", ","])} {textB} {Pick(rng, Outros)}";
        return Snippet(i, "multiple", null, text, [a, b]);
    }

    private static LabelledSnippet Negative(Random rng, int i)
    {
        var kind = rng.Next(5);
        string text;
        string category;
        switch (kind)
        {
            case 0:
                category = "neg-distractors";
                text = $"{Pick(rng, Intros)} {Pick(rng, Distractors)} {Pick(rng, Distractors)}, {Pick(rng, Distractors)}. {Pick(rng, Outros)}";
                break;
            case 1:
                category = "neg-fiction-555";
                var fiction = $"{Pick(rng, NanpNumbering.CanadianAreaCodes)}55501{rng.Next(100):00}";
                text = $"{Pick(rng, Intros)} {Pick(rng, Cues)} {Disguise(rng, Pick(rng, ["separators", "spelled_en", "emoji_digits"]), fiction)}";
                break;
            case 2:
                category = "neg-unassigned-npa";
                var npa = Pick(rng, new[] { 123, 199, 555, 600, 999, 211, 311, 411, 911, 100 });
                var bad = $"{npa:000}{rng.Next(200, 999):000}{rng.Next(10_000):0000}";
                text = $"{Pick(rng, Intros)} {Pick(rng, Cues)} {Disguise(rng, "separators", bad)}";
                break;
            case 3:
                category = "neg-n11-exchange";
                var n11 = $"{Pick(rng, NanpNumbering.CanadianAreaCodes)}{Pick(rng, new[] { 211, 311, 411, 511, 611, 711, 811, 911 })}{rng.Next(10_000):0000}";
                text = $"{Pick(rng, Intros)} {Pick(rng, Cues)} {Disguise(rng, "separators", n11)}";
                break;
            default:
                category = "neg-short";
                var shortNumber = ValidNumber(rng, false)[..(rng.Next(2) == 0 ? 7 : 9)];
                text = $"{Pick(rng, Intros)} {Pick(rng, Cues)} {shortNumber[..3]}-{shortNumber[3..]} {Pick(rng, Distractors)}";
                break;
        }
        return Snippet(i, category, null, text, []);
    }

    private static LabelledSnippet Snippet(int i, string category, string? title, string text, IEnumerable<string> numbers) =>
        new($"gen-{i:0000}", "gen-" + category, title, text, numbers.Distinct().Select(n => "+1" + n).ToArray(), [], [], null);

    private static string Wrap(Random rng, string phone)
    {
        var parts = new List<string> { Pick(rng, Intros) };
        if (rng.NextDouble() < 0.5) parts.Add(Pick(rng, Distractors) + ",");
        var cue = Pick(rng, Cues);
        if (cue.Length > 0) parts.Add(cue);
        if (rng.NextDouble() < 0.15) parts.Add(Pick(rng, ["$150", "200", "23 yo", "5'6\"", "2024-05-12"]));
        parts.Add(phone);
        if (rng.NextDouble() < 0.5) parts.Add(Pick(rng, Distractors));
        parts.Add(Pick(rng, Outros));
        return string.Join(' ', parts.Where(p => p.Length > 0));
    }

    private static string Combined(Random rng, string number)
    {
        var first = Pick(rng, ["zero_width", "homoglyph", "emoji_digits", "spelled_en"]);
        var text = Disguise(rng, first, number);
        return Pick(rng, ["glued", "zero_width_over", "case"]) switch
        {
            "glued" => Pick(rng, ["call", "txt", "150hr", "$200/h "]) + text,
            "zero_width_over" => InsertZeroWidth(rng, text),
            _ => text.ToUpperInvariant(),
        };
    }

    private static string Disguise(Random rng, string op, string n)
    {
        var (a, b, c) = (n[..3], n[3..6], n[6..]);
        switch (op)
        {
            case "separators":
                return Pick(rng,
                [
                    $"{a}.{b}.{c}", $"{a}-{b}-{c}", $"({a}) {b} {c}", $"{a}/{b}/{c}", $"{a}_{b}_{c}", $"{a}*{b}*{c}",
                    $"{a} {b} {c}", string.Join(' ', n.ToCharArray()), n, $"+1 {a} {b} {c}", $"1-{a}-{b}-{c}",
                    $"1 ({a}) {b}-{c}", $"({a}){b}-{c}", $"+1{n}", $"{a} - {b} - {c}", $"1{n}",
                ]);
            case "spelled_en":
            case "spelled_fr":
                {
                    var words = op == "spelled_en" ? En : Fr;
                    var joiner = Pick(rng, [" ", "", "-"]);
                    var groupJoin = Pick(rng, [" ", "-", ", ", " . ", "/"]);
                    var numericGroup = rng.NextDouble() < 0.25 ? rng.Next(3) : -1;
                    var groups = new[] { a, b, c }.Select((g, gi) => gi == numericGroup
                        ? g
                        : string.Join(joiner, g.Select(d => Case(rng, WordFor(rng, words, d, op == "spelled_fr")))));
                    return string.Join(groupJoin, groups);
                }
            case "mixed":
                {
                    var groups = new[] { a, b, c }.Select(g => string.Concat(g.Select(d => rng.NextDouble() < 0.5 ? d.ToString() : Case(rng, d == '0' ? Pick(rng, ["zero", "oh", "o"]) : En[d - '0']))));
                    return string.Join(Pick(rng, [" ", "-", "/", "."]), groups);
                }
            case "oh_zero":
                {
                    if (rng.NextDouble() < 0.5)
                    {
                        var s = $"{a} {b} {c}".Replace("0", Pick(rng, ["o", "O"]), StringComparison.Ordinal);
                        return s;
                    }
                    return string.Join(' ', n.Select(d => d == '0' ? Pick(rng, ["oh", "Oh", "OH", "o"]) : En[d - '0']));
                }
            case "emoji_digits":
                {
                    var style = rng.Next(4);
                    string Map(char d) => style switch
                    {
                        0 => d + "\uFE0F\u20E3",
                        1 => ((char)('０' + (d - '0'))).ToString(),
                        2 => d == '0' ? "⓪" : ((char)('①' + (d - '1'))).ToString(),
                        _ => char.ConvertFromUtf32(0x1D7CE + (d - '0')),
                    };
                    var sep = Pick(rng, [" ", "-", "", "."]);
                    return string.Join(sep, new[] { a, b, c }.Select(g => string.Concat(g.Select(Map))));
                }
            case "homoglyph":
                {
                    var sb = new StringBuilder();
                    foreach (var d in n)
                    {
                        if (d == '0' && rng.NextDouble() < 0.7) sb.Append(Pick(rng, ["O", "o"]));
                        else if (d == '1' && rng.NextDouble() < 0.7) sb.Append(Pick(rng, ["l", "I", "|"]));
                        else sb.Append(d);
                        if (sb.Length is 3 or 7) sb.Append(' ');
                    }
                    return sb.ToString();
                }
            case "glued":
                {
                    var core = Pick(rng, [n, $"{a}-{b}-{c}", $"{a}.{b}.{c}"]);
                    return Pick(rng,
                    [
                        $"150hr{core}", $"5'6\"{core}", $"call{core}now", $"$200/h {core}", $"23yo{core}", $"txt{core}",
                        $"200roses{core}", $"34DD{core}", $"{core}xoxo", $"$180hh{core}", $"5'4\"{core}", $"incall{core}",
                    ]);
                }
            case "zero_width":
                return InsertZeroWidth(rng, Pick(rng, [n, $"{a} {b} {c}", $"{a}-{b}-{c}"]));
            default:
                throw new ArgumentOutOfRangeException(nameof(op), op, null);
        }
    }

    private static string InsertZeroWidth(Random rng, string text)
    {
        var sb = new StringBuilder();
        foreach (var ch in text)
        {
            sb.Append(ch);
            if (char.IsDigit(ch) && rng.NextDouble() < 0.6) sb.Append(Pick(rng, ["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF"]));
        }
        return sb.ToString();
    }

    private static string WordFor(Random rng, string[] words, char d, bool french) =>
        french && d == '0' ? Pick(rng, ["zéro", "zero"]) : french && d == '1' ? Pick(rng, ["un", "une"]) : words[d - '0'];

    private static string Case(Random rng, string word) => rng.Next(4) switch
    {
        0 => word.ToUpperInvariant(),
        1 => char.ToUpperInvariant(word[0]) + word[1..],
        2 => string.Concat(word.Select(ch => rng.Next(2) == 0 ? char.ToUpperInvariant(ch) : ch)),
        _ => word,
    };

    /// <summary>A valid number in a Canadian area code, never 555 (fiction block) and never an N11 exchange.</summary>
    private static string ValidNumber(Random rng, bool needZeroOrOne)
    {
        while (true)
        {
            var npa = Pick(rng, NanpNumbering.CanadianAreaCodes);
            var nxx = rng.Next(200, 1000);
            if (nxx % 100 == 11 || nxx == 555) continue;
            var line = rng.Next(10_000);
            var s = string.Create(CultureInfo.InvariantCulture, $"{npa:000}{nxx:000}{line:0000}");
            if (needZeroOrOne && !s.AsSpan(3).ContainsAny('0', '1')) continue;
            return s;
        }
    }

    private static T Pick<T>(Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];
}
