using FsCheck.Xunit;
using Workbench.Synthetic;

namespace Workbench.Tests.Synthetic;

public class ContactTextTests
{
    [Property(MaxTest = 500)]
    public bool Every_phone_rendering_keeps_its_ten_digits_decodable(int seed, bool obfuscate, bool french)
    {
        // Given a valid NANP number and any rendering of it
        var r = new Random(seed);
        var phone = (416L * 10_000_000L) + (r.Next(200, 1000) * 10_000L) + r.Next(10_000);
        var ops = new List<string>();

        // When
        var text = ContactText.Phone(phone, r, obfuscate, french, 200, allowSplit: true, ops, out var tail);

        // Then: the reference decoder recovers the digits (the split form through the title's tail)
        var digits = PhoneDecoder.Digits((tail is null ? "" : "call " + tail + " ") + text);
        return digits.Contains(phone.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
               && obfuscate == (ops.Count > 0)
               && ops.All(op => ObfuscationOps.All.Contains(op));
    }

    [Fact]
    public void Plain_renderings_carry_no_op_and_use_the_usual_formats()
    {
        for (var seed = 0; seed < 200; seed++)
        {
            var ops = new List<string>();
            var text = ContactText.Phone(4165550123, new Random(seed), obfuscate: false, french: false, 200, allowSplit: true, ops, out var tail);
            Assert.Empty(ops);
            Assert.Null(tail);
            Assert.Contains(text, new[] { "416-555-0123", "(416) 555-0123", "416.555.0123", "416 555 0123", "4165550123" });
        }
    }

    [Fact]
    public void Emails_handles_and_urls_decode_to_their_truth_forms()
    {
        for (ulong seed = 0; seed < 100; seed++)
        {
            var (address, text) = ContactText.Email("Mia", seed, (int)seed);
            var decoded = text.Replace(" (at) ", "@", StringComparison.Ordinal).Replace(" (dot) ", ".", StringComparison.Ordinal)
                .Replace("[at]", "@", StringComparison.Ordinal).Replace("[dot]", ".", StringComparison.Ordinal)
                .Replace(" at ", "@", StringComparison.Ordinal).Replace(" dot ", ".", StringComparison.Ordinal);
            Assert.Equal(address, decoded);
            var (handle, handleText) = ContactText.Handle("Mia", seed, (int)seed);
            Assert.Contains(handle[(handle.IndexOf(':', StringComparison.Ordinal) + 1)..], handleText, StringComparison.Ordinal);
            Assert.StartsWith("hxx", ContactText.Url("mia", seed, invalid: true).Replace("www[.]", "hxx", StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Two_advertisers_with_the_same_name_never_share_an_account()
    {
        // Given many owners called Mia, with the same random draws (a worst case)
        var handles = new HashSet<string>(StringComparer.Ordinal);
        var emails = new HashSet<string>(StringComparer.Ordinal);
        for (var owner = 0; owner < 200_000; owner += 7)
        {
            // When each gets a handle and an e-mail address
            var (handle, _) = ContactText.Handle("Mia", 42, owner);
            var (email, _) = ContactText.Email("Mia", 42, owner);
            // Then none is anybody else's: an account belongs to one advertiser, as on a real platform
            Assert.True(handles.Add(handle), handle);
            Assert.True(emails.Add(email), email);
        }
    }

    [Fact]
    public void Account_codes_are_distinct_for_every_owner_below_two_to_the_24()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var owner in Enumerable.Range(0, 50_000).Concat([16_777_215, 16_777_214, 1 << 23]))
        {
            Assert.True(seen.Add(ContactText.AccountCode(owner)), $"owner {owner}");
        }
    }
}
