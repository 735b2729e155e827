using System.Globalization;
using Workbench.Data;
using Workbench.Store;

namespace Workbench.Prevalence;

/// <summary>
/// What prevalence needs of one (pseudonymized) ad: when, where, on which site, and its phone tokens. Reading these
/// columns only keeps a million-ad corpus small in memory.
/// </summary>
/// <param name="AdId">Ad identifier (links the ad to a cluster assignment).</param>
/// <param name="PostedAt">Posting time.</param>
/// <param name="Site">Site, if known.</param>
/// <param name="City">City as the site lists it (aliases are resolved with <see cref="Reference.CanadaGeography"/>).</param>
/// <param name="Province">Two-letter province code, if known.</param>
/// <param name="Phones">Phone tokens (<c>ph_…</c>).</param>
public sealed record AdActivity(string AdId, DateTimeOffset PostedAt, string? Site, string? City, string? Province, IReadOnlyList<string> Phones)
{
    /// <summary>The activity of an ad.</summary>
    public static AdActivity From(Ad ad)
    {
        ArgumentNullException.ThrowIfNull(ad);
        return new AdActivity(ad.AdId, ad.PostedAt, ad.Site, ad.City, ad.Province, ad.Phones);
    }

    /// <summary>Streams the activity of every stored ad (only the columns prevalence needs) in posting order.</summary>
    public static IEnumerable<AdActivity> ReadAll(AdStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var command = store.Connection.CreateCommand();
        // Phones come joined into one string (tokens hold no commas): far cheaper than materializing a list per row.
        command.CommandText = "SELECT ad_id, posted_at, site, city, province, array_to_string(phones, ',') FROM ads ORDER BY posted_at, ad_id";
        command.UseStreamingMode = true;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var posted = reader.GetValue(1) switch
            {
                DateTimeOffset o => o.ToUniversalTime(),
                DateTime d => new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)),
                var v => throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"Unexpected time value {v}.")),
            };
            var joined = reader.IsDBNull(5) ? string.Empty : reader.GetString(5);
            IReadOnlyList<string> phones = joined.Length == 0 ? [] : joined.Split(',');
            yield return new AdActivity(
                reader.GetString(0), posted,
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                phones);
        }
    }
}
