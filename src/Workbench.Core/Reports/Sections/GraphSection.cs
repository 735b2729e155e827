using System.Globalization;
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
        var (_, transitions) = Movement.Trace(ads, components);
        var flows = Movement.Flows(transitions).Take(10).ToList();
        writer.Heading("Busiest corridors (moves of linked ads between cities)", 3);
        writer.Table(["from", "to", "moves"], flows.Select(f => (IReadOnlyList<string>)[f.From, f.To, f.Count.ToString("N0", inv)]));
        writer.Paragraph($"{transitions.Count(t => t.Implausible):N0} of {transitions.Count:N0} moves were faster than 2,500 km/day and are counted as data problems (two advertisers on one token, or a wrong city), not travel.");
        writer.Caution("Shared contact details and touring are common among independent advertisers. A component, community or corridor is a reason to look, with its evidence, never a finding about the people behind the ads.");
    }
}
