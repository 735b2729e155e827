using System.Text.Json;

namespace Workbench.Tests.Schemas;

/// <summary>
/// Hand-made records in <c>Examples/</c> pass or fail as <c>Examples/examples.json</c> says; an invalid one must fail
/// for the stated reason (instance location and keyword), not for a typo elsewhere.
/// </summary>
public class SchemaExampleTests
{
    private static readonly Lazy<IReadOnlyList<Expectation>> LazyManifest = new(LoadManifest);

    public static TheoryData<string, string> ValidExamples() => Cases(valid: true);

    public static TheoryData<string, string> InvalidExamples() => Cases(valid: false);

    [Theory]
    [MemberData(nameof(ValidExamples))]
    public void Valid_example_passes_its_schema(string file, string schema)
    {
        // Given
        var json = File.ReadAllText(Path.Combine(SchemaCatalog.ExamplesDirectory, file));

        // When
        var results = SchemaCatalog.Evaluate(schema, json);

        // Then
        Assert.True(results.IsValid, $"{file} against {schema}: {SchemaCatalog.Describe(results)}");
    }

    [Theory]
    [MemberData(nameof(InvalidExamples))]
    public void Invalid_example_fails_its_schema_at_the_stated_place(string file, string schema)
    {
        // Given
        var expected = LazyManifest.Value.Single(e => e.File == file && e.Schema == schema);
        var json = File.ReadAllText(Path.Combine(SchemaCatalog.ExamplesDirectory, file));

        // When
        var results = SchemaCatalog.Evaluate(schema, json);

        // Then
        Assert.False(results.IsValid, $"{file} should fail {schema} ({expected.Why ?? expected.Keyword})");
        var errors = SchemaCatalog.Errors(results);
        Assert.True(
            errors.Any(e => e.Location == expected.ErrorAt && e.Keyword == expected.Keyword),
            $"{file}: expected '{expected.Keyword}' at '{expected.ErrorAt}', got {SchemaCatalog.Describe(results)}");
    }

    [Fact]
    public void Manifest_and_example_files_match_one_to_one()
    {
        // Given
        var onDisk = Directory.GetFiles(SchemaCatalog.ExamplesDirectory, "*.json")
            .Select(Path.GetFileName)
            .Where(n => n != "examples.json")
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToArray();

        // When
        var listed = LazyManifest.Value.Select(e => e.File).Distinct().OrderBy(n => n, StringComparer.Ordinal).ToArray();

        // Then: no orphan file that no test reads, no entry without a file
        Assert.Equal(onDisk, listed);
        Assert.All(
            LazyManifest.Value.Where(e => !e.Schema.Contains('#', StringComparison.Ordinal)),
            e => Assert.Equal(e.File.EndsWith(".valid.json", StringComparison.Ordinal), e.Valid));
    }

    [Theory]
    [InlineData("ad-missing-ad-id.invalid.json")]
    [InlineData("ad-posted-at-no-offset.invalid.json")]
    [InlineData("ad-province-xx.invalid.json")]
    [InlineData("ad-image-hash-15-digits.invalid.json")]
    [InlineData("ad-negative-price.invalid.json")]
    [InlineData("ad-full.valid.json")]
    [InlineData("ad-minimal.valid.json")]
    public void The_required_ad_cases_are_in_the_manifest(string file)
    {
        Assert.Contains(LazyManifest.Value, e => e.File == file && e.Schema == "ad.schema.json");
    }

    [Theory]
    [InlineData("ad.schema.json")]
    [InlineData("label.schema.json")]
    [InlineData("label-audit.schema.json")]
    [InlineData("cluster.schema.json")]
    [InlineData("clusters-csv.schema.json")]
    [InlineData("quarantine.schema.json")]
    [InlineData("run.schema.json")]
    [InlineData("entity.schema.json")]
    public void Every_schema_has_valid_and_invalid_examples(string schema)
    {
        Assert.Contains(LazyManifest.Value, e => e.Schema == schema && e.Valid);
        Assert.Contains(LazyManifest.Value, e => e.Schema == schema && !e.Valid);
    }

    [Fact]
    public void Entity_example_offsets_point_at_the_token_in_the_full_ad_body()
    {
        // Given the body of the full ad and the entity found in it
        using var ad = JsonDocument.Parse(File.ReadAllText(Path.Combine(SchemaCatalog.ExamplesDirectory, "ad-full.valid.json")));
        using var entity = JsonDocument.Parse(File.ReadAllText(Path.Combine(SchemaCatalog.ExamplesDirectory, "entity-body.valid.json")));
        var body = ad.RootElement.GetProperty("body").GetString()!;
        var start = entity.RootElement.GetProperty("start").GetInt32();
        var end = entity.RootElement.GetProperty("end").GetInt32();

        // Then body[start:end] is the token, as entity.md promises
        Assert.Equal(entity.RootElement.GetProperty("token").GetString(), body[start..end]);
    }

    private static TheoryData<string, string> Cases(bool valid)
    {
        var data = new TheoryData<string, string>();
        foreach (var e in LazyManifest.Value.Where(e => e.Valid == valid)) data.Add(e.File, e.Schema);
        return data;
    }

    private static IReadOnlyList<Expectation> LoadManifest()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(SchemaCatalog.ExamplesDirectory, "examples.json")));
        return doc.RootElement.EnumerateArray().Select(e => new Expectation(
            e.GetProperty("file").GetString()!,
            e.GetProperty("schema").GetString()!,
            e.GetProperty("valid").GetBoolean(),
            e.TryGetProperty("error_at", out var at) ? at.GetString() : null,
            e.TryGetProperty("keyword", out var kw) ? kw.GetString() : null,
            e.TryGetProperty("why", out var why) ? why.GetString() : null)).ToArray();
    }

    private sealed record Expectation(string File, string Schema, bool Valid, string? ErrorAt, string? Keyword, string? Why);
}
