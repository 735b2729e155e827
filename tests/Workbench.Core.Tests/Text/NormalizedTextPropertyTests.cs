using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Workbench.Text;

namespace Workbench.Tests.Text;

/// <summary>Strings built from the pieces ads are made of: digits of every disguise, separators, invisible
/// characters, entities, tags, emoji, surrogate halves and words; far more likely to hit edge cases than
/// uniformly random strings.</summary>
public static class AdLikeStrings
{
    private static readonly string[] Pieces =
    [
        "4", "1", "6", "0", "9", " ", "-", ".", "(", ")", "/", "+1", "$", "'", "\"", "#", "@", "o", "O", "l", "I", "|",
        "four", "ONE", "six", "zéro", "quatre", "oh", "call", "text", "at", "dot", "[at]", "(dot)", "gmail", "com",
        "www.", "http://", "hxxp://", ".ca/", "IG:", "snap", "OF:", "whatsapp", "x.com/", "\u200B", "\uFEFF", "\u200D",
        "\uFE0F\u20E3", "４", "④", "❹", "𝟒", "&#52;", "&amp;", "&", "<b>", "</p>", "<", ">", "\uD83D", "\uDE00",
        "😀", "e\u0301", "\u0301", "\n", "\t", "\0", "ﬁ", "⑩", "㎏", "İ", "ß", "!!!", "...", "yo", "hr", "5'6\"",
        "2024-05-12", "12/05/2024", "10:30", "36-24-36",
    ];

    public static Arbitrary<string> String() =>
        Gen.Frequency(
                (4, Gen.ListOf(Gen.Elements(Pieces)).Select(parts => string.Concat(parts))),
                (1, ArbMap.Default.ArbFor<string>().Generator.Select(s => s ?? "")))
            .ToArbitrary();
}

[Properties(Arbitrary = [typeof(AdLikeStrings)], MaxTest = 400)]
public class NormalizedTextPropertyTests
{
    [Property]
    public bool Normalize_never_throws_and_every_span_maps_inside_the_raw_text_in_order(string raw)
    {
        // Given any string / When normalized with and without every option
        foreach (var options in new[] { TextNormalizerOptions.Default, TextNormalizerOptions.ForExtraction, new TextNormalizerOptions { LowerCase = true, DecodeHtml = false } })
        {
            var n = TextNormalizer.Normalize(raw, options);
            // Then each character maps to a non-empty raw span, and spans are ordered
            var previous = (Start: 0, End: 0);
            for (var i = 0; i < n.Length; i++)
            {
                var span = n.ToRawSpan(i, i + 1);
                if (span.Start < 0 || span.End > raw.Length || span.Start >= span.End) return false;
                if (span.Start < previous.Start || span.End < previous.End) return false;
                previous = span;
            }
            // And any span maps to one that contains the mapped spans of its ends
            if (n.Length > 1)
            {
                var whole = n.ToRawSpan(0, n.Length);
                if (whole.Start != n.ToRawSpan(0, 1).Start || whole.End != n.ToRawSpan(n.Length - 1, n.Length).End) return false;
            }
            var empty = n.ToRawSpan(n.Length, n.Length);
            if (empty.Start != raw.Length) return false;
        }
        return true;
    }

    [Property]
    public bool Extract_never_throws_and_entities_lie_inside_the_text_without_overlap(string raw)
    {
        // Given any string / When every extractor runs
        var all = ContactExtractor.Extract(raw);
        var lists = new[] { all, PhoneExtractor.Extract(raw), EmailExtractor.Extract(raw), HandleExtractor.Extract(raw), UrlExtractor.Extract(raw) };
        foreach (var list in lists)
        {
            foreach (var e in list)
            {
                if (e.Start < 0 || e.End > raw.Length || e.Start >= e.End || e.Value.Length == 0) return false;
                if (e.Confidence is <= 0 or > 1) return false;
            }
        }
        // Then the combined list is sorted and non-overlapping
        for (var i = 1; i < all.Count; i++)
        {
            if (all[i].Start < all[i - 1].End) return false;
        }
        // And a split read of the same text never throws either
        var half = raw.Length / 2;
        if (half > 0 && char.IsLowSurrogate(raw[half])) half--;
        var across = ContactExtractor.ExtractAcross(raw[..half], raw[half..]);
        return across.Title.All(e => e.End <= half) && across.Body.All(e => e.End <= raw.Length - half);
    }

    [Property]
    public bool Phones_found_are_always_valid_E164(string raw)
    {
        return PhoneExtractor.Extract(raw).All(e => e.Value.Length == 12 && e.Value.StartsWith("+1", StringComparison.Ordinal) && NanpNumbering.IsValid(e.Value.AsSpan(2)));
    }
}
