using System.Text.Json;
using Json.Schema;

namespace Workbench.Tests.Schemas;

public class SchemaFileTests
{
    public static TheoryData<string> SchemaFiles() => new(SchemaCatalog.FileNames);

    [Fact]
    public void The_schema_folder_holds_the_promised_schemas()
    {
        // Given the schemas the README promises
        string[] expected =
        [
            "ad.schema.json", "cluster-features.schema.json", "cluster.schema.json", "clusters-csv.schema.json", "communities-csv.schema.json", "components-csv.schema.json", "entity.schema.json",
            "label-audit.schema.json", "label.schema.json", "quarantine.schema.json", "run.schema.json",
        ];

        // Then exactly these exist (a new schema must be added here, to the README and to a table)
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
