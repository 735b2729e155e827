using Workbench.Data;

namespace Workbench.Tests;

[Collection("cli")]
public class PrevalenceCommandTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly Dictionary<string, string?> _env;

    public PrevalenceCommandTests()
    {
        _env = CliRunner.TestEnvironment(_dir);
    }

    public void Dispose() => _dir.Dispose();

    private static string Uk => Path.Combine(RepoPaths.Root, "..", "shared", "data", "mse-uk-2013.csv");

    [Theory]
    [InlineData("prevalence", "--out")]
    [InlineData("mse", "--p-stop")]
    public void Every_new_verb_has_help(string verb, string option)
    {
        var result = CliRunner.Run(_env, verb, "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(option, result.Out);
    }

    [Fact]
    public void Mse_stepwise_on_the_UK_table_prints_the_known_answer_as_csv()
    {
        var result = CliRunner.Run(_env, "mse", "--in", Uk, "--model", "stepwise", "--p-stop", "0.05");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Trim().Split('\n');
        Assert.Equal("model,n_observed,n_hat,lower,upper", lines[0]);
        var f = lines[1].Split(',');
        Assert.Equal(["stepwise", "2744", "11418.0"], f[..3]);
        Assert.InRange(double.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture), 9982 * 0.98, 9982 * 1.02);
        Assert.Contains("refused LA·GP", result.Error);
    }

    [Fact]
    public void Mse_main_prints_12214()
    {
        var result = CliRunner.Run(_env, "mse", "--in", Uk, "--model", "main");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("main,2744,12214.0,", result.Out.Trim().Split('\n')[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Mse_refuses_a_model_with_a_pair_that_never_overlaps_in_one_line()
    {
        var result = CliRunner.Run(_env, "mse", "--in", Uk, "--pairs", "PF:NCA,LA:GP");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("not identifiable", result.Error);
        Assert.Contains("LA and GP have no overlap", result.Error);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.DoesNotContain("n_hat", result.Out);
    }

    [Fact]
    public void Mse_rejects_a_malformed_table_with_file_and_line()
    {
        var file = _dir.Write("bad.csv", "A,B,count\n1,0,5\n1,2,3\n");
        var result = CliRunner.Run(_env, "mse", "--in", file);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("bad.csv:3", result.Error);
        Assert.Equal(2, CliRunner.Run(_env, "mse", "--in", file, "--model", "fancy").ExitCode);
    }

    [Fact]
    public void Prevalence_writes_suppressed_rates_and_the_unseen_estimate_with_its_assumptions()
    {
        // Given: a small synthetic corpus
        var data = _dir.File("corpus");
        Assert.Equal(0, CliRunner.Run(_env, "generate", "--ads", "3000", "--seed", "3", "--out", data).ExitCode);
        var outDir = _dir.File("out");

        // When
        var result = CliRunner.Run(_env, "prevalence", "--in", Path.Combine(data, "ads.jsonl"), "--out", outDir, "--replicates", "50");

        // Then
        Assert.True(result.ExitCode == 0, result.Error + result.Out);
        var rates = File.ReadAllLines(Path.Combine(outDir, "rates.csv"));
        Assert.StartsWith("dimension,key,label,measure,count,lower,upper", rates[0], StringComparison.Ordinal);
        foreach (var line in rates.Skip(1))
        {
            var count = line.Split(',')[4];
            Assert.True(count == "<5" || int.Parse(count, System.Globalization.CultureInfo.InvariantCulture) >= 5, line);
        }
        var md = File.ReadAllText(Path.Combine(outDir, "prevalence.md"));
        Assert.Contains("not people and not victims", md);
        Assert.Contains("closed population", md);
        Assert.StartsWith("model,n_observed,n_hat,lower,upper", File.ReadAllText(Path.Combine(outDir, "mse.csv")), StringComparison.Ordinal);
        Assert.Contains("never seen", result.Out);
    }

    [Fact]
    public void Prevalence_with_clusters_counts_micro_clusters_and_those_with_signals()
    {
        // Given a small synthetic corpus
        var data = _dir.File("corpus-c");
        Assert.Equal(0, CliRunner.Run(_env, "generate", "--ads", "3000", "--seed", "4", "--out", data).ExitCode);
        var outDir = _dir.File("out-c");

        // When prevalence runs with --clusters
        var result = CliRunner.Run(_env, "prevalence", "--in", Path.Combine(data, "ads.jsonl"), "--out", outDir, "--replicates", "30", "--clusters", "--mse-units", "clusters");

        // Then rates.csv holds national counts of clusters and of clusters with signals, the latter never above the former
        Assert.True(result.ExitCode == 0, result.Error + result.Out);
        var national = File.ReadAllLines(Path.Combine(outDir, "rates.csv")).Where(l => l.StartsWith("national,", StringComparison.Ordinal))
            .ToDictionary(l => l.Split(',')[3], l => l.Split(',')[4]);
        var clusters = int.Parse(national["clusters"], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(clusters > 10, $"{clusters} clusters");
        var withSignal = national["clusters_with_signal"];
        Assert.True(withSignal == "<5" || int.Parse(withSignal, System.Globalization.CultureInfo.InvariantCulture) <= clusters, withSignal);
        var md = File.ReadAllText(Path.Combine(outDir, "prevalence.md"));
        Assert.Contains("signals from reviewers' labels, else the weak-supervision label model", md);
        // And the multiple-systems estimate counts micro-clusters as its units
        Assert.Contains("units: micro-clusters", md);
    }

    [Fact]
    public void Labels_without_clusters_is_refused_in_one_line()
    {
        var result = CliRunner.Run(_env, "prevalence", "--in", "x.jsonl", "--out", _dir.File("o"), "--labels", "labels.db");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--labels needs --clusters", result.Error + result.Out);
    }
}
