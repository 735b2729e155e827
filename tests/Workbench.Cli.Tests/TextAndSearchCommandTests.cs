using System.Text.Json;
using Workbench.Data;

namespace Workbench.Tests;

[Collection("cli")]
public class TextAndSearchCommandTests : IDisposable
{
    private const string KeyHex = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
    private readonly TempDir _dir = new();
    private readonly Dictionary<string, string?> _env;

    public TextAndSearchCommandTests()
    {
        _env = CliRunner.TestEnvironment(_dir, KeyHex);
    }

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("extract", "--out")]
    [InlineData("search", "--like")]
    [InlineData("eval extract", "--data")]
    [InlineData("bench extract", "--index-ads")]
    public void Every_new_verb_has_help(string verb, string option)
    {
        var result = CliRunner.Run(_env, [.. verb.Split(' '), "--help"]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(option, result.Out);
    }

    [Fact]
    public void Extract_writes_one_row_per_entity_with_tokens_that_match_ingest_and_no_raw_contact()
    {
        // Given a small synthetic corpus
        var corpus = _dir.File("corpus");
        Assert.Equal(0, CliRunner.Run(_env, "generate", "--ads", "1500", "--seed", "8", "--out", corpus).ExitCode);
        var ads = Path.Combine(corpus, "ads.jsonl");
        var csv = _dir.File("entities.csv");
        // When
        var result = CliRunner.Run(_env, "extract", "--in", ads, "--out", csv);
        // Then the CSV has the promised columns and kinds, and offsets inside the raw fields
        Assert.True(result.ExitCode == 0, result.Error + result.Out);
        var lines = File.ReadAllLines(csv);
        Assert.Equal("ad_id,field,kind,value,start,end,confidence", lines[0]);
        var rows = lines.Skip(1).Select(ParseCsv).ToList();
        var kinds = rows.Select(r => r[2]).ToHashSet();
        foreach (var k in new[] { "phone", "email", "handle", "url", "price", "age", "name", "city", "indicator" }) Assert.Contains(k, kinds);
        var raw = File.ReadLines(ads).Select(l => JsonDocument.Parse(l).RootElement).ToDictionary(e => e.GetProperty("ad_id").GetString()!);
        foreach (var r in rows.Take(3_000))
        {
            var field = raw[r[0]].TryGetProperty(r[1], out var f) ? f.GetString() ?? "" : "";
            Assert.InRange(int.Parse(r[5], System.Globalization.CultureInfo.InvariantCulture), 1, field.Length);
        }
        // And every contact value is a token that ingest gives the same contact
        Assert.All(rows.Where(r => r[2] is "phone" or "email" or "handle" or "url"), r => Assert.True(ContactKinds.IsToken(r[3]), r[3]));
        var store = _dir.File("s.duckdb");
        Assert.Equal(0, CliRunner.Run(_env, "ingest", "--in", ads, "--store", store).ExitCode);
        using var s = Workbench.Store.AdStore.Open(store);
        var stored = s.ReadAds().SelectMany(a => a.Phones.Concat(a.Emails).Concat(a.Handles).Concat(a.Urls)).ToHashSet();
        var extracted = rows.Where(r => r[2] is "phone" or "email" or "handle" or "url").Select(r => r[3]).ToHashSet();
        Assert.True(extracted.Count(stored.Contains) >= 0.99 * extracted.Count, $"{extracted.Count(stored.Contains)}/{extracted.Count} tokens known to the store");
        // And no raw phone (as 10 consecutive digits of any run) or e-mail of the truth file appears in the CSV
        var phones = new HashSet<string>(StringComparer.Ordinal);
        var emails = new List<string>();
        foreach (var line in File.ReadLines(Path.Combine(corpus, "truth.jsonl")))
        {
            var truth = JsonDocument.Parse(line).RootElement;
            foreach (var p in truth.GetProperty("phones").EnumerateArray()) phones.Add(p.GetString()![2..]);
            foreach (var e in truth.GetProperty("emails").EnumerateArray()) emails.Add(e.GetString()!.ToLowerInvariant());
        }
        Assert.NotEmpty(phones);
        var text = File.ReadAllText(csv);
        foreach (System.Text.RegularExpressions.Match run in System.Text.RegularExpressions.Regex.Matches(text, "[0-9]{10,}"))
        {
            for (var i = 0; i + 10 <= run.Length; i++) Assert.DoesNotContain(run.Value.Substring(i, 10), phones);
        }
        var lower = text.ToLowerInvariant();
        foreach (var e in emails) Assert.True(!lower.Contains(e, StringComparison.Ordinal), "raw e-mail in the CSV");
    }

    [Fact]
    public void Extract_without_a_key_is_refused()
    {
        var file = _dir.Write("ads.jsonl", """{"ad_id":"a","posted_at":"2026-05-01T10:00:00Z","body":"call 416 839 2210"}""");
        var env = new Dictionary<string, string?>(_env) { [PseudonymKey.KeyVariable] = null };
        var result = CliRunner.Run(env, "extract", "--in", file, "--out", _dir.File("e.csv"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("WORKBENCH_KEY", result.Error);
    }

    [Fact]
    public void Search_finds_by_query_and_by_likeness_and_explains_bad_input_in_one_line()
    {
        var file = _dir.Write("ads.jsonl", string.Join("\n",
            """{"ad_id":"a1","posted_at":"2026-05-01T10:00:00Z","title":"New in town","body":"Just arrived in Calgary, new in town for a few days. Incall only. Text 403 839 2210","city":"Calgary"}""",
            """{"ad_id":"a2","posted_at":"2026-05-02T10:00:00Z","title":"New in town","body":"Just arrived in Calgary, new in town for a few days. Incall only. Text 403 839 2210!","city":"Calgary"}""",
            """{"ad_id":"a3","posted_at":"2026-05-03T10:00:00Z","title":"Spa","body":"Relaxing massage by professional attendants, open daily.","city":"Toronto"}"""));
        var store = _dir.File("s.duckdb");
        Assert.Equal(0, CliRunner.Run(_env, "ingest", "--in", file, "--store", store).ExitCode);

        var query = CliRunner.Run(_env, "search", "--store", store, "--query", "\"new in town\" AND city:calgary", "--top", "5");
        Assert.True(query.ExitCode == 0, query.Error + query.Out);
        Assert.Contains("2 of 3 ads match", query.Out);
        Assert.DoesNotContain("839", query.Out); // the phone is a token in the store, so in every excerpt

        var like = CliRunner.Run(_env, "search", "--store", store, "--like", "a1");
        Assert.True(like.ExitCode == 0, like.Error + like.Out);
        Assert.Contains("a2", like.Out);
        Assert.DoesNotContain("a3", like.Out.Split("est. Jaccard")[1]);

        var bad = CliRunner.Run(_env, "search", "--store", store, "--query", "\"unclosed");
        Assert.Equal(1, bad.ExitCode);
        Assert.Single(bad.Error.Trim().Split('\n'));
        Assert.Equal(2, CliRunner.Run(_env, "search", "--store", store).ExitCode);
        Assert.Equal(1, CliRunner.Run(_env, "search", "--store", store, "--like", "nope").ExitCode);
    }

    [Fact]
    public void Eval_extract_prints_precision_and_recall_per_kind()
    {
        var data = Path.Combine(RepoPaths.Root, "tests", "Workbench.Core.Tests", "Text", "Data");
        var result = CliRunner.Run(_env, "eval", "extract", "--data", data);
        Assert.True(result.ExitCode == 0, result.Error + result.Out);
        foreach (var kind in new[] { "phone", "email", "handle", "price", "age", "name", "city" }) Assert.Contains(kind, result.Out);
        Assert.Contains("precision", result.Out);
        Assert.Equal(1, CliRunner.Run(_env, "eval", "extract", "--data", _dir.File("missing")).ExitCode);
    }

    private static string[] ParseCsv(string line)
    {
        var cells = new List<string>();
        var sb = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else sb.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { cells.Add(sb.ToString()); sb.Clear(); }
            else sb.Append(c);
        }
        cells.Add(sb.ToString());
        return [.. cells];
    }
}
