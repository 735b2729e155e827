using Workbench.Data;
using Workbench.Retrieval;
using Workbench.Text;

namespace Workbench.Tests.Retrieval;

public class AdEntitiesTests
{
    private static Ad Ad(string id, string? city, string title, string body) => new()
    {
        AdId = id, PostedAt = DateTimeOffset.UnixEpoch, City = city, Title = title, Body = body,
    };

    [Fact]
    public void Raw_ads_give_token_values_for_contacts_and_offsets_into_the_raw_fields()
    {
        var key = PseudonymKey.FromHex("00112233445566778899aabbccddeeff", "test");
        var ad = Ad("a", "Calgary", "Mia - new in town", "text 403 839 2210, $200/hr");
        var rows = AdEntities.FromRaw(ad, key).ToList();
        var phone = Assert.Single(rows, r => r.Kind == "phone");
        Assert.Equal(key.Token("ph_", "+14038392210"), phone.Value);
        Assert.Equal("403 839 2210", ad.Body[phone.Start..phone.End]);
        Assert.Contains(rows, r => r is { Field: "title", Kind: "indicator", Value: "movement:arrival" });
        Assert.Contains(rows, r => r is { Field: "body", Kind: "price", Value: "200 CAD/60min" });
    }

    [Fact]
    public void Stored_ads_give_their_tokens_as_contacts_and_nothing_inside_a_token()
    {
        var ad = Ad("a", "Calgary", "Mia", "text ph_0123456789abcdef or em_0123456789abcdee, $200/hr");
        var rows = AdEntities.FromPseudonymized(ad).ToList();
        var phone = Assert.Single(rows, r => r.Kind == "phone");
        Assert.Equal("ph_0123456789abcdef", ad.Body[phone.Start..phone.End]);
        Assert.Single(rows, r => r.Kind == "email");
        Assert.DoesNotContain(rows, r => r.Kind is "price" or "age" && ad.Body[r.Start..r.End].Contains('_'));
        Assert.Contains(rows, r => r is { Kind: "price", Value: "200 CAD/60min" });
    }

    [Fact]
    public void Csv_rows_quote_values_with_commas()
    {
        using var writer = new StringWriter();
        AdEntities.WriteCsv([new AdEntityRow("a", "body", "city", "Montreal, QC", 3, 10, 0.95)], writer);
        Assert.Equal("ad_id,field,kind,value,start,end,confidence\na,body,city,\"Montreal, QC\",3,10,0.95\n", writer.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Prevalence_counts_ads_with_a_cue_per_reference_city_and_carries_the_cautions()
    {
        // Given three Montreal ads (written two ways) and two Calgary ads
        var ads = new[]
        {
            Ad("1", "Montreal", "New in town", "incall only"),
            Ad("2", "MTL", "Sweet", "Nouvelle en ville! Juste arrivée."),
            Ad("3", "Montréal", "Sweet", "nothing to see"),
            Ad("4", "Calgary", "Sweet", "gift card deposit"),
            Ad("5", "Calgary", "Sweet", "hello"),
        };
        // When
        var p = IndicatorPrevalence.Compute(ads, minimumAds: 1);
        // Then
        Assert.Equal(["Montreal", "Calgary"], p.Cities);
        Assert.Equal([3L, 2L], p.Ads);
        var movement = p.Categories.ToList().IndexOf("movement");
        var scam = p.Categories.ToList().IndexOf("spam_scam");
        Assert.Equal(2, p.WithCue[0, movement]); // an ad with two movement cues counts once
        Assert.Equal(1, p.WithCue[1, scam]);
        Assert.Equal(2.0 / 3, p.Share(0, movement), 6);
        Assert.All(p.Cautions, c => Assert.False(string.IsNullOrWhiteSpace(c)));
        Assert.Equal(IndicatorLexicon.Default.Version, p.LexiconVersion);
    }
}
