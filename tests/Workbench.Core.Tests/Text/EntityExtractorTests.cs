using Workbench.Text;

namespace Workbench.Tests.Text;

public class EntityExtractorTests
{
    [Theory]
    [InlineData("$$80 HH", "80 CAD/30min", "$$80 HH")]
    [InlineData("only 150/hr", "150 CAD/60min", "150/hr")]
    [InlineData("Rates: 200 1h", "200 CAD/60min", "200 1h")]
    [InlineData("half hour 120", "120 CAD/30min", "half hour 120")]
    [InlineData("Tarifs: 220$ l'heure.", "220 CAD/60min", "220$ l'heure")]
    [InlineData("130$ la demi-heure", "130 CAD/30min", "130$ la demi-heure")]
    [InlineData("180 roses/hr", "180 CAD/60min", "180 roses/hr")]
    [InlineData("US$300 hourly", "300 USD/60min", "$300 hourly")]
    public void Prices_are_read_with_their_duration_and_span(string text, string value, string span)
    {
        var price = Assert.Single(PriceExtractor.Extract(text));
        Assert.Equal(value, price.Value);
        Assert.Equal(span, text[price.Start..price.End]);
    }

    [Theory]
    [InlineData("I'm 5'6, 120 lbs")]
    [InlineData("Open 10am to 10pm, 7 days")]
    [InlineData("24 yo, 36-24-36")]
    [InlineData("please give 30 minutes notice")]
    [InlineData("since 2015")]
    [InlineData("de 10h à 22h")]
    public void Heights_ages_times_and_notices_are_not_prices(string text)
    {
        Assert.Empty(PriceExtractor.Extract(text));
    }

    [Theory]
    [InlineData("Sasha, 23, petite", 23)]
    [InlineData("23-year-old", 23)]
    [InlineData("j'ai 31 ans", 31)]
    [InlineData("age: 40", 40)]
    [InlineData("I'm 27 and new here", 27)]
    public void Stated_ages_are_read(string text, int years)
    {
        Assert.Equal(years, Assert.Single(AgeExtractor.Extract(text)).Years);
    }

    [Fact]
    public void An_age_under_18_is_kept_and_flagged_as_a_youth_cue_never_dropped()
    {
        // Given an ad stating an age under 18
        var text = "Hi I'm Brianna, 16 yo, new girl";
        // When
        var entities = EntityExtractor.Extract(text);
        // Then the age is reported as stated, and the youth cue marks the same span
        var age = Assert.Single(entities, e => e.Kind == EntityKind.Age);
        Assert.Equal("16", age.Value);
        var cue = Assert.Single(entities, e => e.Value == IndicatorLexicon.StatedMinorAgeCue);
        Assert.Equal((age.Start, age.End), (cue.Start, cue.End));
        Assert.True(Assert.Single(AgeExtractor.Extract(text)).IsUnder18);
    }

    [Fact]
    public void An_adult_age_adds_no_youth_cue()
    {
        var entities = EntityExtractor.Extract("Hi I'm Brianna, 21 yo");
        Assert.DoesNotContain(entities, e => e.Value == IndicatorLexicon.StatedMinorAgeCue);
    }

    [Theory]
    [InlineData("All models are 18 years or older")]
    [InlineData("18+ only")]
    [InlineData("must be 21 to book")]
    [InlineData("10 years of experience")]
    public void Rules_statements_are_not_stated_ages(string text)
    {
        Assert.Empty(AgeExtractor.Extract(text));
    }

    [Fact]
    public void Names_come_from_contexts_lists_and_enumerations_but_not_from_brand_words()
    {
        Assert.Equal(["Brianna"], NameExtractor.Extract("my name is Brianna").Select(n => n.Name));
        Assert.Equal(["Zuzu"], NameExtractor.Extract("Call me Zuzu!").Select(n => n.Name));
        Assert.Equal(["Crystal", "Lily", "Mia"], NameExtractor.Extract("Today: Crystal, Lily and Mia").Select(n => n.Name));
        Assert.Equal(["Marie-Eve"], NameExtractor.Extract("Marie-Eve, 27").Select(n => n.Name));
        Assert.Equal(["Noemie"], NameExtractor.Extract("Moi c'est Noémie").Select(n => n.Name));
        Assert.Empty(NameExtractor.Extract("Velvet Rose Companions"));
        Assert.Empty(NameExtractor.Extract("Summer specials, honey"));
    }

