using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Workbench.Data;
using Workbench.Reference;

namespace Workbench.Tests.Schemas;

/// <summary>The ad schema cannot drift from <see cref="AdFields"/>, the reference provinces or <see cref="AdJsonWriter"/>.</summary>
public class AdSchemaTests
{
    private const string AdSchema = "ad.schema.json";
    private const string Pseudonymized = "ad.schema.json#/$defs/pseudonymized";

    private static JsonElement Properties => SchemaCatalog.Document(AdSchema).GetProperty("properties");

    [Fact]
    public void Property_names_equal_AdFields_All_in_canonical_order()
    {
        // When
        var names = Properties.EnumerateObject().Select(p => p.Name).ToArray();

        // Then: same names, same order (the order writers use for CSV columns)
        Assert.Equal(AdFields.All, names);
    }

    [Fact]
    public void Required_fields_equal_AdFields_Required()
    {
        var required = SchemaCatalog.Document(AdSchema).GetProperty("required").EnumerateArray().Select(e => e.GetString()!);
        Assert.Equal(AdFields.Required.Order(StringComparer.Ordinal), required.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void List_fields_are_exactly_the_array_properties()
    {
        // Given the properties whose type admits an array
        var arrays = Properties.EnumerateObject()
            .Where(p => p.Value.TryGetProperty("type", out var type)
                && type.ValueKind == JsonValueKind.Array
                && type.EnumerateArray().Any(t => t.GetString() == "array"))
            .Select(p => p.Name)
            .ToHashSet(StringComparer.Ordinal);

        // Then they are the list fields the loaders parse as JSON arrays in CSV
        Assert.True(AdFields.ListFields.SetEquals(arrays), string.Join(",", arrays));
    }

    [Fact]
    public void Additional_properties_are_allowed_because_unknown_columns_are_kept()
    {
        Assert.Equal(JsonValueKind.True, SchemaCatalog.Document(AdSchema).GetProperty("additionalProperties").ValueKind);
    }

    [Fact]
    public void Province_enum_equals_the_reference_provinces()
    {
        // Given
        var inSchema = Properties.GetProperty(AdFields.Province).GetProperty("enum").EnumerateArray()
            .Where(e => e.ValueKind == JsonValueKind.String)
            .Select(e => e.GetString()!)
            .Order(StringComparer.Ordinal);

        // Then
        Assert.Equal(CanadaGeography.Provinces.Select(p => p.Code).Order(StringComparer.Ordinal), inSchema);
    }

    [Fact]
    public void ToJson_of_a_full_pseudonymized_ad_validates_against_both_views()
    {
        // Given every field set, contacts as tokens, and an unknown column
        var ad = new Ad
        {
            AdId = "lc-00012345",
            PostedAt = new DateTimeOffset(2026, 5, 14, 21, 30, 0, TimeSpan.FromHours(-4)),
            Site = "localclassifieds",
            Category = "escorts",
            Title = "New in town \"Mia\" call ph_3f9c2a71d04e8b65",
            Body = "Incall only.\nText ph_3f9c2a71d04e8b65 💋",
            City = "Montréal",
            Province = "QC",
            Lat = 45.501_912_345,
            Lon = -73.567_4,
            Phones = ["ph_3f9c2a71d04e8b65"],
            Emails = ["em_90b1c4d7e2a35f08"],
            Handles = ["hd_5e02f9a8b4c61d37"],
            Urls = ["ur_c81d0e6f3a7b9245"],
            PriceAmount = 200.50m,
            PriceCurrency = "CAD",
            PriceDurationMin = 60,
            Incall = true,
            Outcall = false,
            StatedAge = 24,
            StatedEthnicity = "latina",
            Names = ["Mia", "Jade"],
            ImageHashes = ["c3a1f0e97b42d865"],
            ImagePaths = ["images/lc-00012345-1.jpg"],
            Extras = new Dictionary<string, string>(StringComparer.Ordinal) { ["page_rank"] = "3", ["batch"] = "{\"id\":\"b\"}" },
        };

        // When
        var json = AdJsonWriter.ToJson(ad);
        var whole = SchemaCatalog.Evaluate(AdSchema, json);
        var stored = SchemaCatalog.Evaluate(Pseudonymized, json);

        // Then
        Assert.True(whole.IsValid, SchemaCatalog.Describe(whole));
        Assert.True(stored.IsValid, SchemaCatalog.Describe(stored));
    }

    [Fact]
    public void ToJson_of_a_raw_ad_validates_but_is_not_pseudonymized()
    {
        // Given an ad as a scraper delivers it (a fiction number)
        var ad = new Ad
        {
            AdId = "a1",
            PostedAt = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
            Body = "call 416 555 0199",
            Phones = ["416 555 0199"],
        };

        // When
        var json = AdJsonWriter.ToJson(ad);
        var whole = SchemaCatalog.Evaluate(AdSchema, json);
        var stored = SchemaCatalog.Evaluate(Pseudonymized, json);

        // Then
        Assert.True(whole.IsValid, SchemaCatalog.Describe(whole));
        Assert.False(stored.IsValid);
        Assert.Contains(SchemaCatalog.Errors(stored), e => e.Location == "/phones/0" && e.Keyword == "pattern");
    }

    [Property(MaxTest = 300)]
    public Property ToJson_of_any_ad_within_the_documented_ranges_validates() =>
        Prop.ForAll(AdGenerators.Ads.ToArbitrary(), ad =>
        {
            // When
            var json = AdJsonWriter.ToJson(ad);
            var whole = SchemaCatalog.Evaluate(AdSchema, json);
            var stored = SchemaCatalog.Evaluate(Pseudonymized, json);

            // Then: always valid; pseudonymized exactly when every contact value is a token
            Assert.True(whole.IsValid, json + " -> " + SchemaCatalog.Describe(whole));
            var allTokens = ad.Phones.Concat(ad.Emails).Concat(ad.Handles).Concat(ad.Urls).All(AdGenerators.IsToken);
            Assert.True(allTokens == stored.IsValid, json + " -> " + SchemaCatalog.Describe(stored));
        });
}
