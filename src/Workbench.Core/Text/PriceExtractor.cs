using System.Collections.Frozen;

namespace Workbench.Text;

/// <summary>
/// Finds prices and the durations they buy in ad text, in English and French: <c>$$80 HH</c>, <c>150/hr</c>,
/// <c>200 1h</c>, <c>half hour 120</c>, <c>130$ la demi-heure</c>, <c>200$ de l'heure</c>, <c>150 roses/hr</c>.
/// </summary>
/// <remarks>
/// <para>An amount is a number with a currency (a sign before or after it, or a word such as <c>dollars</c>, <c>CAD</c>
/// or the euphemism <c>roses</c>), or with a duration right beside it, or inside a rate list after a word such as
/// <c>rates</c> or <c>tarifs</c>. A duration is read after the amount (<c>/hr</c>, <c>per hour</c>, <c>l'heure</c>,
/// <c>1h</c>, <c>HH</c>, <c>QV</c>) or before it (<c>half hour 120</c>, <c>1h 200</c>); each duration serves one
/// amount, which is what pairs <c>1h 200 2h 350</c> correctly. Numbers that are durations themselves
/// (<c>30 min</c>), ages (<c>23 yo</c>), heights (<c>5'6</c>), times (<c>10am</c>, <c>22h</c>), years and
/// measurements are not prices; phone numbers are removed by <see cref="EntityExtractor"/> before prices are read.</para>
/// <para>Prices with durations are the market data of economic studies of online sex work (Cunningham &amp; Kendall,
/// "Prostitution 2.0", J. Urban Economics 2011); like the phone extractor, this is a deterministic, explainable rule
/// set measured on labelled snippets (<see cref="EntityEvaluation"/>).</para>
/// </remarks>
public static class PriceExtractor
{
    private static readonly FrozenSet<string> HourUnits = Set("h", "hr", "hrs", "hour", "hours", "heure", "heures", "hre", "hres");
    private static readonly FrozenSet<string> MinuteUnits = Set("min", "mins", "minute", "minutes", "mn", "mins");
    private static readonly FrozenSet<string> HalfHourWords = Set("hh", "hhr", "hhour");
    private static readonly FrozenSet<string> HourWords = Set("hr", "hour", "h", "fh", "heure", "hourly", "hre");
    private static readonly FrozenSet<string> QuickWords = Set("qv", "qk", "quickie", "qvs");
    private static readonly FrozenSet<string> CurrencyWords = Set("dollars", "dollar", "bucks", "cad", "usd", "roses", "rose", "cdn", "eur", "euros");
    private static readonly FrozenSet<string> Connectors = Set("per", "an", "a", "the", "for", "pour", "de", "la", "l", "par", "each", "by", "le");
    private static readonly FrozenSet<string> RateCues = Set(
        "rate", "rates", "price", "prices", "pricing", "tarif", "tarifs", "prix", "donation", "donations", "hourly", "special",
        "specials", "speciaux", "cost", "fee", "fees");

    // Words after a number that make it something other than an amount.
    private static readonly FrozenSet<string> NotAmountUnits = Set(
        "yo", "y", "yrs", "yr", "years", "year", "ans", "lbs", "lb", "kg", "kgs", "cm", "ft", "feet", "inch", "inches",
        "am", "pm", "km", "th", "st", "nd", "rd", "e", "er", "eme", "days", "day", "jours", "jour", "weeks", "week", "semaines",
        "pics", "photos", "pictures", "videos", "girls", "filles", "ladies", "cup", "dd", "ddd", "x", "k", "mins", "percent");

