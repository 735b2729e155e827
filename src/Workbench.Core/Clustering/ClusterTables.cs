using System.Text.Json;
using Workbench.Store;

namespace Workbench.Clustering;

/// <summary>
/// Stores a <see cref="MicroClusterResult"/> in the store, for the analyses that build on it (graph, review,
/// prevalence): <c>micro_clusters</c> (one row per micro-cluster, its template as a JSON array), <c>cluster_members</c>
/// (one row per ad, as <c>clusters.csv</c> plus each ad's bits), <c>meta_clusters</c> and <c>hub_tokens</c>. Each write
/// replaces the previous clustering of the store; <c>cluster_run</c> in every row names the run.
/// </summary>
public static class ClusterTables
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS micro_clusters (
            cluster_run VARCHAR NOT NULL, cluster_id INTEGER NOT NULL, template_id INTEGER NOT NULL, template VARCHAR NOT NULL,
            template_text VARCHAR NOT NULL, ads INTEGER NOT NULL, distinct_texts INTEGER NOT NULL, slots INTEGER NOT NULL,
            cost_before_bits DOUBLE NOT NULL, cost_after_bits DOUBLE NOT NULL, compression_rate DOUBLE NOT NULL,
            meta_cluster_id INTEGER NOT NULL, first_posted TIMESTAMPTZ NOT NULL, last_posted TIMESTAMPTZ NOT NULL);
        CREATE TABLE IF NOT EXISTS cluster_members (
            cluster_run VARCHAR NOT NULL, ad_id VARCHAR NOT NULL, micro_cluster_id INTEGER NOT NULL, template_id INTEGER NOT NULL,
            meta_cluster_id INTEGER NOT NULL, score DOUBLE NOT NULL, cost_before_bits DOUBLE, cost_after_bits DOUBLE);
        CREATE TABLE IF NOT EXISTS meta_clusters (
            cluster_run VARCHAR NOT NULL, meta_cluster_id INTEGER NOT NULL, micro_clusters INTEGER NOT NULL, ads INTEGER NOT NULL,
            unclustered_ads INTEGER NOT NULL, phones INTEGER NOT NULL, emails INTEGER NOT NULL, handles INTEGER NOT NULL,
            images INTEGER NOT NULL, urls INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS hub_tokens (
            cluster_run VARCHAR NOT NULL, kind VARCHAR NOT NULL, token VARCHAR NOT NULL, ads INTEGER NOT NULL, units INTEGER NOT NULL);
        """;

    /// <summary>The tables this class writes.</summary>
    public static IReadOnlyList<string> Tables { get; } = ["micro_clusters", "cluster_members", "meta_clusters", "hub_tokens"];

    /// <summary>Replaces the store's clustering with <paramref name="result"/>; returns the run name written.</summary>
    public static string Write(AdStore store, MicroClusterResult result, string? runName = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(result);
        var run = runName ?? "clusters-" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        store.Execute(Schema);
        foreach (var table in Tables) store.Execute($"DELETE FROM {table}");

        var posted = new Dictionary<int, (DateTime First, DateTime Last)>();
        using (var members = store.Connection.CreateAppender("cluster_members"))
        {
            var perAd = MemberCosts(result);
            for (var i = 0; i < result.Assignments.Count; i++)
            {
                var a = result.Assignments[i];
                var (before, after) = perAd[i];
                members.CreateRow()
                    .AppendValue(run).AppendValue(a.AdId).AppendValue(a.MicroClusterId).AppendValue(a.TemplateId)
                    .AppendValue(a.MetaClusterId).AppendValue(a.Score).AppendValue(before).AppendValue(after)
                    .EndRow();
                if (a.MicroClusterId < 0) continue;
                var t = a.PostedAt.UtcDateTime;
                posted[a.MicroClusterId] = posted.TryGetValue(a.MicroClusterId, out var p)
                    ? (t < p.First ? t : p.First, t > p.Last ? t : p.Last)
                    : (t, t);
            }
        }
        using (var clusters = store.Connection.CreateAppender("micro_clusters"))
        {
            foreach (var c in result.Clusters)
            {
                var template = JsonSerializer.Serialize(c.Template.Select(t => t.IsSlot ? (object)new Dictionary<string, int> { ["slot"] = t.Slot } : t.Word!));
                var (first, last) = posted[c.ClusterId];
                clusters.CreateRow()
                    .AppendValue(run).AppendValue(c.ClusterId).AppendValue(c.TemplateId).AppendValue(template).AppendValue(c.TemplateText)
                    .AppendValue(c.Members.Count).AppendValue(c.DistinctTexts).AppendValue(c.SlotCount)
                    .AppendValue(c.CostBeforeBits).AppendValue(c.CostAfterBits).AppendValue(c.CompressionRate).AppendValue(c.MetaClusterId)
                    .AppendValue(first).AppendValue(last)
                    .EndRow();
            }
        }
        using (var metas = store.Connection.CreateAppender("meta_clusters"))
        {
            foreach (var m in result.MetaClusters)
            {
                metas.CreateRow()
                    .AppendValue(run).AppendValue(m.MetaClusterId).AppendValue(m.MicroClusterIds.Count).AppendValue(m.Ads)
                    .AppendValue(m.UnclusteredAds).AppendValue(m.Phones).AppendValue(m.Emails).AppendValue(m.Handles)
                    .AppendValue(m.Images).AppendValue(m.Urls)
                    .EndRow();
            }
        }
        using (var hubs = store.Connection.CreateAppender("hub_tokens"))
        {
            foreach (var h in result.HubTokens)
            {
                hubs.CreateRow()
                    .AppendValue(run).AppendValue(h.Kind.ToString().ToLowerInvariant()).AppendValue(h.Token).AppendValue(h.Ads).AppendValue(h.Units)
                    .EndRow();
            }
        }
        return run;
    }

    /// <summary>Each ad's bits before and after (null for an ad in no cluster), in assignment order.</summary>
    private static (double? Before, double? After)[] MemberCosts(MicroClusterResult result)
    {
        var index = new Dictionary<string, int>(result.Assignments.Count, StringComparer.Ordinal);
        for (var i = 0; i < result.Assignments.Count; i++) index[result.Assignments[i].AdId] = i;
        var costs = new (double?, double?)[result.Assignments.Count];
        foreach (var c in result.Clusters)
        {
            var lazy = c.Alignments as LazyAlignments;
            for (var i = 0; i < c.Members.Count; i++)
            {
                var (before, after) = lazy is not null ? lazy.Costs(i) : (c.Alignments[i].CostBeforeBits, c.Alignments[i].CostAfterBits);
                costs[index[c.Members[i]]] = (before, after);
            }
        }
        return costs;
    }
}
