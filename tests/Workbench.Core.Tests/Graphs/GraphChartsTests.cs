using Plotly.NET;
using Workbench.Charts;
using Workbench.Data;
using Workbench.Graphs;

namespace Workbench.Tests.Graphs;

public class GraphChartsTests
{
    private static readonly DateTimeOffset T0 = new(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static Ad Ad(string id, string[]? phones = null, string[]? images = null, string[]? emails = null) => new()
    {
        AdId = id, PostedAt = T0, Body = "x", Phones = phones ?? [], ImageHashes = images ?? [], Emails = emails ?? [],
    };

    private const string Phone1 = "ph_00000000000000a1";
    private const string Phone2 = "ph_00000000000000a2";
    private const string Mail1 = "em_00000000000000b1";

    [Fact]
    public void A_network_view_draws_the_group_s_ads_their_contacts_and_only_shared_pictures()
    {
        // Given a–b–c joined by a phone and an e-mail, a picture shared by a and b, one picture only on c, and d elsewhere
        var ads = new[]
        {
            Ad("a", [Phone1], ["00000000000000aa"]), Ad("b", [Phone1], ["00000000000000aa"], [Mail1]), Ad("c", [Phone2], ["00000000000000cc"], [Mail1]),
            Ad("d", ["ph_00000000000000a9"]),
        };
        var graph = EntityGraph.Build(ads);

        // When the group {a, b, c} is drawn
        var view = NetworkView.Of(graph, [0, 1, 2]);

        // Then: three ads, two phones, one e-mail, one shared picture; c's own picture and d are not drawn
        Assert.Equal(3, view.Ads);
        Assert.Equal(0, view.AdsLeftOut);
        Assert.Equal(2, view.Nodes.Count(n => n.Kind == "phone"));
        Assert.Single(view.Nodes, n => n.Kind == "email");
        var picture = Assert.Single(view.Nodes, n => n.Kind == "image");
        Assert.Contains("00000000000000aa", picture.Label, StringComparison.Ordinal);
        Assert.DoesNotContain(view.Nodes, n => n.Label.Contains("a9", StringComparison.Ordinal) || n.Label.Contains("cc", StringComparison.Ordinal));
        Assert.Equal(3 + 2, view.Edges.Count(e => view.Nodes[e.To].Kind is "phone" or "email")); // a, b, c on phones; b, c on the e-mail
        Assert.Equal(2, view.Edges.Count(e => view.Nodes[e.To].Kind == "image"));
        Assert.All(view.Edges, e => Assert.Equal("ad", view.Nodes[e.From].Kind));
        Assert.All(view.Nodes, n => Assert.InRange(n.X, 0, 1));
        Assert.All(view.Nodes, n => Assert.InRange(n.Y, 0, 1));
    }

    [Fact]
    public void The_same_seed_draws_the_same_picture_and_linked_nodes_sit_closer_than_unlinked_ones()
    {
        // Given two stars: ads 0–4 on one phone, ads 5–9 on another
        var ads = Enumerable.Range(0, 10).Select(i => Ad($"a{i}", [i < 5 ? Phone1 : Phone2])).ToList();
        var graph = EntityGraph.Build(ads);

        // When drawn twice with one seed
        var first = NetworkView.Of(graph, Enumerable.Range(0, 10));
        var second = NetworkView.Of(graph, Enumerable.Range(0, 10));

        // Then identical, and an ad is nearer its own phone than the other star's phone
        Assert.Equal(first.Nodes, second.Nodes);
        var phone1 = first.Nodes.Single(n => n.Label.Contains("a1", StringComparison.Ordinal) && n.Kind == "phone");
        var phone2 = first.Nodes.Single(n => n.Label.Contains("a2", StringComparison.Ordinal) && n.Kind == "phone");
        static double D(NetworkNode a, NetworkNode b) => Math.Sqrt(Math.Pow(a.X - b.X, 2) + Math.Pow(a.Y - b.Y, 2));
        for (var i = 0; i < 5; i++)
        {
            Assert.True(D(first.Nodes[i], phone1) < D(first.Nodes[i], phone2), $"ad {i} is nearer its own phone");
            Assert.True(D(first.Nodes[i + 5], phone2) < D(first.Nodes[i + 5], phone1), $"ad {i + 5} is nearer its own phone");
        }
    }

    [Fact]
    public void A_group_bigger_than_the_bound_is_cut_to_the_nearest_ads_and_says_how_many_were_left_out()
    {
        // Given a chain of 30 ads, each sharing a phone with the next
        var ads = Enumerable.Range(0, 30).Select(i => Ad($"a{i}", [$"ph_{i:x16}", $"ph_{i + 1:x16}"])).ToList();
        var graph = EntityGraph.Build(ads);

        // When drawn with room for 10
        var view = NetworkView.Of(graph, Enumerable.Range(0, 30), new NetworkViewOptions { MaxAds = 10 });

        // Then ten connected ads are drawn and twenty counted as left out
        Assert.Equal(10, view.Ads);
        Assert.Equal(20, view.AdsLeftOut);
        var drawn = view.Nodes.Where(n => n.Kind == "ad").Select(n => int.Parse(n.Label[1..], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(9, drawn[^1] - drawn[0]);
    }

    [Fact]
    public void Hubs_are_drawn_grey_and_named_as_not_a_link_and_raw_contacts_are_never_shown()
    {
        // Given three ads on one raw (not pseudonymized) phone, with the hub bound at two
        var ads = new[] { Ad("a", ["+14169160199"]), Ad("b", ["+14169160199"]), Ad("c", ["+14169160199"]) };
        var graph = EntityGraph.Build(ads, options: new HubOptions { HubMaxAds = 2 });

        // When drawn and charted
        var view = NetworkView.Of(graph, [0, 1, 2]);
        var json = GenericChart.toJson(GraphCharts.Network(view));

        // Then the phone is a grey "suppressed" node, and its raw value appears nowhere
        var hub = Assert.Single(view.Nodes, n => n.Kind == "suppressed");
        Assert.Contains("not a link", hub.Label, StringComparison.Ordinal);
        Assert.DoesNotContain("9160199", json, StringComparison.Ordinal);
        Assert.Contains("suppressed (1)", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_network_chart_has_one_edge_trace_and_one_trace_per_node_kind()
    {
        var graph = EntityGraph.Build([Ad("a", [Phone1], emails: [Mail1]), Ad("b", [Phone1])]);
        var json = GenericChart.toJson(GraphCharts.Network(NetworkView.Of(graph, [0, 1])));
        Assert.Contains("links (3)", json, StringComparison.Ordinal);
        Assert.Contains("ads (2)", json, StringComparison.Ordinal);
        Assert.Contains("phone (1)", json, StringComparison.Ordinal);
        Assert.Contains("email (1)", json, StringComparison.Ordinal);
        Assert.Contains("null", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_corridor_map_joins_both_directions_of_a_pair_and_counts_unknown_cities()
    {
        var flows = new List<(string, string, int)> { ("Toronto, ON", "Ottawa, ON", 12), ("Ottawa, ON", "Toronto, ON", 5), ("Atlantis, ON", "Toronto, ON", 3) };
        var json = GenericChart.toJson(GraphCharts.CorridorMap(flows));
        Assert.Contains("Ottawa, ON → Toronto, ON: 5; Toronto, ON → Ottawa, ON: 12", json, StringComparison.Ordinal);
        Assert.Contains("1 city pairs not in the reference table", json, StringComparison.Ordinal);
        Assert.Contains("\"showland\":false", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Atlantis", json.Replace("1 city pairs not in the reference table", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void The_sankey_keeps_origins_and_destinations_apart_and_the_busiest_links()
    {
        var flows = new List<(string, string, int)> { ("Calgary, AB", "Edmonton, AB", 9), ("Edmonton, AB", "Calgary, AB", 7), ("Regina, SK", "Calgary, AB", 1) };
        var json = GenericChart.toJson(GraphCharts.CorridorSankey(flows, top: 2));
        Assert.Contains("Calgary, AB (from)", json, StringComparison.Ordinal);
        Assert.Contains("Calgary, AB (to)", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Regina", json, StringComparison.Ordinal);
        Assert.Contains("top 2 of 3 directed city pairs", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Toronto, ON", true)]
    [InlineData("Toronto, BC", false)]
    [InlineData("Montréal, QC", true)]
    [InlineData("Nowhere, ON", false)]
    public void City_coordinates_come_from_the_reference_table_and_the_province_must_agree(string city, bool known) =>
        Assert.Equal(known, GraphCharts.Coordinates(city) is not null);
}
