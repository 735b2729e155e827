using Microsoft.Data.Analysis;

namespace Workbench.Data;

/// <summary>
/// Microsoft.Data.Analysis <see cref="DataFrame"/> views of ads, for notebooks and quick tabulation.
/// </summary>
/// <remarks>
/// One row per ad and one column per scalar field; list fields appear as counts (<c>n_phones</c>, …) and, for the
/// pseudonymous tokens, as the first token (<c>phone_token</c>), which is what most tabulations need. The typed
/// <see cref="Ad"/> records remain the complete form.
/// </remarks>
public static class AdFrames
{
    /// <summary>Builds a data frame from ads (materializes them: use on samples or filtered sets of a large store).</summary>
    public static DataFrame ToDataFrame(IEnumerable<Ad> ads)
    {
        ArgumentNullException.ThrowIfNull(ads);
        var id = new StringDataFrameColumn(AdFields.AdId);
        var posted = new PrimitiveDataFrameColumn<DateTime>(AdFields.PostedAt);
        var site = new StringDataFrameColumn(AdFields.Site);
        var city = new StringDataFrameColumn(AdFields.City);
        var province = new StringDataFrameColumn(AdFields.Province);
        var lat = new DoubleDataFrameColumn(AdFields.Lat);
        var lon = new DoubleDataFrameColumn(AdFields.Lon);
        var price = new DoubleDataFrameColumn(AdFields.PriceAmount);
        var minutes = new Int32DataFrameColumn(AdFields.PriceDurationMin);
        var age = new Int32DataFrameColumn(AdFields.StatedAge);
        var phones = new Int32DataFrameColumn("n_phones");
        var emails = new Int32DataFrameColumn("n_emails");
        var handles = new Int32DataFrameColumn("n_handles");
        var images = new Int32DataFrameColumn("n_images");
        var names = new Int32DataFrameColumn("n_names");
        var phoneToken = new StringDataFrameColumn("phone_token");
        var bodyLength = new Int32DataFrameColumn("body_chars");
        foreach (var ad in ads)
        {
            id.Append(ad.AdId);
            posted.Append(ad.PostedAt.UtcDateTime);
            site.Append(ad.Site);
            city.Append(ad.City);
            province.Append(ad.Province);
            lat.Append(ad.Lat);
            lon.Append(ad.Lon);
            price.Append(ad.PriceAmount is { } p ? (double)p : null);
            minutes.Append(ad.PriceDurationMin);
            age.Append(ad.StatedAge);
            phones.Append(ad.Phones.Count);
            emails.Append(ad.Emails.Count);
            handles.Append(ad.Handles.Count);
            images.Append(ad.ImageHashes.Count);
            names.Append(ad.Names.Count);
            phoneToken.Append(ad.Phones.Count > 0 ? ad.Phones[0] : null);
            bodyLength.Append(ad.Body.Length);
        }
        return new DataFrame(id, posted, site, city, province, lat, lon, price, minutes, age,
            phones, emails, handles, images, names, phoneToken, bodyLength);
    }
}
