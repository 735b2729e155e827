using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Workbench.Data;
using Workbench.Text;

namespace Workbench.Retrieval;

/// <summary>
/// The entities of whole ads as table rows: from raw ads (contacts replaced by their keyed tokens, offsets into the
/// raw fields) for <c>workbench extract</c>, or from stored, pseudonymized ads (offsets into the stored fields) for
/// notebooks.
/// </summary>
/// <remarks>A row never holds a raw phone, e-mail, handle or URL: contacts become <c>ph_</c>/<c>em_</c>/<c>hd_</c>/<c>ur_</c>
/// tokens under the key, exactly as the pseudonymizer computes them, so that rows join the store's entities.</remarks>
public static partial class AdEntities
{
    /// <summary>The CSV header <see cref="WriteCsv"/> writes.</summary>
    public const string CsvHeader = "ad_id,field,kind,value,start,end,confidence";

    /// <summary>Rows of a raw ad: every entity of its title and body, contacts as keyed tokens.</summary>
    /// <param name="raw">An ad as loaded from a source file (contacts raw).</param>
    /// <param name="key">The pseudonymization key.</param>
    /// <param name="options">Extraction settings; defaults when null.</param>
    public static IEnumerable<AdEntityRow> FromRaw(Ad raw, PseudonymKey key, EntityExtractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(key);
        var found = EntityExtractor.Extract(raw.Title ?? string.Empty, raw.Body, options);
        return Rows(raw.AdId, "title", found.Title, key).Concat(Rows(raw.AdId, "body", found.Body, key));
    }

    /// <summary>Rows of a stored (pseudonymized) ad: the keyed tokens in its text as contacts, and every other entity.</summary>
    /// <param name="ad">A pseudonymized ad, e.g. from <c>store.ReadAds()</c>.</param>
    /// <param name="options">Extraction settings (contacts are never searched in masked text); defaults when null.</param>
    public static IEnumerable<AdEntityRow> FromPseudonymized(Ad ad, EntityExtractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ad);
        options = (options ?? EntityExtractionOptions.Default) with { Contacts = false };
        foreach (var (field, text) in new[] { ("title", ad.Title ?? string.Empty), ("body", ad.Body) })
        {
            var rows = new List<AdEntityRow>();
            foreach (Match m in TokenPattern().Matches(text))
            {
                var kind = m.Value[..2] switch { "ph" => "phone", "em" => "email", "hd" => "handle", _ => "url" };
                rows.Add(new AdEntityRow(ad.AdId, field, kind, m.Value, m.Index, m.Index + m.Length, 1.0));
            }
            foreach (var e in EntityExtractor.Extract(text, options))
            {
                if (rows.Exists(r => r.Kind is "phone" or "email" or "handle" or "url" && e.Start < r.End && r.Start < e.End)) continue;
                rows.Add(new AdEntityRow(ad.AdId, field, Name(e.Kind), e.Value, e.Start, e.End, e.Confidence));
            }
            rows.Sort(static (a, b) => a.Start.CompareTo(b.Start));
            foreach (var r in rows) yield return r;
        }
    }

    /// <summary>The lower-case kind name written to tables (<c>phone</c> … <c>indicator</c>).</summary>
    public static string Name(EntityKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>Writes rows as CSV with <see cref="CsvHeader"/> (RFC 4180 quoting).</summary>
    public static long WriteCsv(IEnumerable<AdEntityRow> rows, TextWriter writer, bool header = true)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(writer);
        if (header) writer.WriteLine(CsvHeader);
        long count = 0;
        var sb = new StringBuilder(96);
        foreach (var r in rows)
        {
            sb.Clear();
            Cell(sb, r.AdId).Append(',');
            Cell(sb, r.Field).Append(',');
            Cell(sb, r.Kind).Append(',');
            Cell(sb, r.Value).Append(',');
            sb.Append(r.Start.ToString(CultureInfo.InvariantCulture)).Append(',');
            sb.Append(r.End.ToString(CultureInfo.InvariantCulture)).Append(',');
            sb.Append(r.Confidence.ToString("0.###", CultureInfo.InvariantCulture));
            writer.WriteLine(sb);
            count++;
        }
        return count;
    }

    private static IEnumerable<AdEntityRow> Rows(string adId, string field, IReadOnlyList<TextEntity> entities, PseudonymKey key)
    {
        foreach (var e in entities)
        {
            var value = e.Kind switch
            {
                EntityKind.Phone => key.Token(ContactKind.Phone.Prefix(), e.Value),
                EntityKind.Email => key.Token(ContactKind.Email.Prefix(), e.Value),
                EntityKind.Handle => key.Token(ContactKind.Handle.Prefix(), e.Value),
                EntityKind.Url => key.Token(ContactKind.Url.Prefix(), e.Value),
                _ => e.Value,
            };
            yield return new AdEntityRow(adId, field, Name(e.Kind), value, e.Start, e.End, e.Confidence);
        }
    }

    private static StringBuilder Cell(StringBuilder sb, string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0) return sb.Append(value);
        return sb.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    [GeneratedRegex("\\b(?:ph|em|hd|ur)_[0-9a-f]{16}\\b")]
    private static partial Regex TokenPattern();
}
