using Workbench.Data;
using Workbench.Interactive;
using Workbench.Synthetic;

namespace Workbench.Tests.Interactive;

public class IdentifierMaskTests
{
    [Fact]
    public void Raw_phone_and_email_in_text_are_replaced_by_markers()
    {
        // Given a text with a raw phone and e-mail
        const string text = "Text me at (647) 825-2858 or write to daisy.dates@example.com tonight";
        // When it is masked
        var masked = IdentifierMask.Text(text);
        // Then neither shows, and the markers say what was there
        Assert.DoesNotContain("825", masked);
        Assert.DoesNotContain("example.com", masked);
        Assert.Contains("[phone hidden]", masked);
        Assert.Contains("[email hidden]", masked);
        Assert.StartsWith("Text me at", masked);
    }

    [Fact]
    public void Tokens_pass_unchanged()
    {
        const string text = "same number as ph_0123456789abcdef and em_fedcba9876543210";
        Assert.Equal(text, IdentifierMask.Text(text));
        Assert.Equal("ph_0123456789abcdef", IdentifierMask.Value("ph_0123456789abcdef", ContactKind.Phone));
        Assert.Equal("[phone hidden]", IdentifierMask.Value("+16478252858", ContactKind.Phone));
    }

    [Fact]
    public void Bare_host_names_are_kept_only_for_labels()
    {
        Assert.Equal("northernlist.ca", IdentifierMask.Text("northernlist.ca", keepBareHosts: true));
        Assert.Equal("[url hidden]", IdentifierMask.Text("www.daisydates.club/book", keepBareHosts: true));
        Assert.Equal("[url hidden]", IdentifierMask.Text("northernlist.ca"));
    }

    [Fact]
    public void No_raw_phone_or_email_of_a_synthetic_ad_survives_the_ad_mask()
    {
        // Given raw synthetic ads and their truth
        var ads = SyntheticCorpus.Generate(new SyntheticOptions { Ads = 2_000, Seed = 17 }).ToList();
        var scan = RawContactScan.Of(ads.SelectMany(a => a.Truth.Phones), ads.SelectMany(a => a.Truth.Emails));
        // When each ad is masked as the formatters mask it
        var leaks = ads
            .Select(a => (a.Ad.AdId, Found: scan.FindIn(Shown(IdentifierMask.Ad(a.Ad)))))
            .Where(x => x.Found.Count > 0)
            .ToList();
        // Then no planted contact is left anywhere in the ad
        Assert.True(leaks.Count == 0, $"{leaks.Count} ads leak, e.g. {string.Join("; ", leaks.Take(3).Select(l => l.AdId + ": " + string.Join(",", l.Found)))}");
    }

    private static string Shown(Ad ad) => string.Join("\n",
        new[] { ad.Title ?? "", ad.Body }.Concat(ad.Phones).Concat(ad.Emails).Concat(ad.Handles).Concat(ad.Urls).Concat(ad.Extras.Values));

    [Fact]
    public void Text_mask_alone_hides_what_the_extractor_finds_in_synthetic_ads()
    {
        // Given raw synthetic ads (contacts raw and disguised as real ads disguise them) and their truth
        var ads = SyntheticCorpus.Generate(new SyntheticOptions { Ads = 2_000, Seed = 17 }).ToList();
        var scan = RawContactScan.Of(ads.SelectMany(a => a.Truth.Phones), ads.SelectMany(a => a.Truth.Emails));
        Assert.NotEmpty(scan.Phones);
        // When every title and body is masked on its own (as a table shows them, in separate cells)
        var leaks = ads
            .Select(a => (a.Ad.AdId, Found: scan.FindIn(IdentifierMask.Text(a.Ad.Title)).Concat(scan.FindIn(IdentifierMask.Text(a.Ad.Body))).ToList()))
            .Where(x => x.Found.Count > 0)
            .ToList();
        // Then none is left in either field (a phone split between title and body is caught by the ad mask only)
        Assert.True(leaks.Count == 0, $"{leaks.Count} ads leak, e.g. {string.Join("; ", leaks.Take(3).Select(l => l.AdId + ": " + string.Join(",", l.Found)))}");
    }
}
