using System.Text.RegularExpressions;
using Workbench.Data;
using Workbench.Evaluation;
using Workbench.Review;

namespace Workbench.Tests;

public class ReviewCommandTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly Dictionary<string, string?> _env;

    public ReviewCommandTests()
    {
        _env = CliRunner.TestEnvironment(_dir);
    }

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("labels", "add", "--rationale")]
    [InlineData("labels", "export", "--out")]
    [InlineData("labels", "import", "--actor")]
    [InlineData("labels", "audit", "--out")]
    [InlineData("labels", "queue", "--top")]
    [InlineData("eval", "review", "--budget")]
    [InlineData("bench", "review", "--refresh-ads")]
    public void Every_review_verb_has_help(string branch, string verb, string option)
    {
        var result = CliRunner.Run(_env, branch, verb, "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(option, result.Out);
    }

    [Fact]
    public void Queue_labels_export_and_audit_carry_no_raw_contact()
    {
        // Given a small synthetic corpus, ingested, and a label store
        var data = _dir.File("corpus");
        Assert.Equal(0, CliRunner.Run(_env, "generate", "--ads", "2000", "--seed", "4", "--out", data).ExitCode);
        var store = _dir.File("ads.duckdb");
        Assert.Equal(0, CliRunner.Run(_env, "ingest", "--in", Path.Combine(data, "ads.jsonl"), "--store", store).ExitCode);
        var labels = _dir.File("labels.db");
        // When a reviewer labels, the queue is shown, and labels and audit are written out
        var add = CliRunner.Run(_env, "labels", "add", "--labels", labels, "--target", "0", "--organized", "4", "--rationale", "one template, four names", "--reviewer", "rv_01");
        Assert.True(add.ExitCode == 0, add.Error);
        var queue = CliRunner.Run(_env, "labels", "queue", "--store", store, "--labels", labels, "--top", "15", "--out", _dir.File("queue.csv"));
        Assert.True(queue.ExitCode == 0, queue.Error + queue.Out);
        Assert.Equal(0, CliRunner.Run(_env, "labels", "export", "--labels", labels, "--out", _dir.File("labels.csv")).ExitCode);
        Assert.Equal(0, CliRunner.Run(_env, "labels", "audit", "--labels", labels, "--out", _dir.File("audit.jsonl")).ExitCode);
        // Then the queue gives reasons, and no output holds a raw phone number or e-mail of the corpus
        Assert.Contains("why queued", queue.Out);
        Assert.Equal(16, File.ReadAllLines(_dir.File("queue.csv")).Length);
        var scan = RawContactScan.FromTruthFiles([Path.Combine(data, "truth.jsonl")]);
        foreach (var text in new[] { queue.Out, File.ReadAllText(_dir.File("queue.csv")), File.ReadAllText(_dir.File("labels.csv")), File.ReadAllText(_dir.File("audit.jsonl")) })
        {
            Assert.Empty(scan.FindIn(text));
        }
    }

    [Fact]
    public void A_second_first_label_of_the_same_reviewer_is_refused_in_one_line()
    {
        var labels = _dir.File("labels.db");
        string[] args = ["labels", "add", "--labels", labels, "--target", "3", "--organized", "2", "--rationale", "spa vocabulary", "--reviewer", "rv_02"];
        Assert.Equal(0, CliRunner.Run(_env, args).ExitCode);
        var again = CliRunner.Run(_env, args);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("supersede", again.Error);
        Assert.Single(again.Error.Trim().Split('\n'));
    }

    [Fact]
    public void The_postgres_store_without_its_variable_fails_with_the_variable_named()
    {
        var env = new Dictionary<string, string?>(_env) { ["WORKBENCH_LABELS_PG"] = null };
        var result = CliRunner.Run(env, "labels", "audit", "--labels", "postgres");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("WORKBENCH_LABELS_PG", result.Error);
    }

    [Fact]
    public void Eval_review_prints_curves_labels_to_target_and_the_bias_audit()
    {
        var result = CliRunner.Run(_env, "eval", "review", "--ads", "3000", "--seed", "2", "--seeds", "2", "--budget", "60", "--curves", _dir.File("curves.csv"));
        Assert.True(result.ExitCode == 0, result.Error + result.Out);
        Assert.Contains("labels to reach 0.9 recall", result.Out);
        Assert.Contains("over 2 seed(s)", result.Out);
        Assert.Contains("ratio of means", result.Out);
        Assert.Contains($"{ReviewSimulation.Name(new ActiveLearningOptions().Strategy)} (default)", result.Out);
        foreach (var strategy in new[] { "uncertainty", "relevance", "mixed", "random" }) Assert.Matches(new Regex($"^[^a-z]*{strategy}\\b", RegexOptions.Multiline), result.Out);
        Assert.Contains("false-positive rate on independents", result.Out);
        Assert.Contains("touring independents", result.Out);
        Assert.Contains("stated ethnicity", result.Out);
        var curves = File.ReadAllLines(_dir.File("curves.csv"));
        Assert.Equal("seed,strategy,labels,recall_at_precision,recall,precision,flagged", curves[0]);
        foreach (var strategy in new[] { "uncertainty", "relevance", "mixed", "random" })
        {
            Assert.Contains(curves, l => l.StartsWith($"2,{strategy},60,", StringComparison.Ordinal));
            Assert.Contains(curves, l => l.StartsWith($"3,{strategy},60,", StringComparison.Ordinal));
        }
    }
}
