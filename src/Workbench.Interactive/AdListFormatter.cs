using System.Globalization;
using Workbench.Data;

namespace Workbench.Interactive;

/// <summary>
/// Shows a sequence of ads as one table, a row per ad, bodies shortened; contacts as tokens only (see
/// <see cref="AdFormatter"/>). At most <see cref="MaxRows"/> rows are shown, so that a notebook stays small.
/// </summary>
public sealed class AdListFormatter : WorkbenchFormatter<IEnumerable<Ad>>
{
    /// <summary>Rows shown at most; the rest are counted under the table.</summary>
    public int MaxRows { get; init; } = 25;

    /// <summary>Characters of the body shown per row.</summary>
    public int BodyChars { get; init; } = 140;

    /// <inheritdoc />
    public override string ToHtml(IEnumerable<Ad> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var inv = CultureInfo.InvariantCulture;
        var shown = new List<IReadOnlyList<string>>();
        var total = 0;
        foreach (var raw in value)
        {
            if (total++ >= MaxRows) continue;
            var ad = IdentifierMask.Ad(raw);
            var body = ad.Body;
            if (body.Length > BodyChars) body = body[..BodyChars] + "…";
            shown.Add([
                ad.AdId, ad.PostedAt.ToString("yyyy-MM-dd HH:mm", inv), ad.Site ?? "", ad.City ?? "", ad.Province ?? "",
                AdFormatter.Contacts(ad.Phones, ContactKind.Phone), AdFormatter.Contacts(ad.Emails, ContactKind.Email),
                AdFormatter.Contacts(ad.Handles, ContactKind.Handle), ad.Title ?? "", body,
            ]);
        }
        var caption = total > shown.Count
            ? string.Create(inv, $"{shown.Count:N0} of {total:N0} ads shown")
            : string.Create(inv, $"{total:N0} ads");
        return Html.Table(
            [AdFields.AdId, "posted (UTC)", AdFields.Site, AdFields.City, AdFields.Province, AdFields.Phones, AdFields.Emails,
             AdFields.Handles, AdFields.Title, AdFields.Body],
            shown, caption);
    }
}
