using System.Globalization;
using Workbench.Charts;
using Workbench.Graphs;

namespace Workbench.Reports.Sections;

/// <summary>
/// The entity-graph part of the demo report: ads linked by shared tokens (hubs and stock images set aside and listed
/// by reason), connected components, seeded Louvain communities with modularity, token degrees, and the city-to-city
/// flows of components. Micro-cluster membership is left out here so that the section does not refit the micro-cluster
/// detector; <c>workbench graph</c> includes it.
/// </summary>
public sealed class GraphSection(HubOptions? options = null) : IReportSection
{
    /// <inheritdoc />
    public string Title => "Entity graph and movement";

    /// <summary>The linking rule the section runs with.</summary>
    public HubOptions Options { get; } = options ?? new();

    /// <inheritdoc />
    public void Write(ReportContext context, ReportWriter writer)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(writer);
        var inv = CultureInfo.InvariantCulture;
        var ads = context.Store.ReadAds().ToList();
        var graph = EntityGraph.Build(ads, null, Options);
        var (components, componentCount) = graph.Components();
        var (_, communityCount, modularity) = graph.Communities(context.Seed);
        var suppressed = graph.SuppressedTokens();
        var linked = components.GroupBy(c => c).Where(g => g.Count() >= 2).ToList();
        writer.Paragraph(
            "Ads and the tokens they carry (pseudonymous phones, e-mails, handles, and image hashes) form a bipartite graph. " +
            $"A token on more than {Options.HubMaxAds:N0} ads is a hub, and an image on ads of more than {Options.StockImageMaxIdentities?.ToString(inv) ?? "any number of"} " +
            "contact identities that share no phone, e-mail or handle is treated as a stock picture; neither links ads.");
        writer.Table(["measure", "value"],
        [
            ["ads", graph.AdCount.ToString("N0", inv)],
            ["tokens", graph.TokenCount.ToString("N0", inv)],
            ["ad–token edges", graph.EdgeCount.ToString("N0", inv)],
            ["components of two or more ads", $"{linked.Count:N0} ({linked.Sum(g => g.Count()):N0} ads); {componentCount:N0} in all"],
            ["Louvain communities (seeded)", $"{communityCount:N0}, modularity {modularity.ToString("F3", inv)}"],
            ["tokens suppressed", string.Join(", ", suppressed.GroupBy(s => s.Reason).Select(g => $"{g.Key}: {g.Count():N0}").DefaultIfEmpty("none"))],
        ]);
        writer.Heading("Token degrees", 3);
        writer.Table(["kind", "tokens", "on 2+ ads", "mean ads", "99th pct", "max", "suppressed"],
            graph.Degrees().Select(d => (IReadOnlyList<string>)
            [
                d.Kind.ToString(), d.Tokens.ToString("N0", inv), d.Shared.ToString("N0", inv), d.MeanDegree.ToString("F2", inv),
                d.P99Degree.ToString(inv), d.MaxDegree.ToString(inv), d.Suppressed.ToString(inv),
            ]));
        WriteNetwork(context, writer, ads, graph);
        var (_, transitions) = Movement.Trace(ads, components);
        var allFlows = Movement.Flows(transitions);
        var flows = allFlows.Take(10).ToList();
        writer.Heading("Busiest corridors (moves of linked ads between cities)", 3);
        writer.Table(["from", "to", "moves"], flows.Select(f => (IReadOnlyList<string>)[f.From, f.To, f.Count.ToString("N0", inv)]));
        if (allFlows.Count > 0)
        {
            writer.Chart(GraphCharts.CorridorMap(allFlows), "moves of linked ads between cities on a map of Canada");
            writer.Chart(GraphCharts.CorridorSankey(allFlows), "busiest corridors, origins and destinations");
        }
        writer.Paragraph($"{transitions.Count(t => t.Implausible):N0} of {transitions.Count:N0} moves were faster than 2,500 km/day and are counted as data problems (two advertisers on one token, or a wrong city), not travel.");
        writer.Caution("Shared contact details and touring are common among independent advertisers. A component, community or corridor is a reason to look, with its evidence, never a finding about the people behind the ads.");
    }

    /// <summary>
    /// Draws the largest meta-cluster (of the report's shared micro-clusters) that joins two or more templates and fits
    /// a readable drawing: the tokens that tie it are the evidence a reviewer would check first.
    /// </summary>
    private static void WriteNetwork(ReportContext context, ReportWriter writer, IReadOnlyList<Data.Ad> ads, EntityGraph graph)
    {
        var clusters = context.MicroClusters();
        var fits = new NetworkViewOptions { Seed = context.Seed };
        var pick = clusters.MetaClusters
            .Where(m => m.MicroClusterIds.Count >= 2 && m.Ads <= fits.MaxAds)
            .OrderByDescending(m => m.Ads).ThenBy(m => m.MetaClusterId).FirstOrDefault();
        if (pick is null) return;
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < graph.AdCount; i++) indexOf[graph.AdIds[i]] = i;
        var members = clusters.Assignments.Where(a => a.MetaClusterId == pick.MetaClusterId && indexOf.ContainsKey(a.AdId)).Select(a => indexOf[a.AdId]).ToList();
        if (members.Count < 2) return;
        var view = NetworkView.Of(graph, members, fits);
        writer.Heading("One meta-cluster and the tokens that link it", 3);
        writer.Paragraph(string.Create(CultureInfo.InvariantCulture,
            $"Meta-cluster {pick.MetaClusterId}: {pick.Ads:N0} ads from {pick.MicroClusterIds.Count} templates, {pick.Phones} phones, {pick.Emails} e-mails, {pick.Handles} handles and {pick.Images} pictures that link. Grey tokens are hubs or stock pictures that were not used as links; labels are pseudonyms."));
        writer.Chart(GraphCharts.Network(view, $"Meta-cluster {pick.MetaClusterId}: ads and the tokens that link them"), "network view of one meta-cluster");
    }
}
