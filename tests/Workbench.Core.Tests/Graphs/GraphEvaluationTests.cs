using Workbench.Evaluation;
using Workbench.Graphs;

namespace Workbench.Tests.Graphs;

public class GraphEvaluationTests
{
    [Fact]
    public void Suppression_only_splits_groups_and_movement_is_scored()
    {
        // Given the shared synthetic corpus with its micro-clusters
        var fx = SharedClusters.Fixture;
        var micro = fx.Result.Assignments.Select(a => a.MicroClusterId).ToArray();

        // When
        var report = GraphEvaluation.Evaluate(fx.Ads, micro, fx.Truth, new HubOptions(), seed: 1);

        // Then: removing links can only split groups, so predicted and correct pairs cannot rise
        Assert.Equal(5, report.Groupings.Count);
        Assert.True(report.Groupings[1].Score.PredictedPairs <= report.Groupings[0].Score.PredictedPairs);
        Assert.True(report.Groupings[1].Score.CorrectPairs <= report.Groupings[0].Score.CorrectPairs);
        Assert.True(report.Groupings[3].Score.PredictedPairs <= report.Groupings[1].Score.PredictedPairs);
        Assert.True(report.TrueTransitions > 0);
        Assert.InRange(report.TransitionPrecision, 0, 1);
        Assert.InRange(report.TransitionRecall, 0, 1);
        Assert.InRange(report.Groupings[1].TouringWithOrganizedRate, 0, 1);
    }

    [Fact]
    public void Graph_outputs_carry_no_raw_contact()
    {
        // Given the shared corpus's raw contacts
        var fx = SharedClusters.Fixture;
        var scan = RawContactScan.Of(fx.Raw.SelectMany(a => a.Phones), fx.Raw.SelectMany(a => a.Emails));
        var micro = fx.Result.Assignments.Select(a => a.MicroClusterId).ToArray();

        // When the graph's reported tokens, features and movement are written out
        var graph = EntityGraph.Build(fx.Ads, micro);
        var text = new StringWriter();
        ClusterFeaturesCsv.Write(ClusterFeatureCalculator.ForPhones(fx.Ads, 2, new() { CountCues = false }), text);
        foreach (var s in graph.SuppressedTokens()) text.WriteLine(s.ToString());
        var (visits, transitions) = Movement.Trace(fx.Ads, graph.Components().ComponentOfAd);
        foreach (var t in transitions.Take(2000)) text.WriteLine(t.ToString());

        // Then
        Assert.Empty(scan.FindIn(text.ToString()));
        Assert.Contains("ph_", text.ToString(), StringComparison.Ordinal);
    }
}
