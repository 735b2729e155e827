using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Workbench.Tests.Schemas;

/// <summary>
/// The hash chain of label-audit.md, worked on <c>Examples/label-audit-chain.jsonl</c>: each entry's
/// <c>prev_hash</c> is the SHA-256 of the previous line's UTF-8 bytes, so an edit to any earlier line shows.
/// </summary>
public class LabelAuditChainTests
{
    private static string[] Lines() =>
        File.ReadAllText(Path.Combine(SchemaCatalog.ExamplesDirectory, "label-audit-chain.jsonl"), Encoding.UTF8)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Every_entry_of_the_example_log_validates()
    {
        foreach (var line in Lines())
        {
            var results = SchemaCatalog.Evaluate("label-audit.schema.json", line);
            Assert.True(results.IsValid, SchemaCatalog.Describe(results));
        }
    }

    [Fact]
    public void Example_log_is_an_unbroken_chain()
    {
        // Given
        var lines = Lines();

        // When
        var broken = FirstBrokenSeq(lines);

        // Then
        Assert.True(lines.Length >= 3);
        Assert.Null(broken);
    }

    [Fact]
    public void Editing_an_earlier_entry_breaks_the_chain_at_the_next_one_although_each_entry_stays_valid()
    {
        // Given the first label's rating quietly changed
        var lines = Lines();
        Assert.Contains("\"benign\":4", lines[0], StringComparison.Ordinal);
        lines[0] = lines[0].Replace("\"benign\":4", "\"benign\":5", StringComparison.Ordinal);

        // When
        var stillValid = SchemaCatalog.Evaluate("label-audit.schema.json", lines[0]).IsValid;
        var broken = FirstBrokenSeq(lines);

        // Then: the schema cannot see the edit; the chain can
        Assert.True(stillValid);
        Assert.Equal(2, broken);
    }

    [Fact]
    public void Dropping_an_entry_breaks_the_chain()
    {
        var lines = Lines();
        var withoutSecond = new[] { lines[0] }.Concat(lines.Skip(2)).ToArray();
        Assert.Equal(3, FirstBrokenSeq(withoutSecond));
    }

    /// <summary>The seq of the first entry whose seq or prev_hash does not follow from the line before; null when none.</summary>
    private static long? FirstBrokenSeq(IReadOnlyList<string> lines)
    {
        var previous = new string('0', 64);
        for (var i = 0; i < lines.Count; i++)
        {
            using var doc = JsonDocument.Parse(lines[i]);
            var seq = doc.RootElement.GetProperty("seq").GetInt64();
            if (seq != i + 1 || doc.RootElement.GetProperty("prev_hash").GetString() != previous) return seq;
            previous = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(lines[i])));
        }
        return null;
    }
}
