using Workbench.Data;

namespace Workbench.Tests.Schemas;

/// <summary>The loader and the published schema must accept and refuse the same rows, or the schema misleads.</summary>
public class LoaderAgreesWithSchemaTests
{
    [Theory]
    [InlineData("2026-05-01T10:00:00Z")]
    [InlineData("2026-05-01T10:00:00.123-04:00")]
    [InlineData("2026-05-01T10:00:00+05:30")]
    [InlineData("2026-05-01T10:00Z")]
    [InlineData("2026-05-01 10:00:00Z")]
    [InlineData("2026-05-01T10:00:00")]
    [InlineData("2026-05-01")]
    [InlineData("2026-13-01T10:00:00Z")]
    [InlineData("01/05/2026 10:00:00 -04:00")]
    [InlineData("2026-05-01t10:00:00z")]
    public void Posted_at_is_accepted_by_the_loader_exactly_when_the_schema_accepts_it(string postedAt)
    {
        var json = $$"""{"ad_id":"a","posted_at":"{{postedAt}}","body":"b"}""";
        var schemaOk = SchemaCatalog.Evaluate("ad.schema.json", json).IsValid;

        using var dir = new TempDir();
        var loaderOk = AdSource.Open(dir.Write("a.jsonl", json)).Rows().Single().IsKept;

        Assert.Equal(schemaOk, loaderOk);
    }

    [Theory]
    [InlineData("\"stated_age\":17", true)]
    [InlineData("\"stated_age\":121", false)]
    [InlineData("\"province\":\"XX\"", false)]
    [InlineData("\"image_hashes\":[\"0123456789abcde\"]", false)]
    [InlineData("\"price_amount\":-1", false)]
    [InlineData("\"lat\":90.5", false)]
    [InlineData("\"price_duration_min\":0", false)]
    [InlineData("\"extra_column\":{\"x\":1}", true)]
    public void Field_checks_agree_with_the_schema(string field, bool expected)
    {
        var json = $$"""{"ad_id":"a","posted_at":"2026-05-01T10:00:00Z","body":"b",{{field}}}""";
        using var dir = new TempDir();
        var loaderOk = AdSource.Open(dir.Write("a.jsonl", json)).Rows().Single().IsKept;
        Assert.Equal(expected, SchemaCatalog.Evaluate("ad.schema.json", json).IsValid);
        Assert.Equal(expected, loaderOk);
    }
}
