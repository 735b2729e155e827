using System.Text;
using Workbench.Data;

namespace Workbench.Interactive;

/// <summary>
/// Keeps raw contacts out of anything a notebook shows: tokens (<c>ph_…</c>, <c>em_…</c>, …) pass, raw phone numbers,
/// e-mails, handles and URLs are replaced by a marker that names their kind.
/// </summary>
/// <remarks>
/// Ads that went through ingest carry tokens only, so the mask changes nothing on them. It exists for the ads a
/// notebook reads straight from a source file (<c>AdSource.Open(path).Ads()</c>, contacts still raw): a formatter must
/// not be the place where a raw number reaches a saved notebook. <see cref="Ad"/> runs the ingest's own
/// <see cref="Pseudonymizer"/> (under a throw-away key) and turns what it tokenized into markers, so whatever ingest
/// would hide, the display hides; <see cref="Text"/> uses the same extractor on text without its ad.
/// </remarks>
public static class IdentifierMask
{
    // Tokens under this key exist only inside this process, long enough to be replaced by markers.
    private static readonly Pseudonymizer Throwaway = new(PseudonymKey.FromHex(PseudonymKey.NewHex(), "display mask"));

    /// <summary>
    /// The ad as it may be shown: raw contacts in its list fields, title, body and extra columns replaced by markers;
    /// tokens kept. An ingested ad comes back unchanged.
    /// </summary>
    public static Ad Ad(Ad ad)
    {
        ArgumentNullException.ThrowIfNull(ad);
        var masked = Throwaway.Apply(ad);
        if (masked.Entities.Count == 0) return ad;
        var markers = masked.Entities.GroupBy(e => e.Token, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Marker(g.First().Kind), StringComparer.Ordinal);
        string Replace(string text)
        {
            foreach (var (token, marker) in markers) text = text.Replace(token, marker, StringComparison.Ordinal);
            return text;
        }
        IReadOnlyList<string> List(IReadOnlyList<string> values) => values.Select(Replace).ToList();
        var a = masked.Ad;
        return a with
        {
            Title = a.Title is null ? null : Replace(a.Title),
            Body = Replace(a.Body),
            Phones = List(a.Phones),
            Emails = List(a.Emails),
            Handles = List(a.Handles),
            Urls = List(a.Urls),
            Extras = a.Extras.ToDictionary(kv => kv.Key, kv => Replace(kv.Value), StringComparer.Ordinal),
        };
    }

    /// <summary>The marker shown in place of a raw contact of <paramref name="kind"/>.</summary>
    public static string Marker(ContactKind kind) => $"[{kind.Name()} hidden]";

    /// <summary>A contact-list value as it may be shown: the token itself, or a marker for a raw value.</summary>
    public static string Value(string value, ContactKind kind)
    {
        ArgumentNullException.ThrowIfNull(value);
        return ContactKinds.IsToken(value) ? value : Marker(kind);
    }

    /// <summary>Text with every raw contact the extractor finds replaced by its marker; tokens are left as they are.</summary>
    /// <param name="text">The text.</param>
    /// <param name="keepBareHosts">
    /// Leave a URL that is a bare host name (<c>northernlist.ca</c>: no scheme, no <c>www</c>, no path) as it is. Labels of
    /// charts and cells of tables use it, where such a value names the site an ad was collected from (a platform, not
    /// a person); free text (titles, bodies) never does.
    /// </param>
    public static string Text(string? text, bool keepBareHosts = false)
    {
        if (string.IsNullOrEmpty(text)) return text ?? string.Empty;
        var spans = TextContacts.Find(text);
        if (spans.Count == 0) return text;
        var sb = new StringBuilder(text.Length);
        var at = 0;
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            if (span.Start < at) continue;
            var found = text[span.Start..span.End];
            if (ContactKinds.IsToken(found.Trim())) continue;
            if (keepBareHosts && span.Kind == ContactKind.Url && IsBareHost(found)) continue;
            sb.Append(text, at, span.Start - at).Append(Marker(span.Kind));
            at = span.End;
        }
        return sb.Append(text, at, text.Length - at).ToString();
    }

    private static bool IsBareHost(string found)
    {
        var value = found.Trim();
        return value.Length > 0 && !value.Contains('/', StringComparison.Ordinal) && !value.Contains('@', StringComparison.Ordinal)
               && !value.StartsWith("www", StringComparison.OrdinalIgnoreCase) && !value.Contains('[', StringComparison.Ordinal)
               && !value.Any(char.IsWhiteSpace);
    }
}
