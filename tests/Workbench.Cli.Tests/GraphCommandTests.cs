using Workbench.Data;

namespace Workbench.Tests;

[Collection("cli")]
public class GraphCommandTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly Dictionary<string, string?> _env;

    public GraphCommandTests()
    {
        _env = CliRunner.TestEnvironment(_dir);
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Graph_writes_one_component_and_community_per_ad_cluster_features_and_flows_with_no_raw_contact()
    {
        // Given a small synthetic corpus
        var data = _dir.File("corpus");
        Assert.Equal(0, CliRunner.Run(_env, "generate", "--ads", "3000", "--seed", "3", "--out", data).ExitCode);
        var outDir = _dir.File("out");

        // When
        var result = CliRunner.Run(_env, "graph", "--in", Path.Combine(data, "ads.jsonl"), "--out", outDir);

        // Then the contract files exist with their headers and one row per ad
        Assert.True(result.ExitCode == 0, result.Error + result.Out);
        var components = File.ReadAllLines(Path.Combine(outDir, "components.csv"));
        var communities = File.ReadAllLines(Path.Combine(outDir, "communities.csv"));
        Assert.Equal("ad_id,component_id", components[0]);
        Assert.Equal("ad_id,community_id", communities[0]);
        Assert.Equal(3000, components.Length - 1);
        Assert.Equal(3000, communities.Length - 1);
        Assert.Equal(3000, components.Skip(1).Select(l => l.Split(',')[0]).Distinct().Count());
        Assert.True(components.Skip(1).Select(l => l.Split(',')[1]).Distinct().Count() < 3000, "shared tokens join some ads");
        var features = File.ReadAllLines(Path.Combine(outDir, "cluster_features.csv"));
        Assert.StartsWith("level,cluster_id,ads,", features[0], StringComparison.Ordinal);
        Assert.Contains(features, l => l.StartsWith("micro,", StringComparison.Ordinal));
        Assert.Contains(features, l => l.StartsWith("meta,", StringComparison.Ordinal));
        foreach (var name in new[] { "suppressed_tokens.csv", "transitions.csv", "flows.csv" })
        {
            Assert.True(File.Exists(Path.Combine(outDir, name)), name);
        }

        // And neither the files nor the console carry a raw contact
        var scan = RawContactScan.FromTruthFiles([Path.Combine(data, "truth.jsonl")]);
        Assert.NotEmpty(scan.Phones);
        foreach (var file in Directory.GetFiles(outDir)) Assert.Empty(scan.FindIn(File.ReadAllText(file)));
        Assert.Empty(scan.FindIn(result.Out + result.Error));
    }

    [Fact]
    public void Graph_without_out_fails_in_one_line()
    {
        var result = CliRunner.Run(_env, "graph", "--store", _dir.File("none.duckdb"));
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--out", result.Error);
    }

    [Fact]
    public void Eval_graph_scores_groupings_touring_independents_and_movement_against_the_truth()
    {
        var result = CliRunner.Run(_env, "eval", "graph", "--ads", "3000", "--seed", "3");

        Assert.True(result.ExitCode == 0, result.Error + result.Out);
        Assert.Contains("Louvain", result.Out, StringComparison.Ordinal);
        Assert.Contains("transition precision", result.Out, StringComparison.Ordinal);
        Assert.Contains("planted trip arrivals found", result.Out, StringComparison.Ordinal);
        Assert.Matches(@"recall \d\.\d{3} of \d+ true city changes", result.Out);
    }
}
