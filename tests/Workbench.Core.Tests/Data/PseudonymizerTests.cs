using System.Security.Cryptography;
using System.Text;
using Workbench.Data;

namespace Workbench.Tests.Data;

public class PseudonymizerTests
{
    private const string KeyHex = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
    private static readonly PseudonymKey Key = PseudonymKey.FromHex(KeyHex);
    private static readonly Pseudonymizer Sut = new(Key);

    private static Ad RawAd(string body, string? title = null) => new()
    {
        AdId = "a1",
        PostedAt = DateTimeOffset.UnixEpoch,
        Body = body,
        Title = title,
    };

    private static string ExpectedToken(string prefix, string value) =>
        prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Convert.FromHexString(KeyHex), Encoding.UTF8.GetBytes(value)))[..16];

    [Fact]
    public void Token_is_the_first_16_hex_digits_of_hmac_sha256_over_the_value()
    {
        Assert.Equal(ExpectedToken("ph_", "+14169160199"), Key.Token("ph_", "+14169160199"));
        Assert.Matches("^ph_[0-9a-f]{16}$", Key.Token("ph_", "+14169160199"));
    }

    [Fact]
    public void Phones_in_fields_and_text_become_the_same_e164_token()
    {
        var ad = RawAd("Call me at (416) 916-0199 anytime, or 416.916.0199") with { Phones = ["416-916-0199"] };
        var result = Sut.Apply(ad);
        var token = ExpectedToken("ph_", "+14169160199");
        Assert.Equal([token], result.Ad.Phones);
        Assert.Equal($"Call me at {token} anytime, or {token}", result.Ad.Body);
        Assert.Equal(3, result.Entities.Count);
    }

    [Fact]
    public void Emails_handles_and_urls_are_replaced_in_text_and_fields()
    {
        var ad = RawAd("Write Jane.Doe@Example.com or see www.jane-site.ca/book. IG: jane_d")
            with { Handles = ["IG: Jane_D"] };
        var result = Sut.Apply(ad).Ad;
        Assert.DoesNotContain("Jane.Doe", result.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("jane-site", result.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("jane_d", result.Body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(ExpectedToken("em_", "jane.doe@example.com"), result.Body);
        Assert.Contains(ExpectedToken("hd_", "instagram:jane_d"), result.Handles);
        Assert.Contains(ExpectedToken("ur_", "www.jane-site.ca/book"), result.Urls);
    }

    [Fact]
    public void Entity_offsets_point_at_the_token_in_the_stored_text()
    {
        var ad = RawAd("Txt 416 916 0199 or 647-916-0142, mail a.b@example.com", "Call 905.916.0111")
            with { Phones = ["4169160199"] };
        var result = Sut.Apply(ad);
        var inText = result.Entities.Where(e => e.Field is "title" or "body").ToList();
        Assert.Equal(4, inText.Count);
        foreach (var e in inText)
        {
            var text = e.Field == "title" ? result.Ad.Title! : result.Ad.Body;
            Assert.Equal(e.Token, text[e.Start!.Value..e.End!.Value]);
        }
        var listed = Assert.Single(result.Entities, e => e.Field == "phones");
        Assert.Null(listed.Start);
    }

    [Fact]
    public void A_known_phone_is_masked_even_under_separators_the_finder_does_not_know()
    {
        var ad = RawAd("txt 4 1 6 ~ 9 1 6 ~ 0 1 9 9 now") with { Phones = ["4169160199"] };
        var body = Sut.Apply(ad).Ad.Body;
        Assert.DoesNotMatch(@"4\D*1\D*6\D*5\D*5\D*5\D*0\D*1\D*9\D*9", body);
    }

    [Fact]
    public void A_phone_split_between_title_and_body_is_masked_in_both()
    {
        var result = Sut.Apply(RawAd("916-0199 ask for Amy", "Sweet and new, call 416")).Ad;
        Assert.DoesNotContain("416", result.Title);
        Assert.DoesNotContain("0199", result.Body);
        Assert.Single(result.Phones);
    }

    [Fact]
    public void Contacts_in_unknown_columns_are_masked()
    {
        var ad = RawAd("hi") with
        {
            Extras = new Dictionary<string, string>
            {
                ["contact"] = "\"416-916-0199\"",
                ["numeric"] = "6479160142",
                ["nested"] = "{\"mail\":[\"amy.b@example.com\"]}",
            },
        };
        var extras = Sut.Apply(ad).Ad.Extras;
        Assert.DoesNotContain("0199", extras["contact"]);
        Assert.DoesNotContain("0142", extras["numeric"]);
        Assert.DoesNotContain("amy.b", extras["nested"]);
        Assert.Equal(2, Sut.Apply(ad).Ad.Phones.Count);
        Assert.Single(Sut.Apply(ad).Ad.Emails);
    }

    [Fact]
    public void Prices_ages_and_dates_are_left_alone()
    {
        const string body = "Rates $150/hr, 200 for 1h. I am 24 years old. Available 2026-05-01 10am-2am.";
        Assert.Equal(body, Sut.Apply(RawAd(body)).Ad.Body);
    }

    [Fact]
    public void Different_keys_give_different_tokens_and_fingerprints()
    {
        var other = PseudonymKey.FromHex(PseudonymKey.NewHex());
        Assert.NotEqual(Key.Token("ph_", "+14169160199"), other.Token("ph_", "+14169160199"));
        Assert.NotEqual(Key.Fingerprint, other.Fingerprint);
        Assert.DoesNotContain(KeyHex, Key.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zz")]
    [InlineData("0011")]
    public void Unusable_keys_are_refused_with_a_reason(string hex)
    {
        var ex = Assert.Throws<FormatException>(() => PseudonymKey.FromHex(hex, "WORKBENCH_KEY"));
        Assert.Contains("WORKBENCH_KEY", ex.Message);
    }

    [Fact]
    public void LoadOrCreate_makes_an_owner_only_key_file_once()
    {
        using var dir = new TempDir();
        var path = dir.File("cfg/key");
        var first = PseudonymKey.LoadOrCreate(path, out var created);
        var second = PseudonymKey.LoadOrCreate(path, out var createdAgain);
        Assert.True(created);
        Assert.False(createdAgain);
        Assert.Equal(first.Fingerprint, second.Fingerprint);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }
}
