using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Workbench.Text;

/// <summary>
/// Finds North American phone numbers in ad text, however they are disguised, and returns their raw spans and
/// E.164 values.
/// </summary>
/// <remarks>
/// <para>The text is normalized first (<see cref="TextNormalizer"/>: NFKC, zero-width characters, keycap,
/// full-width, circled and mathematical digits, HTML), then read as a stream of <em>digit units</em>: ASCII
/// digits, digits spelled in English or French (<c>four</c>, <c>quatre</c>, <c>zéro</c>, <c>oh</c>/<c>o</c>), alone
/// or glued (<c>fourONEsix</c>, <c>8sixseven5three</c>), and look-alike letters inside digit runs
/// (<c>4l6 555 Ol23</c>). Units separated only by short runs of separators (spaces, <c>. - / ( ) _ * + ,</c>,
/// symbols) form a <em>chain</em>; letters that spell no digit, quotes (heights), currency signs, <c>#</c>,
/// <c>@</c> and long gaps end it. Units written together form a <em>group</em>.</para>
/// <para>Groups that are prices, ages, heights or measures (a currency sign before or after, or a unit word
/// after: <c>150hr</c>, <c>23 yo</c>, <c>5'6</c>, <c>1h</c>) are cut out, and a chain that follows an order or
/// reference keyword (<c>order #</c>, <c>ref</c>, <c>invoice</c>) is dropped. In each remaining chain every run
/// of whole groups holding 10 digits (or 11 starting with the country code 1) is a candidate; a candidate is
/// kept only when it is a valid NANP number (<see cref="NanpNumbering.IsValid"/>: assigned area code, NXX
/// 2–9, no N11, no 555-01xx fiction). Overlapping candidates are resolved by weighted interval scheduling
/// that prefers the usual 3-3-4 grouping and penalizes cutting through a run of single digits, which is what
/// keeps a price or a date next to a number out of it.</para>
/// <para>Chambers et al. (W-NUT 2019) show that regular expressions over raw ad text miss most disguised
/// numbers and train a character CRF/CNN instead; we keep a deterministic, explainable decoder (the
/// rule-and-dictionary side of hybrid extractors such as NEAT, Li et al., Findings of ACL 2022, which does the
/// same for names) and make up for its rigidity with the numbering-plan check, as libphonenumber validates
/// numbers by metadata rather than by pattern alone. Recall and precision are measured on the labelled set
/// in the tests (<see cref="ExtractionEvaluation"/>).</para>
/// </remarks>
public static class PhoneExtractor
{
    /// <summary>Longest run of separator characters allowed between two digit units of one chain.</summary>
    private const int MaxGap = 6;

    // Unit words that make the group before them a price, an age, a time or a measure, with the largest group
    // (in digits) they may apply to: a phone's last group has four digits and must survive "0199 am".
    private static readonly FrozenDictionary<string, int> UnitWords = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["h"] = 4, ["hr"] = 4, ["hrs"] = 4, ["hour"] = 4, ["hours"] = 4, ["hh"] = 4, ["hhr"] = 4, ["min"] = 4,
        ["mins"] = 4, ["minute"] = 4, ["minutes"] = 4, ["heure"] = 4, ["heures"] = 4, ["sec"] = 4,
        ["roses"] = 4, ["rose"] = 4, ["dollars"] = 4, ["dollar"] = 4, ["bucks"] = 4, ["cad"] = 4, ["usd"] = 4,
        ["k"] = 4, ["hhour"] = 4, ["qv"] = 4, ["night"] = 4, ["nights"] = 4, ["overnight"] = 4,
        ["yo"] = 2, ["y"] = 2, ["yrs"] = 2, ["yr"] = 2, ["years"] = 2, ["year"] = 2, ["ans"] = 2, ["yrsold"] = 2,
        ["lbs"] = 3, ["lb"] = 3, ["kg"] = 3, ["kgs"] = 3, ["cm"] = 3, ["ft"] = 3, ["feet"] = 3, ["inch"] = 3,
        ["inches"] = 3, ["pounds"] = 3, ["livres"] = 3,
        ["am"] = 2, ["pm"] = 2, ["dd"] = 2, ["ddd"] = 2, ["cup"] = 2, ["x"] = 2,
        ["pics"] = 3, ["photos"] = 3, ["days"] = 3, ["day"] = 3, ["weeks"] = 3, ["jours"] = 3,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // A number right after one of these is an order, reference or account number, not a phone.
    private static readonly FrozenSet<string> ReferenceWords = new[]
    {
        "order", "ref", "reference", "invoice", "confirmation", "conf", "tracking", "ticket", "transaction",
        "receipt", "account", "acct", "id", "sku", "serial", "booking", "reservation", "case", "file", "item",
        "product", "model", "lot", "commande", "facture", "dossier", "zip", "pin", "ad", "listing", "post",
        "postid", "adid", "ref#", "isbn", "upc", "part", "claim", "policy", "member", "membership", "customer",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] CueWords =
    [
        "call", "text", "txt", "tel", "phone", "cell", "contact", "appel", "texto", "cellulaire", "numero",
        "numéro", "number", "mobile", "sms", "whatsapp", "reach", "dial", "ring", "txt",
    ];

