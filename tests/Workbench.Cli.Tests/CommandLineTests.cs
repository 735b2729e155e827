using System.Text.Json;
using Workbench.Data;

namespace Workbench.Tests;

[Collection("cli")]
public class CommandLineTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly Dictionary<string, string?> _env;

    public CommandLineTests()
    {
        _env = CliRunner.TestEnvironment(_dir);
    }

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("generate", "--ads")]
    [InlineData("ingest", "--store")]
    [InlineData("demo", "--out")]
    [InlineData("key", "--out")]
    public void Every_verb_has_help(string verb, string option)
    {
        var result = CliRunner.Run(_env, verb, "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(option, result.Out);
    }

    [Fact]
    public void Ingest_without_a_key_is_refused_with_a_one_line_reason()
    {
        var file = _dir.Write("ads.jsonl", """{"ad_id":"a","posted_at":"2026-05-01T10:00:00Z","body":"x"}""");
        var env = new Dictionary<string, string?>(_env) { [PseudonymKey.KeyVariable] = null };
        var result = CliRunner.Run(env, "ingest", "--in", file, "--store", _dir.File("s.duckdb"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("WORKBENCH_KEY", result.Error);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.False(File.Exists(_dir.File("s.duckdb")));
    }

    [Fact]
    public void Ingest_of_a_missing_file_fails_with_the_path_in_one_line()
    {
        var result = CliRunner.Run(_env, "ingest", "--in", _dir.File("nope.jsonl"), "--store", _dir.File("s.duckdb"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nope.jsonl", result.Error);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    [Fact]
    public void Bad_arguments_exit_with_2()
    {
        Assert.Equal(2, CliRunner.Run(_env, "generate", "--ads", "lots").ExitCode);
        Assert.Equal(2, CliRunner.Run(_env, "ingest").ExitCode);
    }

    [Fact]
    public void Ingest_prints_counts_that_add_up()
    {
        var file = _dir.Write("ads.jsonl", string.Join("\n",
            """{"ad_id":"a","posted_at":"2026-05-01T10:00:00Z","body":"x"}""",
            """{"ad_id":"b","posted_at":"not a date","body":"y"}"""));
        var result = CliRunner.Run(_env, "ingest", "--in", file, "--store", _dir.File("s.duckdb"));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("read 2 = kept 1 + quarantined 1", result.Out);
    }

    [Fact]
    public void Demo_writes_a_report_and_no_output_carries_a_raw_contact_of_the_corpus()
    {
        // Given: the demo on a small corpus
        var data = _dir.File("data");
        var outDir = _dir.File("out");
        var result = CliRunner.Run(_env, "demo", "--ads", "3000", "--seed", "5", "--data", data, "--out", outDir);
        Assert.True(result.ExitCode == 0, result.Error + result.Out);

        // When: every output and the whole store are read as text
        var store = Path.Combine(data, "demo.duckdb");
        var export = _dir.File("export");
        using (var connection = new DuckDB.NET.Data.DuckDBConnection($"DataSource={store};ACCESS_MODE=READ_ONLY"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"EXPORT DATABASE '{export}' (FORMAT csv)";
            command.ExecuteNonQuery();
        }
        var outputs = Directory.GetFiles(outDir, "*", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(export))
            .Concat(Directory.GetFiles(data, "quarantine*.jsonl"))
            .ToList();
        Assert.Contains(outputs, f => f.EndsWith("report.html", StringComparison.Ordinal));
        var texts = outputs.Select(File.ReadAllText).Append(result.Out).ToList();

        // Then: none carries a raw phone (as digits, whatever the separators) or e-mail of the truth file
        var (phones, emails) = RawContacts(Path.Combine(data, "corpus", "truth.jsonl"));
        Assert.NotEmpty(phones);
        Assert.NotEmpty(emails);
        foreach (var text in texts)
        {
            var digits = DigitRuns(text);
            foreach (var phone in phones) Assert.DoesNotContain(phone, digits);
            foreach (var email in emails) Assert.DoesNotContain(email, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static string DigitRuns(string text)
    {
        // Digits joined across separators but not across letters: a phone disguised with spaces or dots still shows.
        var sb = new System.Text.StringBuilder();
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c)) sb.Append(c);
            else if (char.IsLetter(c)) sb.Append('|');
        }
        return sb.ToString();
    }

    private static (HashSet<string> Phones, HashSet<string> Emails) RawContacts(string truthPath)
    {
        var phones = new HashSet<string>(StringComparer.Ordinal);
        var emails = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in File.ReadLines(truthPath))
        {
            using var doc = JsonDocument.Parse(line);
            if (doc.RootElement.TryGetProperty("phones", out var p))
            {
                foreach (var v in p.EnumerateArray()) phones.Add(v.GetString()!.TrimStart('+')[1..]);
            }
            if (doc.RootElement.TryGetProperty("emails", out var e))
            {
                foreach (var v in e.EnumerateArray()) emails.Add(v.GetString()!);
            }
        }
        return (phones, emails);
    }
}
