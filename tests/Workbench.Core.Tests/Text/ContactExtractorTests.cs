using Workbench.Text;

namespace Workbench.Tests.Text;

public class ContactExtractorTests
{
    [Theory]
    [InlineData("mail jenny.b22@gmail.com now", "jenny.b22@gmail.com", "jenny.b22@gmail.com")]
    [InlineData("jenny at gmail dot com", "jenny@gmail.com", "jenny at gmail dot com")]
    [InlineData("name[at]hotmail[dot]com", "name@hotmail.com", "name[at]hotmail[dot]com")]
    [InlineData("x name (at) yahoo (dot) ca y", "name@yahoo.ca", "name (at) yahoo (dot) ca")]
    [InlineData("ROXY AT ICLOUD DOT COM", "roxy@icloud.com", "ROXY AT ICLOUD DOT COM")]
    public void EmailExtractor_reads_plain_and_spelled_addresses(string text, string value, string span)
    {
        var e = Assert.Single(EmailExtractor.Extract(text));
        Assert.Equal(value, e.Value);
        Assert.Equal(span, text[e.Start..e.End]);
    }

    [Theory]
    [InlineData("meet me at the hotel dot com")]
    [InlineData("meet me at hotel dot com tonight")]
    [InlineData("See you at 5 dot 30")]
    [InlineData("insta @jenny.xo")]
    public void EmailExtractor_ignores_ordinary_at_and_dot(string text)
    {
        Assert.Empty(EmailExtractor.Extract(text));
    }

    [Theory]
    [InlineData("IG: jenny_xo", "instagram:jenny_xo", "jenny_xo")]
    [InlineData("insta @Bella.Rose", "instagram:bella.rose", "@Bella.Rose")]
    [InlineData("snap: kittykat", "snapchat:kittykat", "kittykat")]
    [InlineData("sc candyluv", "snapchat:candyluv", "candyluv")]
    [InlineData("twitter @ruby_r", "twitter:ruby_r", "@ruby_r")]
    [InlineData("X: @sasha99", "twitter:sasha99", "@sasha99")]
    [InlineData("OF: mistyb", "onlyfans:mistyb", "mistyb")]
    [InlineData("see onlyfans.com/mistyb", "onlyfans:mistyb", "onlyfans.com/mistyb")]
    [InlineData("telegram @jennytg", "telegram:jennytg", "@jennytg")]
    [InlineData("whatsapp +1 416 839 2210", "whatsapp:+14168392210", "+1 416 839 2210")]
    public void HandleExtractor_reads_each_platform(string text, string value, string span)
    {
        var h = Assert.Single(HandleExtractor.Extract(text));
        Assert.Equal(value, h.Value);
        Assert.Equal(span, text[h.Start..h.End]);
    }

    [Theory]
    [InlineData("snap me tonight, insta is fine")]
    [InlineData("pictures of me, x marks the spot")]
    public void HandleExtractor_ignores_platform_words_in_prose(string text)
    {
        Assert.Empty(HandleExtractor.Extract(text));
    }

    [Theory]
    [InlineData("visit www.Name-Site.com.", "www.name-site.com")]
    [InlineData("https://name.ca/path?x=1)", "https://name.ca/path?x=1")]
    [InlineData("my site name.com!", "name.com")]
    [InlineData("(hxxp://bad-site[.]xyz/win)", "http://bad-site.xyz/win")]
    public void UrlExtractor_reads_schemes_www_bare_and_defanged_hosts(string text, string value)
    {
        Assert.Equal(value, Assert.Single(UrlExtractor.Extract(text)).Value);
    }

    [Theory]
    [InlineData("e.g. this, i.e. that, St.John, 5.5 hours, pics.Me")]
    [InlineData("mail jenny@gmail.com")]
    public void UrlExtractor_ignores_abbreviations_and_mail_domains(string text)
    {
        Assert.Empty(UrlExtractor.Extract(text));
    }

    [Fact]
    public void Extract_resolves_overlaps_by_the_wider_span()
    {
        // Given a profile URL (handle and URL), a WhatsApp number (handle and phone), an e-mail holding a phone
        var text = "onlyfans.com/mistyb whatsapp 416 839 2210 4168392210@gmail.com";
        // When
        var all = ContactExtractor.Extract(text);
        // Then one entity each, the widest (ties: e-mail, handle, phone, URL)
        Assert.Equal(
            [(EntityKind.Handle, "onlyfans:mistyb"), (EntityKind.Handle, "whatsapp:+14168392210"), (EntityKind.Email, "4168392210@gmail.com")],
            all.Select(e => (e.Kind, e.Value)));
        Assert.Equal("+14168392210", ContactExtractor.PhoneOf(all[1]));
        Assert.Null(ContactExtractor.PhoneOf(all[0]));
    }

    [Fact]
    public void Extract_gives_spans_that_remove_every_contact_from_the_raw_text()
    {
        // Given an ad with one contact of each kind in several disguises
        var text = "Call 4️⃣1️⃣6️⃣ 839 22l0 or jenny at gmail dot com, IG: jenny_xo, www.jenny.ca";
        // When each span is replaced by a token
        var all = ContactExtractor.Extract(text);
        var masked = text;
        foreach (var e in all.OrderByDescending(e => e.Start)) masked = masked[..e.Start] + "#" + masked[e.End..];
        // Then nothing of the contacts is left
        Assert.Equal("Call # or #, IG: #, #", masked);
    }

    [Theory]
    [InlineData("+14168392210", EntityKind.Phone)]
    [InlineData("jenny.b22@gmail.com", EntityKind.Email)]
    [InlineData("instagram:jenny_xo", EntityKind.Handle)]
    [InlineData("snapchat:kitty-kat", EntityKind.Handle)]
    [InlineData("twitter:ruby_r", EntityKind.Handle)]
    [InlineData("onlyfans:mistyb", EntityKind.Handle)]
    [InlineData("telegram:jennytg", EntityKind.Handle)]
    [InlineData("whatsapp:+14168392210", EntityKind.Handle)]
    [InlineData("https://name.ca/path", EntityKind.Url)]
    [InlineData("www.name-site.com", EntityKind.Url)]
    public void Extract_reads_a_canonical_value_back_as_itself(string value, EntityKind kind)
    {
        // Given a value in canonical form, as a contact field may hold it / When extracted / Then the same value,
        // spanning the whole value (a handle: its name, the platform word stays outside the span by design)
        var e = Assert.Single(ContactExtractor.Extract(value));
        var start = kind == EntityKind.Handle ? value.IndexOf(':', StringComparison.Ordinal) + 1 : 0;
        Assert.Equal((kind, value, start, value.Length), (e.Kind, e.Value, e.Start, e.End));
    }
}
