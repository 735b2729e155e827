using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;

namespace Workbench.Tests.Schemas;

/// <summary>
/// Each <c>X.md</c> beside <c>X.schema.json</c> lists exactly the schema's fields (the first field table: the
/// top-level properties; a field table under a heading naming <c>`$defs/Y`</c>: that object definition's),
/// in schema order, with the right required flag and an example that validates against the field's schema.
/// </summary>
public class SchemaTableTests
{
    private static readonly string[] FieldTableHeader = ["field", "type", "unit", "required", "meaning", "example"];

    public static TheoryData<string> SchemaFiles() => new(SchemaCatalog.FileNames);

    public static TheoryData<string> MarkdownFiles() =>
        new(Directory.GetFiles(SchemaCatalog.Directory, "*.md").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void Table_lists_exactly_the_schema_properties_in_order(string file)
    {
        foreach (var (table, pointer, schema) in FieldTables(file))
        {
            // Given the object schema the table documents
            var expected = schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToArray();

            // When
            var listed = table.Rows.Select(r => MarkdownTable.Unquote(r[0])).ToArray();

            // Then
            Assert.True(expected.SequenceEqual(listed),
                $"{TableFile(file)} table for {pointer}: expected [{string.Join(", ", expected)}], found [{string.Join(", ", listed)}]");
        }
    }

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void Every_object_definition_has_exactly_one_table(string file)
    {
        // Given every object-with-properties in $defs (plain types such as tokens need no table)
        var document = SchemaCatalog.Document(file);
        var defs = document.TryGetProperty("$defs", out var d)
            ? d.EnumerateObject()
                .Where(p => p.Value.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String
                    && t.GetString() == "object" && p.Value.TryGetProperty("properties", out _))
                .Select(p => "#/$defs/" + p.Name)
            : [];

        // When
        var documented = FieldTables(file).Select(t => t.Pointer).ToArray();

        // Then: the root and each such definition, once each
        Assert.Equal(new[] { "#" }.Concat(defs).Order(StringComparer.Ordinal), documented.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void Required_column_matches_the_schema(string file)
    {
        foreach (var (table, pointer, schema) in FieldTables(file))
        {
            var required = schema.TryGetProperty("required", out var r)
                ? r.EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal)
                : [];
            foreach (var row in table.Rows)
            {
                var name = MarkdownTable.Unquote(row[0]);
                var saysRequired = row[3].StartsWith("yes", StringComparison.Ordinal);
                Assert.True(required.Contains(name) == saysRequired,
                    $"{TableFile(file)} {pointer}: '{name}' is {(required.Contains(name) ? "" : "not ")}required in the schema but the table says '{row[3]}'");
            }
        }
    }

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void Every_row_has_a_meaning_and_an_example_that_validates(string file)
    {
        foreach (var (table, pointer, _) in FieldTables(file))
        {
            foreach (var row in table.Rows)
            {
                // Given the example, a JSON value in backticks
                var name = MarkdownTable.Unquote(row[0]);
                Assert.False(string.IsNullOrWhiteSpace(row[4]), $"{TableFile(file)} {pointer}/{name}: meaning is empty");
                var example = MarkdownTable.Unquote(row[5]);
                var at = $"{file}{pointer}/properties/{name}";

                // When it is checked against the field's own schema
                JsonElement value;
                try
                {
                    using var doc = JsonDocument.Parse(example);
                    value = doc.RootElement.Clone();
                }
                catch (JsonException e)
                {
                    throw new Xunit.Sdk.XunitException($"{TableFile(file)} {pointer}/{name}: example is not JSON ({e.Message}): {example}");
                }
                var results = SchemaCatalog.Evaluate(at, value);

                // Then
                Assert.True(results.IsValid, $"{TableFile(file)} {pointer}/{name}: example {example} fails: {SchemaCatalog.Describe(results)}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(MarkdownFiles))]
    public void Markdown_holds_no_raw_looking_phone_number_or_email(string file)
    {
        // Given the same patterns the quarantine schema rejects in an excerpt
        var patterns = SchemaCatalog.Document("quarantine.schema.json")
            .GetProperty("properties").GetProperty("raw_excerpt").GetProperty("not").GetProperty("anyOf")
            .EnumerateArray().Select(p => new Regex(p.GetProperty("pattern").GetString()!, RegexOptions.None, TimeSpan.FromSeconds(5)))
            .ToArray();
        var text = File.ReadAllText(Path.Combine(SchemaCatalog.Directory, file));

        // Then: examples use tokens, never something that looks like a contact
        foreach (var pattern in patterns)
        {
            var match = pattern.Match(text);
            Assert.False(match.Success, $"{file} contains '{match.Value}': use a token (ph_…, em_…) instead");
        }
    }

    [Fact]
    public void Leak_patterns_catch_plain_contacts_and_spare_tokens()
    {
        // Given
        var results = new Dictionary<string, bool>
        {
            ["call 416-555-0123"] = false,
            ["+1 (416) 555 0123"] = false,
            ["4165550123"] = false,
            ["mia.example@example.com"] = false,
            ["ph_1234567890123456 and em_4165550123abcdef"] = true,
            ["$200/h 60 min, 5'6\", 36-24-36"] = true,
        };

        // Then
        foreach (var (excerpt, valid) in results)
        {
            var json = JsonSerializer.Serialize(new { source = "s.jsonl", line = 2, field = (string?)null, reason = "r", raw_excerpt = excerpt });
            Assert.True(SchemaCatalog.Evaluate("quarantine.schema.json", json).IsValid == valid, excerpt);
        }
    }

    [Fact]
    public void Readme_links_every_schema_and_every_table()
    {
        var readme = File.ReadAllText(Path.Combine(SchemaCatalog.Directory, "README.md"));
        foreach (var file in SchemaCatalog.FileNames)
        {
            Assert.Contains($"]({file})", readme, StringComparison.Ordinal);
            Assert.Contains($"]({TableFile(file)})", readme, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_table_file_belongs_to_a_schema()
    {
        var tables = Directory.GetFiles(SchemaCatalog.Directory, "*.md").Select(Path.GetFileName).Where(n => n != "README.md");
        Assert.Equal(SchemaCatalog.FileNames.Select(TableFile).Order(StringComparer.Ordinal), tables.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Clusters_csv_schema_properties_are_the_contract_header()
    {
        var columns = SchemaCatalog.Document("clusters-csv.schema.json").GetProperty("properties").EnumerateObject().Select(p => p.Name);
        Assert.Equal("ad_id,micro_cluster_id,template_id,meta_cluster_id,score", string.Join(",", columns));
    }

    [Fact]
    public void A_broken_schema_fails_the_meta_schema()
    {
        // Given schemas with a misspelt type and a non-numeric bound
        using var misspelt = JsonDocument.Parse("""{"type": "strin"}""");
        using var bound = JsonDocument.Parse("""{"properties": {"a": {"minimum": "0"}}}""");

        // Then the meta-schema check used above can fail
        Assert.False(MetaSchemas.Draft202012.Evaluate(misspelt.RootElement, SchemaCatalog.Options).IsValid);
        Assert.False(MetaSchemas.Draft202012.Evaluate(bound.RootElement, SchemaCatalog.Options).IsValid);
    }

    private static string TableFile(string schemaFile) => schemaFile.Replace(".schema.json", ".md", StringComparison.Ordinal);

    /// <summary>The field tables of a schema's markdown, each with the JSON pointer and schema object it documents.</summary>
    private static IEnumerable<(MarkdownTable Table, string Pointer, JsonElement Schema)> FieldTables(string file)
    {
        var path = Path.Combine(SchemaCatalog.Directory, TableFile(file));
        Assert.True(File.Exists(path), $"{TableFile(file)} is missing");
        var document = SchemaCatalog.Document(file);
        var tables = MarkdownTable.Parse(File.ReadAllText(path)).Where(t => t.Header.Count > 0 && t.Header[0] == "field").ToArray();
        Assert.NotEmpty(tables);
        for (var i = 0; i < tables.Length; i++)
        {
            var table = tables[i];
            Assert.Equal(FieldTableHeader, table.Header);
            Assert.All(table.Rows, r => Assert.Equal(FieldTableHeader.Length, r.Count));
            if (i == 0)
            {
                yield return (table, "#", document);
                continue;
            }
            var def = Regex.Match(table.Heading, @"`\$defs/([A-Za-z0-9_]+)`");
            Assert.True(def.Success, $"{TableFile(file)}: field table under '{table.Heading}' names no `$defs/…`");
            var name = def.Groups[1].Value;
            yield return (table, "#/$defs/" + name, document.GetProperty("$defs").GetProperty(name));
        }
    }
}