    /// <summary>Finds the phone numbers in <paramref name="text"/>.</summary>
    /// <param name="text">Raw text (an ad title, body, or a raw <c>phones</c> value).</param>
    /// <returns>Non-overlapping phones sorted by start, with raw spans and E.164 values.</returns>
    public static IReadOnlyList<TextEntity> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Extract(TextNormalizer.Normalize(text, TextNormalizerOptions.ForExtraction));
    }

    /// <summary>
    /// Finds the phone numbers of an ad's title and body read together, including a number split between them
    /// (area code at the end of the title, the rest at the start of the body).
    /// </summary>
    /// <param name="title">Raw title (may be empty).</param>
    /// <param name="body">Raw body (may be empty).</param>
    /// <returns>Phones per field with raw spans into that field; a split number appears in both with one value.</returns>
    public static CrossFieldEntities ExtractAcross(string title, string body)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(body);
        return ExtractAcross(
            TextNormalizer.Normalize(title, TextNormalizerOptions.ForExtraction),
            TextNormalizer.Normalize(body, TextNormalizerOptions.ForExtraction));
    }

    internal static IReadOnlyList<TextEntity> Extract(NormalizedText text)
    {
        var scan = Scan.Read(text, segment: 0);
        var output = new List<TextEntity>[] { [] };
        foreach (var piece in scan.Pieces) Resolve(Join(scan, piece, null, default), [scan], output);
        output[0].Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return output[0];
    }

    internal static CrossFieldEntities ExtractAcross(NormalizedText title, NormalizedText body)
    {
        var t = Scan.Read(title, segment: 0);
        var b = Scan.Read(body, segment: 1);
        var scans = new[] { t, b };
        var output = new List<TextEntity>[] { [], [] };
        var joinable = t.Pieces.Count > 0 && b.Pieces.Count > 0 && t.LastPieceTouchesEnd && b.FirstPieceTouchesStart;
        for (var p = 0; p < t.Pieces.Count; p++)
        {
            if (joinable && p == t.Pieces.Count - 1) Resolve(Join(t, t.Pieces[p], b, b.Pieces[0]), scans, output);
            else Resolve(Join(t, t.Pieces[p], null, default), scans, output);
        }
        for (var p = joinable ? 1 : 0; p < b.Pieces.Count; p++) Resolve(Join(b, b.Pieces[p], null, default), scans, output);
        output[0].Sort(static (x, y) => x.Start.CompareTo(y.Start));
        output[1].Sort(static (x, y) => x.Start.CompareTo(y.Start));
        return new CrossFieldEntities(output[0], output[1]);
    }

    private static List<PieceUnit> Join(Scan first, (int From, int To) a, Scan? second, (int From, int To) b)
    {
        var units = new List<PieceUnit>((a.To - a.From) + (b.To - b.From));
        for (var k = a.From; k < a.To; k++) units.Add(new PieceUnit(first.Segment, first.Units[k]));
        if (second is not null)
        {
            for (var k = b.From; k < b.To; k++) units.Add(new PieceUnit(second.Segment, second.Units[k]));
        }
        return units;
    }

    /// <summary>Chooses the phones of one chain piece and adds them to the output lists.</summary>
    private static void Resolve(List<PieceUnit> units, Scan[] scans, List<TextEntity>[] output)
    {
        var n = units.Count;
        if (n == 0) return;

        // Groups: units written together in one field.
        var groupStarts = new List<int> { 0 };
        for (var k = 1; k < n; k++)
        {
            if (units[k].Segment != units[k - 1].Segment || units[k].Unit.Start != units[k - 1].Unit.End) groupStarts.Add(k);
        }
        var groupCount = groupStarts.Count;
        var groupEnd = new int[groupCount];
        for (var g = 0; g < groupCount; g++) groupEnd[g] = g + 1 < groupCount ? groupStarts[g + 1] : n;
        int Size(int g) => groupEnd[g] - groupStarts[g];

        var windows = new List<Window>();
        Span<char> digits = stackalloc char[11];
        for (var gi = 0; gi < groupCount; gi++)
        {
            var total = 0;
            for (var gj = gi; gj < groupCount; gj++)
            {
                total += Size(gj);
                if (total > 11) break;
                var start = groupStarts[gi];
                if (total == 10 || (total == 11 && units[start].Unit.Digit == '1'))
                {
                    var hasCountry = total == 11;
                    if (!IsValidAt(units, start + (hasCountry ? 1 : 0), digits)) continue;
                    windows.Add(new Window(start, groupEnd[gj], GroupWeight(gi, gj, hasCountry, out var wellFormed), wellFormed, false));
                }
            }

            // A long run of digits with a short glued prefix or suffix (a price written against the number).
            var size = Size(gi);
            if (size >= 11 && size <= 15 && !(size == 11 && units[groupStarts[gi]].Unit.Digit == '1'))
            {
                var s = groupStarts[gi];
                var e = groupEnd[gi];
                TrySubWindow(units, windows, s + size - 10, e, digits);
                TrySubWindow(units, windows, s, s + 10, digits);
                if (size >= 12 && units[e - 11].Unit.Digit == '1') TrySubWindow(units, windows, e - 11, e, digits);
            }
        }
        if (windows.Count == 0) return;

        // Weighted interval scheduling over unit positions.
        var best = new double[n + 1];
        var choice = new int[n + 1];
        windows.Sort(static (x, y) => x.End.CompareTo(y.End));
        var w = 0;
        for (var p = 1; p <= n; p++)
        {
            best[p] = best[p - 1];
            choice[p] = -1;
            for (; w < windows.Count && windows[w].End == p; w++)
            {
                var candidate = best[windows[w].Start] + windows[w].Weight + (0.001 * (windows[w].End - windows[w].Start));
                if (candidate > best[p])
                {
                    best[p] = candidate;
                    choice[p] = w;
                }
            }
        }
        for (var p = n; p > 0;)
        {
            if (choice[p] < 0) { p--; continue; }
            var chosen = windows[choice[p]];
            Emit(units, chosen, scans, output);
            p = chosen.Start;
        }

        double GroupWeight(int gi, int gj, bool hasCountry, out bool wellFormed)
        {
            var odd = 0;
            var cumulative = 0;
            for (var g = gi; g < gj; g++)
            {
                cumulative += Size(g);
                var position = cumulative - (hasCountry ? 1 : 0);
                if (position is 0 or 3 or 6) continue;
                if (Size(g) == 1 && Size(g + 1) == 1) continue; // spaced or spelled single digits
                odd++;
            }
            wellFormed = odd == 0;
            var weight = 1.0 + (wellFormed ? 0.5 : 0.0) + (hasCountry ? 0.05 : 0.0);
            if (gi > 0 && Size(gi - 1) == 1 && Size(gi) == 1) weight -= 0.4;
            if (gj < groupCount - 1 && Size(gj + 1) == 1 && Size(gj) == 1) weight -= 0.4;
            return weight;
        }
    }

    private static void TrySubWindow(List<PieceUnit> units, List<Window> windows, int start, int end, Span<char> digits)
    {
        var hasCountry = end - start == 11;
        if (IsValidAt(units, start + (hasCountry ? 1 : 0), digits)) windows.Add(new Window(start, end, 0.5, false, true));
    }

    private static bool IsValidAt(List<PieceUnit> units, int nationalStart, Span<char> digits)
    {
        if (nationalStart + 10 > units.Count) return false;
        for (var k = 0; k < 10; k++) digits[k] = units[nationalStart + k].Unit.Digit;
        return NanpNumbering.IsValid(digits[..10]) && !IsCountingSequence(digits[..10]);
    }

    /// <summary>"1 2 3 4 5 6 7 8 9 10": six or more steps of +1 (or -1) is counting, not a phone.</summary>
    private static bool IsCountingSequence(ReadOnlySpan<char> digits)
    {
        var up = 0;
        var down = 0;
        for (var k = 1; k < digits.Length; k++)
        {
            var step = digits[k] - digits[k - 1];
            if (step == 1) up++;
            else if (step == -1) down++;
        }
        return up >= 6 || down >= 6;
    }

    private static void Emit(List<PieceUnit> units, Window window, Scan[] scans, List<TextEntity>[] output)
    {
        var hasCountry = window.End - window.Start == 11;
        Span<char> e164 = stackalloc char[12];
        e164[0] = '+';
        e164[1] = '1';
        var nationalStart = window.Start + (hasCountry ? 1 : 0);
        var decoded = false;
        for (var k = 0; k < 10; k++) e164[2 + k] = units[nationalStart + k].Unit.Digit;
        for (var k = window.Start; k < window.End; k++) decoded |= units[k].Unit.Decoded;
        var value = new string(e164);
        var crossesFields = units[window.Start].Segment != units[window.End - 1].Segment;

        var confidence = window.SubWindow ? 0.6 : decoded ? 0.85 : 0.93;
        if (!window.WellFormed && !window.SubWindow) confidence -= 0.1;
        if (crossesFields) confidence -= 0.1;

        // One entity per field the window touches.
        var from = window.Start;
        while (from < window.End)
        {
            var segment = units[from].Segment;
            var to = from;
            while (to < window.End && units[to].Segment == segment) to++;
            var scan = scans[segment];
            var start = units[from].Unit.Start;
            var end = units[to - 1].Unit.End;
            start = ExtendLeft(scan.Text.Text, start, end);
            var fieldConfidence = Math.Clamp(confidence + (HasCue(scan.Text.Text, start) ? 0.05 : 0.0), 0.05, 0.99);
            var (rawStart, rawEnd) = scan.Text.ToRawSpan(start, end);
            output[segment].Add(new TextEntity(EntityKind.Phone, rawStart, rawEnd, value, fieldConfidence));
            from = to;
        }
    }

    /// <summary>Takes in a leading <c>+</c> and an opening bracket whose partner is inside the span.</summary>
    private static int ExtendLeft(string text, int start, int end)
    {
        for (var step = 0; step < 2 && start > 0; step++)
        {
            var before = text[start - 1];
            if (before == '+') { start--; continue; }
            if ((before == '(' && text.AsSpan(start, end - start).Contains(')'))
                || (before == '[' && text.AsSpan(start, end - start).Contains(']')))
            {
                start--;
                continue;
            }
            break;
        }
        return start;
    }

    private static bool HasCue(string text, int start)
    {
        var from = Math.Max(0, start - 24);
        var before = text.AsSpan(from, start - from);
        foreach (var cue in CueWords)
        {
            if (before.Contains(cue, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static bool IsSeparator(char c) => c switch
    {
        ' ' or '\t' or '\r' or '\n' or '.' or '-' or '/' or '\\' or '(' or ')' or '[' or ']' or '{' or '}' or '_'
            or '*' or '+' or ',' or ':' or ';' or '|' or '~' or '=' or '<' or '>' or '^' => true,
        _ => c > 0x7F && (char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) is UnicodeCategory.OtherSymbol or UnicodeCategory.MathSymbol or UnicodeCategory.DashPunctuation),
    };

    private readonly record struct PhoneUnit(char Digit, int Start, int End, bool Decoded);

    private readonly record struct PieceUnit(int Segment, PhoneUnit Unit);

    private readonly record struct Window(int Start, int End, double Weight, bool WellFormed, bool SubWindow);

    /// <summary>The digit units of one field, cut into pieces that may hold phones.</summary>
    private sealed class Scan
    {
        private Scan(NormalizedText text, int segment)
        {
            Text = text;
            Segment = segment;
        }

        public NormalizedText Text { get; }

        public int Segment { get; }

        public List<PhoneUnit> Units { get; } = [];

        public List<(int From, int To)> Pieces { get; } = [];

        public bool FirstPieceTouchesStart { get; private set; }

        public bool LastPieceTouchesEnd { get; private set; }

        public static Scan Read(NormalizedText text, int segment)
        {
            var scan = new Scan(text, segment);
            var source = text.Text;
            var folded = source.ToCharArray();
            Homoglyphs.FoldDigitRuns(folded);
            var chainStarts = new List<int>();
            scan.Tokenize(folded, chainStarts);
            scan.CutPieces(folded, chainStarts);
            return scan;
        }

        private void Tokenize(char[] f, List<int> chainStarts)
        {
            var raw = Text.Raw;
            var source = Text.Text;
            var n = f.Length;
            var broken = true;
            var lastEnd = -1;
            var newlines = 0;
            Span<SpelledDigits.DecodedWord> words = stackalloc SpelledDigits.DecodedWord[48];

            void Add(char digit, int start, int end, bool decoded)
            {
                if (broken || lastEnd < 0 || start - lastEnd > MaxGap) chainStarts.Add(Units.Count);
                Units.Add(new PhoneUnit(digit, start, end, decoded));
                lastEnd = end;
                broken = false;
                newlines = 0;
            }

            var i = 0;
            while (i < n)
            {
                var c = f[i];
                if (char.IsAsciiDigit(c))
                {
                    var rawStart = Text.RawStartOf(i);
                    var decoded = source[i] != c || Text.RawEndOf(i) - rawStart != 1 || raw[rawStart] != c;
                    Add(c, i, i + 1, decoded);
                    i++;
                    continue;
                }
                if (char.IsLetter(c))
                {
                    var j = i;
                    while (j < n && char.IsLetter(f[j])) j++;
                    var count = SpelledDigits.Decode(f.AsSpan(i, j - i), words);
                    if (count == 0)
                    {
                        broken = true;
                    }
                    else
                    {
                        var expected = 0;
                        for (var k = 0; k < count; k++)
                        {
                            var word = words[k];
                            if (word.Offset != expected) broken = true;
                            Add(word.Digit, i + word.Offset, i + word.Offset + word.Length, decoded: true);
                            expected = word.Offset + word.Length;
                        }
                        if (expected != j - i) broken = true;
                    }
                    i = j;
                    continue;
                }
                if (IsSeparator(c) || (char.IsHighSurrogate(c) && IsSymbolPair(f, i)))
                {
                    if (c == '\n' && ++newlines > 1) broken = true;
                    i += char.IsHighSurrogate(c) ? 2 : 1;
                    if (lastEnd >= 0 && i - lastEnd > MaxGap) broken = true;
                    continue;
                }
                broken = true;
                i++;
            }
        }

        private static bool IsSymbolPair(char[] f, int i) =>
            i + 1 < f.Length && char.IsLowSurrogate(f[i + 1])
            && CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(f[i], f[i + 1])) == UnicodeCategory.OtherSymbol;

        /// <summary>Cuts chains at price, age, height, date, time and measure groups, and drops reference-number chains.</summary>
        private void CutPieces(char[] f, List<int> chainStarts)
        {
            var groups = new List<(int From, int To)>();
            for (var c = 0; c < chainStarts.Count; c++)
            {
                var from = chainStarts[c];
                var to = c + 1 < chainStarts.Count ? chainStarts[c + 1] : Units.Count;
                groups.Clear();
                for (var k = from; k < to;)
                {
                    var g = k + 1;
                    while (g < to && Units[g].Start == Units[g - 1].End) g++;
                    groups.Add((k, g));
                    k = g;
                }
                var cut = new bool[groups.Count];
                if (FollowsReferenceWord(f, Units[from].Start))
                {
                    // The reference number is the first group and the groups written tightly after it
                    // ("order no. 204 555 1234"); a comma or a symbol ends it.
                    cut[0] = true;
                    for (var g = 1; g < groups.Count && Units[groups[g].From].Start - Units[groups[g - 1].To - 1].End <= 1
                         && SeparatorBetween(f, groups[g - 1], groups[g]) is ' ' or '-' or '.' or '/'; g++)
                    {
                        cut[g] = true;
                    }
                }
                for (var g = 0; g < groups.Count; g++)
                {
                    var (k, e) = groups[g];
                    if (IsMeasure(f, Units[k].Start, Units[e - 1].End, e - k)) cut[g] = true;
                }
                MarkDatesTimesAndMeasures(f, groups, cut);
                var pieceStart = from;
                for (var g = 0; g < groups.Count; g++)
                {
                    if (!cut[g]) continue;
                    if (groups[g].From > pieceStart) Pieces.Add((pieceStart, groups[g].From));
                    pieceStart = groups[g].To;
                }
                if (to > pieceStart) Pieces.Add((pieceStart, to));
            }
            if (Pieces.Count == 0) return;
            FirstPieceTouchesStart = OnlySeparators(f, 0, Units[Pieces[0].From].Start);
            LastPieceTouchesEnd = OnlySeparators(f, Units[Pieces[^1].To - 1].End, f.Length);
        }

        /// <summary>
        /// Marks dates (<c>2024-05-12</c>, <c>12/05/2024</c>, <c>05.12.24</c>), clock times (<c>10:30</c>) and
        /// body measurements (<c>36-24-36</c>) among consecutive groups of a chain.
        /// </summary>
        private void MarkDatesTimesAndMeasures(char[] f, List<(int From, int To)> groups, bool[] cut)
        {
            for (var g = 0; g + 1 < groups.Count; g++)
            {
                var a = groups[g];
                var b = groups[g + 1];
                var s1 = SeparatorBetween(f, a, b);
                var (sa, sb) = (a.To - a.From, b.To - b.From);
                if (s1 == ':' && sa <= 2 && sb == 2 && Value(a) <= 24 && Value(b) <= 59)
                {
                    cut[g] = cut[g + 1] = true;
                    continue;
                }
                if (g + 2 >= groups.Count || s1 is not ('/' or '-' or '.')) continue;
                var c = groups[g + 2];
                if (SeparatorBetween(f, b, c) != s1) continue;
                var sc = c.To - c.From;
                var (va, vb, vc) = (Value(a), Value(b), Value(c));
                var isDate =
                    (sa == 4 && va is >= 1900 and <= 2099 && sb <= 2 && sc <= 2 && DayMonth(vb, vc))
                    || (sa <= 2 && sb <= 2 && sc == 4 && vc is >= 1900 and <= 2099 && DayMonth(va, vb))
                    || (sa <= 2 && sb <= 2 && sc == 2 && DayMonth(va, vb));
                var isMeasure = sa == 2 && sb == 2 && sc == 2 && va is >= 20 and <= 60 && vb is >= 18 and <= 50 && vc is >= 20 and <= 60;
                if (isDate || isMeasure) cut[g] = cut[g + 1] = cut[g + 2] = true;
            }

            static bool DayMonth(int x, int y) => x >= 1 && y >= 1 && ((x <= 12 && y <= 31) || (y <= 12 && x <= 31));
        }

        private int Value((int From, int To) group)
        {
            var v = 0;
            for (var k = group.From; k < group.To && k < group.From + 6; k++) v = (v * 10) + (Units[k].Digit - '0');
            return v;
        }

        /// <summary>The single non-space separator between two groups, a space when there is none, or '\0' when there are several.</summary>
        private char SeparatorBetween(char[] f, (int From, int To) a, (int From, int To) b)
        {
            var found = ' ';
            for (var i = Units[a.To - 1].End; i < Units[b.From].Start; i++)
            {
                if (f[i] == ' ') continue;
                if (found != ' ') return '\0';
                found = f[i];
            }
            return found;
        }

        private static bool OnlySeparators(char[] f, int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                if (!IsSeparator(f[i]) && !char.IsSurrogate(f[i])) return false;
            }
            return true;
        }

        /// <summary>Whether the group <c>[start, end)</c> of <paramref name="size"/> digits is a price, age, height or measure.</summary>
        private static bool IsMeasure(char[] f, int start, int end, int size)
        {
            // Currency sign as a prefix: "$150", "$ 150"; not the suffix of an earlier price ("150$ 416…")
            // and not a decoration ("$$$ 403…").
            var b = start - 1;
            if (b >= 0 && f[b] == ' ') b--;
            if (b >= 0 && IsCurrency(f[b]) && !IsSuffixOrDecoration(f, b)) return true;
            if (start >= 2 && f[start - 1] == '\'' && char.IsAsciiDigit(f[start - 2])) return true;

            // Currency, percent or height mark after: "150$", "150 $" (but not "0123 $200", the next price), "5'", "6\"".
            var a = end;
            if (a < f.Length && (f[a] is '\'' or '"' or '%' || IsCurrency(f[a]))) return true;
            if (a < f.Length && f[a] == ' ') a++;
            if (a < f.Length && IsCurrency(f[a]) && !NextIsDigit(f, a + 1)) return true;
            if (a < f.Length && f[a] == '/') { a++; if (a < f.Length && f[a] == ' ') a++; }

            // Unit word after: "150hr", "23 yo", "1h", "130 lbs".
            var w = a;
            while (w < f.Length && w - a <= 10 && char.IsLetter(f[w])) w++;
            if (w == a || w - a > 10) return false;
            if (w < f.Length && char.IsAsciiDigit(f[w])) return false; // "h24" is not a unit after the group
            Span<char> lower = stackalloc char[w - a];
            f.AsSpan(a, w - a).ToLowerInvariant(lower);
            var lookup = UnitWords.GetAlternateLookup<ReadOnlySpan<char>>();
            return lookup.TryGetValue(lower, out var maxDigits) && size <= maxDigits;
        }

        private static bool IsCurrency(char c) => c is '$' or '€' or '£' or '¥';

        /// <summary>Whether the currency sign at <paramref name="at"/> ends an earlier price ("250 $", "150$") or is decoration ("$$").</summary>
        private static bool IsSuffixOrDecoration(char[] f, int at)
        {
            var c = at - 1;
            if (c >= 0 && IsCurrency(f[c])) return true;
            while (c >= 0 && f[c] == ' ') c--;
            return c >= 0 && char.IsAsciiDigit(f[c]);
        }

        private static bool NextIsDigit(char[] f, int i)
        {
            while (i < f.Length && f[i] == ' ') i++;
            return i < f.Length && char.IsAsciiDigit(f[i]);
        }

        /// <summary>Whether the chain starting at <paramref name="start"/> follows an order or reference keyword (<c>order #</c>, <c>ref no.</c>).</summary>
        private static bool FollowsReferenceWord(char[] f, int start)
        {
            var i = start;
            for (var hop = 0; hop < 3; hop++)
            {
                while (i > 0 && start - i < 24 && (f[i - 1] is ' ' or ':' or '.' or '#' or '-' or '=' or '°' or 'º')) i--;
                var wordEnd = i;
                while (i > 0 && char.IsLetter(f[i - 1])) i--;
                if (wordEnd == i) return false;
                var word = new string(f, i, wordEnd - i).ToLowerInvariant();
                if (ReferenceWords.Contains(word)) return true;
                if (word is not ("no" or "n" or "nr" or "num" or "number" or "numero" or "numéro" or "nº" or "code")) return false;
            }
            return false;
        }
    }
}
