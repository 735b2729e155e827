using Workbench.Clustering;
using Workbench.Synthetic;

namespace Workbench.Evaluation;

/// <summary>Scores a micro-cluster result against the synthetic truth (<see cref="ClusterEvaluationReport"/>).</summary>
public static class ClusterEvaluation
{
    /// <summary>Scores <paramref name="result"/> against <paramref name="truth"/>, matching ads by id.</summary>
    /// <exception cref="ArgumentException">No ad of the result is in the truth.</exception>
    public static ClusterEvaluationReport Evaluate(MicroClusterResult result, IEnumerable<AdTruth> truth)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(truth);
        var byId = new Dictionary<string, AdTruth>(StringComparer.Ordinal);
        foreach (var t in truth) byId[t.AdId] = t;

        var micro = new List<int>();
        var meta = new List<int>();
        var rows = new List<AdTruth>();
        foreach (var a in result.Assignments)
        {
            if (!byId.TryGetValue(a.AdId, out var t)) continue;
            micro.Add(a.MicroClusterId);
            meta.Add(a.MetaClusterId);
            rows.Add(t);
        }
        if (rows.Count == 0) throw new ArgumentException("no ad of the result is in the truth file: is it the truth of this corpus?");

        var template = Labels(rows, t => t.TemplateId);
        var actor = Labels(rows, t => t.MicroClusterId);
        var actorMeta = Labels(rows, t => t.MetaClusterId);
        var byType = new List<ActorTypeScore>();
        foreach (var type in Enum.GetValues<ActorType>())
        {
            var idx = Enumerable.Range(0, rows.Count).Where(i => rows[i].ActorType == type).ToArray();
            if (idx.Length == 0) continue;
            byType.Add(new ActorTypeScore(
                type, idx.Length,
                PartitionMetrics.Score(Pick(micro, idx), Pick(template, idx)),
                PartitionMetrics.Score(Pick(micro, idx), Pick(actor, idx)),
                PartitionMetrics.Score(Pick(meta, idx), Pick(actorMeta, idx)),
                CrossPairs(micro, rows, type),
                CrossPairs(meta, rows, type)));
        }
        return new ClusterEvaluationReport(
            result.Assignments.Count, rows.Count,
            PartitionMetrics.Score(micro, template),
            PartitionMetrics.Score(micro, actor),
            PartitionMetrics.Score(meta, actorMeta),
            PartitionMetrics.Score(template, actor),
            byType);
    }

    /// <summary>Agreement of two results on the ads they share (e.g. an incrementally updated model against a batch fit).</summary>
    public static PartitionScore Agreement(MicroClusterResult a, MicroClusterResult b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var other = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var x in b.Assignments) other[x.AdId] = x.MicroClusterId;
        var left = new List<int>();
        var right = new List<int>();
        foreach (var x in a.Assignments)
        {
            if (!other.TryGetValue(x.AdId, out var c)) continue;
            left.Add(x.MicroClusterId);
            right.Add(c);
        }
        return PartitionMetrics.Score(left, right);
    }

    private static List<int> Labels(List<AdTruth> rows, Func<AdTruth, string> key)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var labels = new List<int>(rows.Count);
        foreach (var r in rows)
        {
            var k = key(r);
            if (!ids.TryGetValue(k, out var id)) ids[k] = id = ids.Count;
            labels.Add(id);
        }
        return labels;
    }

    private static int[] Pick(List<int> labels, int[] idx) => [.. idx.Select(i => labels[i])];

    private static long CrossPairs(List<int> predicted, List<AdTruth> rows, ActorType type)
    {
        var inType = new Dictionary<int, long>();
        var others = new Dictionary<int, long>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (predicted[i] < 0) continue;
            var d = rows[i].ActorType == type ? inType : others;
            d[predicted[i]] = d.GetValueOrDefault(predicted[i]) + 1;
        }
        long cross = 0;
        foreach (var (c, n) in inType) cross += n * others.GetValueOrDefault(c);
        return cross;
    }
}
