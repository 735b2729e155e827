using Workbench.Data;

namespace Workbench.Tests;

[Collection("cli")]
public class AnomaliesCommandTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly Dictionary<string, string?> _env;

    public AnomaliesCommandTests()
    {
        _env = CliRunner.TestEnvironment(_dir);
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Anomalies_writes_windows_and_cluster_scores_with_the_contract_headers_and_no_raw_contact()
    {
        // Given a small synthetic corpus
        var data = _dir.File("corpus");
        Assert.Equal(0, CliRunner.Run(_env, "generate", "--ads", "3000", "--seed", "3", "--out", data).ExitCode);
        var outDir = _dir.File("out");

        // When
        var result = CliRunner.Run(_env, "anomalies", "--in", Path.Combine(data, "ads.jsonl"), "--out", outDir, "--clusters", "phone", "--all-windows");

        // Then both files exist with their headers, and neither the files nor the console carry a raw contact
        Assert.True(result.ExitCode == 0, result.Error + result.Out);
        var windows = File.ReadAllText(Path.Combine(outDir, "windows.csv"));
        var scores = File.ReadAllText(Path.Combine(outDir, "cluster_scores.csv"));
        Assert.StartsWith("region,start,end,metric,effect,", windows, StringComparison.Ordinal);
        Assert.StartsWith("level,cluster_id,ads,pca_score,pca_rank,pca_drivers,iforest_score,iforest_rank,iforest_drivers\n", scores, StringComparison.Ordinal);
        Assert.True(scores.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length > 10, "phone-linked advertisers are scored");
        var scan = RawContactScan.FromTruthFiles([Path.Combine(data, "truth.jsonl")]);
        Assert.Empty(scan.FindIn(windows));
        Assert.Empty(scan.FindIn(scores));
        Assert.Empty(scan.FindIn(result.Out + result.Error));
    }

    [Fact]
    public void Anomalies_without_out_fails_in_one_line()
    {
        var result = CliRunner.Run(_env, "anomalies", "--store", _dir.File("none.duckdb"));
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--out", result.Error);
    }
}
