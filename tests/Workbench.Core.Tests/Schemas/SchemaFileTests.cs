using System.Text.Json;
using Json.Schema;

namespace Workbench.Tests.Schemas;

public class SchemaFileTests
{
    public static TheoryData<string> SchemaFiles() => new(SchemaCatalog.FileNames);

    [Fact]
    public void The_schema_folder_holds_exactly_the_schemas_its_README_lists()
    {
        // Given the schemas the README's table promises (first column: [`x.schema.json`](x.schema.json))
        var readme = File.ReadAllLines(Path.Combine(SchemaCatalog.Directory, "README.md"));
        var expected = readme
            .Select(l => System.Text.RegularExpressions.Regex.Match(l, @"^\| \[`([a-z0-9-]+\.schema\.json)`\]\(\1\) \|"))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .Order(StringComparer.Ordinal)
            .ToArray();

        // Then exactly these exist (a new schema must be listed in the README, with its table)
        Assert.Contains("ad.schema.json", expected);
        Assert.Equal(expected, SchemaCatalog.FileNames);
    }

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void Schema_file_is_valid_against_the_2020_12_meta_schema(string file)
    {
        // Given
        var document = SchemaCatalog.Document(file);

        // When
        var results = MetaSchemas.Draft202012.Evaluate(document, SchemaCatalog.Options);

        // Then
        Assert.True(results.IsValid, SchemaCatalog.Describe(results));
    }

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void Schema_file_declares_draft_2020_12_and_an_id_named_after_itself(string file)
    {
        var document = SchemaCatalog.Document(file);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", document.GetProperty("$schema").GetString());
        Assert.Equal(SchemaCatalog.BaseUri + file, document.GetProperty("$id").GetString());
        Assert.False(string.IsNullOrWhiteSpace(document.GetProperty("description").GetString()));
    }
}
