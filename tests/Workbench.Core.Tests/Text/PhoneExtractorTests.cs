using Workbench.Text;

namespace Workbench.Tests.Text;

public class PhoneExtractorTests
{
    [Theory]
    [InlineData("call 416.839.2210 now", "416.839.2210")]
    [InlineData("(416) 839 2210", "(416) 839 2210")]
    [InlineData("+1 416 839 2210", "+1 416 839 2210")]
    [InlineData("1 (416) 839-2210", "1 (416) 839-2210")]
    [InlineData("4 1 6 8 3 9 2 2 1 0", "4 1 6 8 3 9 2 2 1 0")]
    [InlineData("four one six eight three nine two two one zero", "four one six eight three nine two two one zero")]
    [InlineData("fourONEsix-839-2210", "fourONEsix-839-2210")]
    [InlineData("quatre un six huit trois neuf deux deux un zéro", "quatre un six huit trois neuf deux deux un zéro")]
    [InlineData("4one6 8three9 22l0", "4one6 8three9 22l0")]
    [InlineData("4l6 839 22lO", "4l6 839 22lO")]
    [InlineData("4️⃣1️⃣6️⃣8️⃣3️⃣9️⃣2️⃣2️⃣1️⃣0️⃣", "4️⃣1️⃣6️⃣8️⃣3️⃣9️⃣2️⃣2️⃣1️⃣0️⃣")]
    [InlineData("④①⑥⑧③⑨②②①⓪", "④①⑥⑧③⑨②②①⓪")]
    [InlineData("150hr4168392210", "4168392210")]
    [InlineData("5'6\"4168392210", "4168392210")]
    [InlineData("call4168392210now", "4168392210")]
    [InlineData("$200/h 416-839-2210", "416-839-2210")]
    [InlineData("4\u200B1\u200C6\u200D8\u20603\uFEFF9 2210", "4\u200B1\u200C6\u200D8\u20603\uFEFF9 2210")]
    public void Extract_decodes_each_contract_disguise_with_its_exact_raw_span(string text, string expectedSpan)
    {
        // Given a disguised number / When extracted
        var phones = PhoneExtractor.Extract(text);
        // Then one phone, E.164, spanning exactly the disguise in the raw text
        var phone = Assert.Single(phones);
        Assert.Equal("+14168392210", phone.Value);
        Assert.Equal(expectedSpan, text[phone.Start..phone.End]);
    }

    [Theory]
    [InlineData("$150 half hour, 150/hr, 200 1h")]
    [InlineData("23 yo 5'6\" 130 lbs 34DD 36-24-36")]
    [InlineData("2024-05-12 and 12/05/2024 at 10:30")]
    [InlineData("10am-2am daily")]
    [InlineData("M5V 2T6")]
    [InlineData("Order #2042651234")]
    [InlineData("416-555-0123")]
    [InlineData("four one six five five five zero one two three")]
    [InlineData("416-911-2345")]
    [InlineData("123-456-7890")]
    [InlineData("$2500 1200 900 600 300")]
    public void Extract_finds_nothing_in_prices_ages_dates_measures_and_invalid_numbers(string text)
    {
        Assert.Empty(PhoneExtractor.Extract(text));
    }

    [Fact]
    public void Extract_keeps_a_date_out_of_a_following_number()
    {
        // Given a date right before a number: "2024-05-12 12" alone would make a valid 202 number
        var phones = PhoneExtractor.Extract("2024-05-12 12/05/2024 416 839 2210");
        // Then only the real number, with its own span
        var phone = Assert.Single(phones);
        Assert.Equal("+14168392210", phone.Value);
    }

    [Fact]
    public void Extract_does_not_cut_a_spaced_number_to_join_a_price()
    {
        // Given "250" (a valid area code) before a spaced-out number
        var phone = Assert.Single(PhoneExtractor.Extract("only 250 6 4 7 3 0 2 7 7 8 1"));
        // Then the spaced number wins, not 250-647-3027
        Assert.Equal("+16473027781", phone.Value);
    }

    [Fact]
    public void Extract_finds_several_numbers_in_order()
    {
        var phones = PhoneExtractor.Extract("416 839 2210 647 302 7781, or six four seven three zero two seven seven eight two");
        Assert.Equal(["+14168392210", "+16473027781", "+16473027782"], phones.Select(p => p.Value));
        Assert.True(phones[0].End <= phones[1].Start && phones[1].End <= phones[2].Start);
    }

    [Fact]
    public void ExtractAcross_returns_a_split_number_in_both_fields()
    {
        // Given the area code at the end of the title and the rest at the start of the body
        var title = "Sweet and discreet, call 416";
        var body = "839-2210 anytime";
        // When
        var result = PhoneExtractor.ExtractAcross(title, body);
        // Then both fields carry the same value with their own spans
        var t = Assert.Single(result.Title);
        var b = Assert.Single(result.Body);
        Assert.Equal("+14168392210", t.Value);
        Assert.Equal(t.Value, b.Value);
        Assert.Equal("416", title[t.Start..t.End]);
        Assert.Equal("839-2210", body[b.Start..b.End]);
    }

    [Fact]
    public void ExtractAcross_does_not_join_a_title_that_ends_in_words()
    {
        var result = PhoneExtractor.ExtractAcross("Call 416 today", "839-2210 anytime");
        Assert.Empty(result.Title);
        Assert.Empty(result.Body);
    }

    [Theory]
    [InlineData("4168392210", true)]
    [InlineData("2125550142", false)] // 555-01xx fiction
    [InlineData("2125550242", true)]
    [InlineData("4169112345", false)] // N11 exchange
    [InlineData("1234567890", false)] // NPA starts with 1
    [InlineData("4161234567", false)] // NXX starts with 1
    [InlineData("2468101214", false)] // 246 is not a Canadian or US code
    [InlineData("8008392210", true)] // toll-free
    public void NanpNumbering_validates_the_numbering_plan(string digits, bool valid)
    {
        Assert.Equal(valid, NanpNumbering.IsValid(digits));
    }

    [Fact]
    public void CanadianAreaCodes_are_all_assigned_and_unique()
    {
        Assert.Equal(51, NanpNumbering.CanadianAreaCodes.Distinct().Count());
        Assert.All(NanpNumbering.CanadianAreaCodes, c => Assert.True(NanpNumbering.IsCanadianAreaCode(c) && NanpNumbering.IsAssignedAreaCode(c)));
    }
}
