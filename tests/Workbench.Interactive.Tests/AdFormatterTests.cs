using Workbench.Data;
using Workbench.Interactive;
using Workbench.Synthetic;

namespace Workbench.Tests.Interactive;

public class AdFormatterTests
{
    private static Ad RawAd() => new()
    {
        AdId = "a1",
        PostedAt = new DateTimeOffset(2026, 5, 1, 10, 0, 0, TimeSpan.Zero),
        Title = "New in town, call 647 825 2858",
        Body = "Discreet. daisy.dates@example.com",
        Site = "northernlist.ca",
        Phones = ["6478252858"],
        Emails = ["daisy.dates@example.com"],
        Handles = ["hd_0011223344556677"],
    };

    [Fact]
    public void A_raw_ad_shows_markers_where_contacts_were_and_tokens_as_they_are()
    {
        // When a raw ad (read from a source file, before ingest) is shown
        var html = new AdFormatter().ToHtml(RawAd());
        // Then no raw contact is in the HTML, tokens are, and the site is
        Assert.DoesNotContain("825", html);
        Assert.DoesNotContain("example.com", html);
        Assert.Contains("hd_0011223344556677", html);
        Assert.Contains("[phone hidden]", html);
        Assert.Contains("northernlist.ca", html);
    }

    [Fact]
    public void A_list_shows_at_most_MaxRows_and_says_how_many_there_were()
    {
        var ads = Enumerable.Range(0, 30).Select(i => RawAd() with { AdId = $"ad-{i}" }).ToList();
        var html = new AdListFormatter { MaxRows = 10 }.ToHtml(ads);
        Assert.Contains("10 of 30 ads shown", html);
        Assert.Contains("ad-9<", html);
        Assert.DoesNotContain("ad-10<", html);
        Assert.DoesNotContain("825", html);
    }

    [Fact]
    public void Synthetic_raw_ads_shown_as_a_list_carry_no_planted_contact()
    {
        var ads = SyntheticCorpus.Generate(new SyntheticOptions { Ads = 1_000, Seed = 5 }).ToList();
        var scan = RawContactScan.Of(ads.SelectMany(a => a.Truth.Phones), ads.SelectMany(a => a.Truth.Emails));
        var html = string.Concat(ads.Chunk(25).Select(chunk => new AdListFormatter().ToHtml(chunk.Select(a => a.Ad))));
        Assert.Empty(scan.FindIn(html));
    }
}
