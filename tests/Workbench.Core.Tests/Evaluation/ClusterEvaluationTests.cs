using Workbench.Clustering;
using Workbench.Data;
using Workbench.Evaluation;
using Workbench.Synthetic;

namespace Workbench.Tests.Evaluation;

public class ClusterEvaluationTests
{
    private static AdTruth Truth(string ad, string actor, ActorType type, string template) => new()
    {
        AdId = ad, ActorId = actor, ActorType = type, TemplateId = template, MicroClusterId = "M" + actor, MetaClusterId = "G" + actor,
    };

    private static MicroClusterResult Result(params (string Ad, int Micro, int Meta)[] rows) => new()
    {
        Clusters = [],
        Assignments = [.. rows.Select(r => new AdAssignment(r.Ad, DateTimeOffset.UnixEpoch, r.Micro, r.Micro, r.Meta, r.Micro >= 0 ? 0.5 : 0))],
        MetaClusters = [],
        HubTokens = [],
        Options = new MicroClusterOptions(),
        Statistics = new MicroClusterStatistics(rows.Length, 0, 0, 8, 0, 0, 0, 0, []),
    };

    [Fact]
    public void A_scam_script_shared_by_two_spam_actors_is_one_template_but_two_actor_micro_clusters()
    {
        // Given two spam actors posting one script, and an independent's reposts
        AdTruth[] truth =
        [
            Truth("s1", "A1", ActorType.Spam, "S01"), Truth("s2", "A1", ActorType.Spam, "S01"),
            Truth("s3", "A2", ActorType.Spam, "S01"), Truth("s4", "A2", ActorType.Spam, "S01"),
            Truth("i1", "A3", ActorType.Independent, "T3"), Truth("i2", "A3", ActorType.Independent, "T3"),
        ];
        // When the detector puts the script in one cluster and the reposts in another
        var result = Result(("s1", 0, -1), ("s2", 0, -1), ("s3", 0, -1), ("s4", 0, -1), ("i1", 1, -1), ("i2", 1, -1));
        var report = ClusterEvaluation.Evaluate(result, truth);

        // Then it is perfect at the template level, and the actor level shows the split it cannot make
        Assert.Equal(1, report.Templates.AdjustedRandIndex, 12);
        Assert.True(report.Actors.AdjustedRandIndex < 1);
        Assert.Equal(report.Actors.AdjustedRandIndex, report.TextCeiling.AdjustedRandIndex, 12);
        Assert.Equal(2, report.ByActorType.Count);
        Assert.All(report.ByActorType, t => Assert.Equal(0, t.CrossTypeMicroPairs));
    }

    [Fact]
    public void Ads_missing_from_the_truth_are_left_out_and_a_foreign_truth_is_refused()
    {
        AdTruth[] truth = [Truth("a", "A1", ActorType.Organized, "T1"), Truth("b", "A1", ActorType.Organized, "T1")];
        var report = ClusterEvaluation.Evaluate(Result(("a", 0, 0), ("b", 0, 0), ("c", 1, 0)), truth);
        Assert.Equal((3, 2), (report.Ads, report.MatchedAds));
        Assert.Throws<ArgumentException>(() => ClusterEvaluation.Evaluate(Result(("x", 0, 0)), truth));
    }

    [Fact]
    public void The_truth_file_reads_back_what_the_generator_wrote()
    {
        // Given
        using var dir = new TempDir();
        SyntheticCorpusWriter.Write(dir.Path, new SyntheticOptions { Ads = 300, Seed = 3 });
        var generated = SyntheticCorpus.Generate(new SyntheticOptions { Ads = 300, Seed = 3 }).Select(g => g.Truth).ToList();

        // When
        var read = TruthFile.Read(Path.Combine(dir.Path, SyntheticCorpusWriter.TruthFile)).ToList();

        // Then
        Assert.Equal(generated.Select(t => (t.AdId, t.ActorType, t.TemplateId, t.MicroClusterId, t.MetaClusterId)),
            read.Select(t => (t.AdId, t.ActorType, t.TemplateId, t.MicroClusterId, t.MetaClusterId)));
        var bad = dir.Write("bad.jsonl", "{\"ad_id\": \"x\"}\n");
        var error = Assert.Throws<InvalidDataException>(() => TruthFile.Read(bad).ToList());
        Assert.Contains("bad.jsonl:1", error.Message, StringComparison.Ordinal);
    }
}