    [Theory]
    [InlineData("Just arrived in Montréal!", "Montreal, QC", "Montréal")]
    [InlineData("Incall à Laval", "Montreal, QC", "Laval")]
    [InlineData("[Toronto] sweet", "Toronto, ON", "Toronto")]
    [InlineData("visiting St. Catharines", "St. Catharines, ON", "St. Catharines")]
    [InlineData("De passage à Québec", "Quebec City, QC", "Québec")]
    [InlineData("YYC outcall", "Calgary, AB", "YYC")]
    public void Cities_resolve_to_the_reference_city_and_province(string text, string value, string span)
    {
        var city = Assert.Single(LocationExtractor.Extract(text));
        Assert.Equal(value, city.Value);
        Assert.Equal(span, text[city.Start..city.End]);
    }

    [Fact]
    public void A_city_that_is_also_a_name_needs_a_place_context()
    {
        Assert.Empty(LocationExtractor.Extract("I'm Victoria, 24"));
        Assert.Equal("Victoria, BC", Assert.Single(LocationExtractor.Extract("in Victoria until Sunday")).Value);
        var entities = EntityExtractor.Extract("I'm Victoria, 24");
        Assert.Contains(entities, e => e is { Kind: EntityKind.Name, Value: "Victoria" });
        Assert.DoesNotContain(entities, e => e.Kind == EntityKind.City);
    }

    [Fact]
    public void Contacts_come_first_and_nothing_else_overlaps_them()
    {
        // Given a phone glued to a price, and a price
        var text = "Mia 23 yo, $200/hr, text 416-839-2210 now";
        // When
        var entities = EntityExtractor.Extract(text);
        // Then the phone is a phone, the price a price, and no other entity touches the phone's span
        var phone = Assert.Single(entities, e => e.Kind == EntityKind.Phone);
        Assert.Equal("+14168392210", phone.Value);
        Assert.Equal("200 CAD/60min", Assert.Single(entities, e => e.Kind == EntityKind.Price).Value);
        Assert.DoesNotContain(entities, e => e != phone && e.Start < phone.End && phone.Start < e.End);
        // And the contact extractor itself is unchanged by the new kinds
        Assert.Equal(ContactExtractor.Extract(text), entities.Where(e => e.Kind <= EntityKind.Url).ToList());
    }

    [Fact]
    public void Title_and_body_are_read_together_for_a_split_phone_and_separately_for_the_rest()
    {
        var across = EntityExtractor.Extract("Sasha - New in town - Calgary 403", "839 2210, $180/hr");
        Assert.Contains(across.Title, e => e.Kind == EntityKind.Phone);
        Assert.Contains(across.Body, e => e.Kind == EntityKind.Phone);
        Assert.Contains(across.Title, e => e is { Kind: EntityKind.City, Value: "Calgary, AB" });
        Assert.Contains(across.Title, e => e is { Kind: EntityKind.Indicator, Value: "movement:arrival" });
        Assert.Contains(across.Body, e => e is { Kind: EntityKind.Price, Value: "180 CAD/60min" });
    }

    [Fact]
    public void Pseudonymized_text_yields_no_entity_inside_a_token()
    {
        var text = "call ph_4160a1b2c3d4e5f6 or ph_15019988aabbccdd, 150hr";
        var entities = EntityExtractor.Extract(text, new EntityExtractionOptions { Contacts = false });
        var price = Assert.Single(entities, e => e.Kind == EntityKind.Price);
        Assert.Equal("150hr", text[price.Start..price.End]);
        Assert.DoesNotContain(entities, e => text[e.Start..e.End].Contains("ph_", StringComparison.Ordinal) || text[Math.Max(0, e.Start - 1)] == '_');
    }
}
