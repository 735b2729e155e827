using System.Text.RegularExpressions;

namespace Workbench.Data;

/// <summary>
/// Finds contacts in free text for pseudonymization: phone numbers with ordinary separators, plain e-mails, URLs and
/// handles written with a platform prefix.
/// </summary>
/// <remarks>
/// This is the plain finder of the foundation; the text layer's obfuscation-aware extractor replaces it as the default
/// once present. Spans never overlap: a longer match wins over one it contains.
/// </remarks>
public static partial class ContactFinder
{
    /// <summary>Finds contacts in <paramref name="text"/>, sorted by start, without overlaps.</summary>
    public static IReadOnlyList<ContactSpan> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<ContactSpan>();
        foreach (Match m in EmailPattern().Matches(text))
        {
            spans.Add(new ContactSpan(ContactKind.Email, m.Index, m.Index + m.Length, m.Value.ToLowerInvariant(), 0.95));
        }
        foreach (Match m in UrlPattern().Matches(text))
        {
            var value = m.Value.TrimEnd('.', ',', ';', ':', '!', '?', ')', ']');
            spans.Add(new ContactSpan(ContactKind.Url, m.Index, m.Index + value.Length, value.ToLowerInvariant(), 0.9));
        }
        foreach (Match m in PhonePattern().Matches(text))
        {
            var e164 = "+1" + m.Groups["npa"].Value + m.Groups["nxx"].Value + m.Groups["line"].Value;
            spans.Add(new ContactSpan(ContactKind.Phone, m.Index, m.Index + m.Length, e164, 0.9));
        }
        foreach (Match m in HandlePattern().Matches(text))
        {
            var platform = PhoneNormalizer.Platform(m.Groups["platform"].Value);
            if (platform is null) continue;
            var name = m.Groups["name"].Value.TrimEnd('.');
            spans.Add(new ContactSpan(ContactKind.Handle, m.Index, m.Groups["name"].Index + name.Length,
                $"{platform}:{name.ToLowerInvariant()}", 0.8));
        }
        return RemoveOverlaps(spans);
    }

    /// <summary>Sorts spans by start and drops any span that overlaps an earlier, longer one.</summary>
    public static IReadOnlyList<ContactSpan> RemoveOverlaps(List<ContactSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : (b.End - b.Start).CompareTo(a.End - a.Start));
        var kept = new List<ContactSpan>(spans.Count);
        foreach (var span in spans)
        {
            if (kept.Count > 0 && span.Start < kept[^1].End)
            {
                if (span.End - span.Start > kept[^1].End - kept[^1].Start) kept[^1] = span;
                continue;
            }
            kept.Add(span);
        }
        return kept;
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"(?:https?://|www\.)[^\s<>""']+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"(?<![\d\w])(?:\+?1[\s.\-]?)?\(?(?<npa>[2-9]\d{2})\)?[\s.\-/_*]{0,3}(?<nxx>[2-9]\d{2})[\s.\-/_*]{0,3}(?<line>\d{4})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"\b(?<platform>instagram|insta|ig|snapchat|snap|sc|twitter|onlyfans|of|telegram|tg)\s*(?::\s*@?|@)(?<name>[A-Za-z0-9_.]{2,30})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HandlePattern();
}
