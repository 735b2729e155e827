using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Workbench.Clustering;
using Workbench.Data;
using Workbench.Graphs;

namespace Workbench.Tests.Graphs;

public class EntityGraphTests
{
    private static readonly DateTimeOffset T0 = new(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static Ad Ad(string id, string[]? phones = null, string[]? images = null, string[]? emails = null) => new()
    {
        AdId = id, PostedAt = T0, Body = "x", Phones = phones ?? [], ImageHashes = images ?? [], Emails = emails ?? [],
    };

    [Fact]
    public void Ads_sharing_a_phone_or_an_email_are_one_component()
    {
        // Given a–b share a phone, b–c an e-mail, d alone
        var ads = new[] { Ad("a", ["ph_1"]), Ad("b", ["ph_1"], emails: ["em_1"]), Ad("c", emails: ["em_1"]), Ad("d", ["ph_2"]) };

        // When
        var (labels, count) = EntityGraph.Build(ads).Components();

        // Then: the big component is numbered 0
        Assert.Equal(2, count);
        Assert.Equal([0, 0, 0, 1], labels);
    }

    [Fact]
    public void A_token_on_more_ads_than_the_bound_is_a_hub_and_does_not_link()
    {
        // Given three ads on one phone, with the bound at two
        var ads = new[] { Ad("a", ["ph_1"]), Ad("b", ["ph_1"]), Ad("c", ["ph_1"]) };

        // When
        var graph = EntityGraph.Build(ads, options: new HubOptions { HubMaxAds = 2 });

        // Then
        Assert.Equal(3, graph.Components().Count);
        var hub = Assert.Single(graph.SuppressedTokens());
        Assert.Equal(SuppressionReason.TooManyAds, hub.Reason);
        Assert.Equal(3, hub.Ads);
    }

    [Fact]
    public void An_image_shared_by_three_unlinked_identities_is_stock_but_one_bridging_two_phones_links()
    {
        // Given picture P on three ads with three different phones, and picture Q on two ads with two phones
        var ads = new[]
        {
            Ad("a", ["ph_1"], ["00000000000000aa"]), Ad("b", ["ph_2"], ["00000000000000aa"]), Ad("c", ["ph_3"], ["00000000000000aa"]),
            Ad("d", ["ph_4"], ["00000000000000bb"]), Ad("e", ["ph_5"], ["00000000000000bb"]),
        };

        // When
        var graph = EntityGraph.Build(ads);
        var (labels, _) = graph.Components();

        // Then: P is stock (3 identities > 2) and links nothing; Q joins d and e
        var stock = Assert.Single(graph.SuppressedTokens());
        Assert.Equal(SuppressionReason.StockImage, stock.Reason);
        Assert.Equal(3, stock.Identities);
        Assert.NotEqual(labels[0], labels[1]);
        Assert.Equal(labels[3], labels[4]);

        // And with the rule off, P links a, b and c
        var (off, _) = EntityGraph.Build(ads, options: new HubOptions { StockImageMaxIdentities = null }).Components();
        Assert.Equal(off[0], off[2]);
    }

    [Fact]
    public void Micro_cluster_membership_links_its_ads()
    {
        // Given two ads with no shared token but one micro-cluster
        var ads = new[] { Ad("a"), Ad("b"), Ad("c") };

        // When
        var (labels, count) = EntityGraph.Build(ads, [0, 0, -1]).Components();

        // Then
        Assert.Equal(2, count);
        Assert.Equal(labels[0], labels[1]);
    }

    [Fact]
    public void Louvain_splits_two_cliques_joined_by_one_edge()
    {
        // Given two 5-cliques joined by an edge 0–5
        var edges = new List<(int, int)>();
        for (var c = 0; c < 2; c++)
        {
            for (var i = 0; i < 5; i++)
            {
                for (var j = i + 1; j < 5; j++) edges.Add((c * 5 + i, c * 5 + j));
            }
        }
        edges.Add((0, 5));
        var (start, adj) = Csr(10, edges);

        // When
        var (community, count, modularity) = Louvain.Run(start, adj, null, seed: 3);

        // Then: the two cliques, with modularity of that split (21 edges: 2·(10/21 − (21/42)²) ≈ 0.452)
        Assert.Equal(2, count);
        Assert.All(Enumerable.Range(0, 5), i => Assert.Equal(community[0], community[i]));
        Assert.All(Enumerable.Range(5, 5), i => Assert.Equal(community[5], community[i]));
        Assert.Equal((2 * 10.0 / 21) - (2 * 0.25), modularity, 6);
    }

    [Property(MaxTest = 40)]
    public Property Louvain_never_does_worse_than_all_singletons_and_communities_are_within_components(int seed, NonNegativeInt n)
    {
        // Given a random sparse graph
        var nodes = 2 + (n.Get % 40);
        var random = new Random(seed);
        var edges = Enumerable.Range(0, nodes * 2).Select(_ => (random.Next(nodes), random.Next(nodes))).Where(e => e.Item1 != e.Item2).ToList();
        var (start, adj) = Csr(nodes, edges);

        // When
        var (community, _, modularity) = Louvain.Run(start, adj, null, seed);
        var singletons = Louvain.Modularity(start, adj, null, [.. Enumerable.Range(0, nodes)]);

        // Then
        var sets = new Workbench.Collections.DisjointSets(nodes);
        foreach (var (a, b) in edges) sets.Union(a, b);
        var ok = modularity >= singletons - 1e-9
            && Enumerable.Range(0, nodes).All(i => Enumerable.Range(0, nodes).All(j => community[i] != community[j] || sets.Find(i) == sets.Find(j)));
        return ok.ToProperty();
    }

    [Fact]
    public void Meta_clusters_of_the_detector_agree_with_graph_components()
    {
        // Given the shared synthetic corpus and its micro-clusters
        var fx = SharedClusters.Fixture;
        var micro = fx.Result.Assignments.Select(a => a.MicroClusterId).ToArray();

        // When the graph links with the detector's rule
        var (components, _) = EntityGraph.Build(fx.Ads, micro, new MetaClusterOptions().ToHubOptions()).Components();

        // Then: two ads share a meta-cluster exactly when they share a component of two or more units
        var meta = fx.Result.Assignments.Select(a => a.MetaClusterId).ToArray();
        var componentOfMeta = new Dictionary<int, int>();
        for (var i = 0; i < meta.Length; i++)
        {
            if (meta[i] < 0) continue;
            if (componentOfMeta.TryGetValue(meta[i], out var c)) Assert.Equal(c, components[i]);
            else componentOfMeta[meta[i]] = components[i];
        }
        Assert.Equal(componentOfMeta.Count, componentOfMeta.Values.Distinct().Count());
    }

    [Fact]
    public void Degree_statistics_count_every_edge()
    {
        // Given the shared corpus
        var graph = EntityGraph.Build(SharedClusters.Fixture.Ads);

        // When
        var degrees = graph.Degrees();

        // Then
        Assert.Equal(graph.EdgeCount, degrees.Sum(d => d.Edges));
        Assert.All(degrees, d => Assert.InRange(d.P99Degree, 1, d.MaxDegree));
    }

    private static (int[] Start, int[] Adj) Csr(int n, List<(int, int)> edges)
    {
        var lists = Enumerable.Range(0, n).Select(_ => new List<int>()).ToArray();
        foreach (var (a, b) in edges)
        {
            lists[a].Add(b);
            lists[b].Add(a);
        }
        var start = new int[n + 1];
        for (var i = 0; i < n; i++) start[i + 1] = start[i] + lists[i].Count;
        return (start, lists.SelectMany(l => l).ToArray());
    }
}
