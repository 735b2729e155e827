using System.Globalization;
using Workbench.Data;

namespace Workbench.Interactive;

/// <summary>
/// Shows one ad as a field table. Contacts appear as tokens only: in an ad read from a source file before ingest,
/// every contact the ingest would tokenize is replaced by a marker (<see cref="IdentifierMask.Ad"/>).
/// </summary>
public sealed class AdFormatter : WorkbenchFormatter<Ad>
{
    /// <inheritdoc />
    public override string ToHtml(Ad value)
    {
        ArgumentNullException.ThrowIfNull(value);
        value = IdentifierMask.Ad(value);
        var inv = CultureInfo.InvariantCulture;
        var rows = new List<IReadOnlyList<string>>
        {
            new[] { AdFields.AdId, value.AdId },
            new[] { AdFields.PostedAt, value.PostedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", inv) },
            new[] { AdFields.Site, value.Site ?? "" },
            new[] { AdFields.City, value.City ?? "" },
            new[] { AdFields.Province, value.Province ?? "" },
            new[] { AdFields.Phones, Contacts(value.Phones, ContactKind.Phone) },
            new[] { AdFields.Emails, Contacts(value.Emails, ContactKind.Email) },
            new[] { AdFields.Handles, Contacts(value.Handles, ContactKind.Handle) },
            new[] { AdFields.Urls, Contacts(value.Urls, ContactKind.Url) },
            new[] { AdFields.Title, value.Title ?? "" },
            new[] { AdFields.Body, value.Body },
        };
        if (value.PriceAmount is { } price)
        {
            rows.Add([AdFields.PriceAmount, string.Create(inv, $"{price} {value.PriceCurrency ?? "CAD"} / {value.PriceDurationMin?.ToString(inv) ?? "?"} min")]);
        }
        if (value.ImageHashes.Count > 0) rows.Add([AdFields.ImageHashes, string.Join(", ", value.ImageHashes)]);
        return Html.Table(["field", "value"], rows);
    }

    /// <summary>A contact list as shown: tokens, or markers for raw values.</summary>
    internal static string Contacts(IReadOnlyList<string> values, ContactKind kind) =>
        string.Join(", ", values.Select(v => IdentifierMask.Value(v, kind)));
}