    /// <summary>Finds the prices in <paramref name="text"/>.</summary>
    /// <param name="text">Raw text.</param>
    /// <returns>Prices sorted by start, with raw spans.</returns>
    public static IReadOnlyList<PriceMention> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Extract(WordTokens.Read(TextNormalizer.Normalize(text, TextNormalizerOptions.ForExtraction)));
    }

    internal static IReadOnlyList<PriceMention> Extract(WordTokens t)
    {
        List<PriceMention>? result = null;
        var claimedUntil = -1; // durations up to this token are taken
        for (var i = 0; i < t.Count; i++)
        {
            if (i <= claimedUntil || !t.IsNumber(i)) continue;
            if (!TryAmount(t, i, claimedUntil, out var mention, out var lastUsed)) continue;
            (result ??= []).Add(mention);
            claimedUntil = Math.Max(claimedUntil, lastUsed);
        }
        return result ?? (IReadOnlyList<PriceMention>)[];
    }

    private static bool TryAmount(WordTokens t, int i, int claimedUntil, out PriceMention mention, out int lastUsed)
    {
        mention = null!;
        lastUsed = i;
        var text = t.Text.Text;
        var start = t.Start(i);

        // Left boundary: not glued to a word or an identifier ("ph_4f…", "x150", "#150").
        if (start > 0)
        {
            var before = text[start - 1];
            if (char.IsLetter(before) || before is '_' or '#' or '.' or ',' or ':' || char.IsAsciiDigit(before)) return false;
        }
        var n = t.Number(i);
        if (n < 0) return false;
        var amount = (decimal)n;
        var last = i;

        // Decimals: "150.00", "99,99".
        if (i + 1 < t.Count && t.IsNumber(i + 1) && t.End(i + 1) - t.Start(i + 1) == 2)
        {
            var gap = t.GapAfter(i);
            if (gap is "." or ",")
            {
                amount += t.Number(i + 1) / 100m;
                last = i + 1;
            }
        }

        var after = t.GapAfter(last);
        if (after.Length > 0 && after[0] is '\'' or '"' or '%' or ':' or '+') return false; // height, percent, time, "18+"
        if (last + 1 < t.Count && after.Length == 0 && t.IsNumber(last + 1)) return false;

        // A number that is itself a duration ("30 min", "1h") is not an amount.
        if (TryDurationAt(t, i, out _, out _, out _)) return false;
        var next = last + 1;
        if (next < t.Count && t.IsWord(next) && IsTight(t.GapBefore(next)) && Lookup(NotAmountUnits, t.Folded(next))) return false;

        // Currency before: "$150", "$$80", "$ 150", "CAD 150", "US$150".
        string? currency = null;
        var spanStart = i;
        var gapBefore = t.GapBefore(i).TrimEnd(' ');
        if (gapBefore.Length > 0 && CurrencyOf(gapBefore[^1]) is { } sign)
        {
            currency = sign;
            if (i > 0 && gapBefore.Length == 1 && t.IsWord(i - 1) && t.Is(i - 1, "us")) currency = "USD";
        }
        else if (i > 0 && t.IsWord(i - 1) && IsTight(t.GapBefore(i)) && (t.Is(i - 1, "cad") || t.Is(i - 1, "usd")))
        {
            currency = t.Is(i - 1, "usd") ? "USD" : "CAD";
            spanStart = i - 1;
        }

        // Currency after: "150$", "150 $", "150 roses", "150 dollars".
        var afterTrim = after.TrimStart(' ');
        var cursor = last + 1; // next token to read
        var currencyAfterSign = false;
        if (currency is null && afterTrim.Length > 0 && after.Length - afterTrim.Length <= 1 && CurrencyOf(afterTrim[0]) is { } suffix)
        {
            currency = suffix;
            currencyAfterSign = true;
        }
        else if (currency is null && cursor < t.Count && t.IsWord(cursor) && IsTight(t.GapBefore(cursor)) && Lookup(CurrencyWords, t.Folded(cursor)))
        {
            var word = t.Folded(cursor);
            currency = word.SequenceEqual("usd") ? "USD" : word.StartsWith("eur") ? "EUR" : "CAD";
            last = cursor;
            cursor++;
        }

        // Duration after: "/hr", "per hour", "de l'heure", " 1h", "HH", glued "150hr", "/30" (minutes).
        int? minutes = null;
        var durationLast = -1;
        var tightAfter = false;
        if (cursor < t.Count)
        {
            var gap = t.GapBefore(cursor);
            var slash = gap.Contains('/') || gap.Contains('⁄');
            var gapOk = slash
                ? gap.Length <= 4 && !gap.ContainsAnyExcept(" /⁄$€")
                : gap.Length <= 4 && !gap.ContainsAnyExcept(" $-€") && gap.Trim(" $€").Length <= 1;
            if (gapOk)
            {
                var at = cursor;
                var connectors = 0;
                while (!slash && at + 1 < t.Count && connectors < 2 && t.IsWord(at) && Lookup(Connectors, t.Folded(at)) && t.JoinsPrevious(at + 1))
                {
                    at++;
                    connectors++;
                }
                if (TryDurationAt(t, at, out var m, out var dl, out _))
                {
                    minutes = m;
                    durationLast = dl;
                    tightAfter = slash || connectors > 0 || gap.Length == 0;
                }
                else if (slash && currency is not null && t.IsNumber(at) && t.Number(at) is 15 or 20 or 30 or 45 or 60 or 90 or 120
                         && !(at + 1 < t.Count && t.GapBefore(at + 1).Length == 0))
                {
                    // "$160/30, $250/60": minutes after a slash.
                    minutes = t.Number(at);
                    durationLast = at;
                    tightAfter = true;
                }
            }
        }

        // Duration before: "half hour 120", "1h 200", "HH: 80", "30 min $80", "hourly: $150" (the longest one).
        int? minutesBefore = null;
        var beforeFrom = -1;
        if (i > 0)
        {
            var gap = t.GapBefore(i);
            if (gap.Length <= 4 && !gap.ContainsAnyExcept(" :=-@$€"))
            {
                for (var from = Math.Max(claimedUntil + 1, i - 3); from < i; from++)
                {
                    if (TryDurationAt(t, from, out var m, out var dl, out _) && dl == i - 1)
                    {
                        minutesBefore = m;
                        beforeFrom = from;
                        break;
                    }
                }
            }
        }

        // Which duration belongs to this amount: a tight one after it ("150/hr"), else one before it ("1h 200"),
        // else a loose one after it ("200 1h"). A duration after that is itself followed by an amount
        // ("FULL HOUR 240 / HALF HOUR 160") belongs to that next amount when this one has its own before it.
        var afterLeadsNext = minutes is not null && FollowedByAmount(t, durationLast);
        if (minutes is not null && (tightAfter || minutesBefore is null) && !(afterLeadsNext && minutesBefore is not null))
        {
            last = durationLast;
        }
        else if (minutesBefore is not null)
        {
            minutes = minutesBefore;
            spanStart = beforeFrom;
        }
        else
        {
            minutes = null;
        }

        var hasCue = false;
        for (var k = Math.Max(0, i - 4); k < i && !hasCue; k++) hasCue = t.IsWord(k) && Lookup(RateCues, t.Folded(k));

        double confidence;
        if (currency is not null)
        {
            if (amount < 10 || amount > 20_000) return false;
            confidence = minutes is null ? 0.85 : 0.95;
        }
        else if (minutes is not null)
        {
            if (amount < 40 || amount > 3_000 || (amount >= 1900 && amount <= 2100 && amount == n)) return false;
            confidence = 0.8;
        }
        else if (hasCue)
        {
            if (amount < 40 || amount > 3_000) return false;
            confidence = 0.6;
        }
        else
        {
            return false;
        }
        if (amount < 40 || amount > 2_000) confidence -= 0.15;
        if (currency is null && hasCue) confidence += 0.05;

        var (rawStart, rawEnd) = t.RawSpan(spanStart, last);
        if (currency is not null && spanStart == i)
        {
            // Take in the currency signs written right before the amount ("$150", "$$80", "US$300").
            var signAt = t.Start(i) - 1;
            while (signAt >= 0 && text[signAt] == ' ') signAt--;
            if (signAt >= 0 && CurrencyOf(text[signAt]) is not null && t.Start(i) - signAt <= 2)
            {
                while (signAt > 0 && CurrencyOf(text[signAt - 1]) is not null) signAt--;
                rawStart = t.Text.ToRawSpan(signAt, signAt + 1).Start;
            }
        }
        if (currencyAfterSign && last == i + (amount != n ? 1 : 0))
        {
            var signAt = t.End(last);
            while (signAt < text.Length && text[signAt] == ' ') signAt++;
            if (signAt < text.Length) rawEnd = t.Text.ToRawSpan(signAt, signAt + 1).End;
        }
        mention = new PriceMention(rawStart, rawEnd, amount, currency ?? "CAD", minutes, Math.Round(Math.Clamp(confidence, 0.05, 0.99), 2));
        lastUsed = last;
        return true;
    }

    /// <summary>Reads a duration starting at token <paramref name="i"/>: <c>1h</c>, <c>30 min</c>, <c>1/2 hr</c>,
    /// <c>half hour</c>, <c>demi-heure</c>, <c>HH</c>, <c>hour</c>, <c>QV</c>.</summary>
    internal static bool TryDurationAt(WordTokens t, int i, out int minutes, out int last, out bool counted)
    {
        minutes = 0;
        last = i;
        counted = false;
        if (i >= t.Count) return false;
        if (t.IsNumber(i))
        {
            var n = t.Number(i);
            var j = i + 1;
            if (j >= t.Count || !t.IsWord(j) || !IsTight(t.GapBefore(j)))
            {
                // "1/2 h", "1/2 hr"
                if (n == 1 && j + 1 < t.Count && t.IsNumber(j) && t.Number(j) == 2 && t.GapBefore(j) is "/" or "⁄"
                    && t.IsWord(j + 1) && IsTight(t.GapBefore(j + 1)) && Lookup(HourUnits, t.Folded(j + 1)))
                {
                    minutes = 30;
                    last = j + 1;
                    counted = true;
                    return true;
                }
                return false;
            }
            var unit = t.Folded(j);
            if (Lookup(HourUnits, unit) && n is >= 1 and <= 12)
            {
                minutes = 60 * n;
                // "1h30", "1 h 30"
                if (j + 1 < t.Count && t.IsNumber(j + 1) && IsTight(t.GapBefore(j + 1)) && t.Number(j + 1) is 15 or 30 or 45)
                {
                    minutes += t.Number(j + 1);
                    j++;
                }
                last = j;
                counted = true;
                return true;
            }
            if (Lookup(MinuteUnits, unit) && n is >= 5 and <= 240)
            {
                minutes = n;
                last = j;
                counted = true;
                return true;
            }
            return false;
        }

        var w = t.Folded(i);
        if ((w.SequenceEqual("half") || w.SequenceEqual("demi")) && i + 1 < t.Count && t.JoinsPrevious(i + 1) && Lookup(HourUnits, t.Folded(i + 1)))
        {
            minutes = 30;
            last = i + 1;
            return true;
        }
        if (w.SequenceEqual("full") && i + 1 < t.Count && t.JoinsPrevious(i + 1) && Lookup(HourUnits, t.Folded(i + 1)))
        {
            minutes = 60;
            last = i + 1;
            return true;
        }
        if (w.SequenceEqual("quick") && i + 1 < t.Count && t.JoinsPrevious(i + 1) && t.Is(i + 1, "visit"))
        {
            minutes = 15;
            last = i + 1;
            return true;
        }
        if (Lookup(HalfHourWords, w)) { minutes = 30; return true; }
        if (Lookup(QuickWords, w)) { minutes = 15; return true; }
        if (Lookup(HourWords, w)) { minutes = 60; return true; }
        return false;
    }

    private static bool FollowedByAmount(WordTokens t, int last)
    {
        var next = last + 1;
        if (next >= t.Count || !t.IsNumber(next)) return false;
        var gap = t.GapBefore(next);
        return gap.Length <= 3 && !gap.ContainsAnyExcept(" :=-$€") && t.Number(next) is >= 20 and <= 20_000
               && !TryDurationAt(t, next, out _, out _, out _);
    }

    private static bool IsTight(ReadOnlySpan<char> gap) => gap.Length == 0 || gap is " ";

    private static string? CurrencyOf(char c) => c switch
    {
        '$' => "CAD",
        '€' => "EUR",
        '£' => "GBP",
        _ => null,
    };

    private static bool Lookup(FrozenSet<string> set, ReadOnlySpan<char> word) =>
        set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
