using Plotly.NET;
using Workbench.Charts;
using Workbench.Cli.Commands;
using Workbench.Graphs;

namespace Workbench.Cli.Figures;

/// <summary>
/// Figure: corridor flows of the synthetic corpus on a map of Canada, the moves between cities of ads linked through
/// shared tokens (connected components of the entity graph), at most 20k ads so that the figure stays quick. Contacts
/// are extracted and pseudonymized under a throw-away key as at ingest: only their equality is used, and nothing but
/// city names and counts is written.
/// </summary>
internal sealed class GraphCorridorsFigure : Figure<GraphCorridorsFigure.Data>
{
    /// <summary>Moves from one city to another.</summary>
    public sealed record Flow(string From, string To, int Moves);

    /// <summary>The flows, with the moves counted as implausible (data problems) and all moves.</summary>
    public sealed record Data(IReadOnlyList<Flow> Flows, int Implausible, int Moves);

    public override string Id => "graph-corridors";

    public override string Title => "Moves of linked ads between Canadian cities";

    /// <summary>A map needs more height than the paper's default.</summary>
    public override (int Width, int Height) Size => (FigureStyle.Width, 600);

    public override Data Compute(FigureInput input)
    {
        var options = GenerateCommand.Options(input.Preset, Math.Min(input.Ads, 20_000), input.Seed);
        var (ads, _) = EvalClustersCommand.Synthetic(options);
        var (components, _) = EntityGraph.Build(ads).Components();
        var (_, transitions) = Movement.Trace(ads, components);
        return new Data(
            [.. Movement.Flows(transitions).Select(f => new Flow(f.From, f.To, f.Count))],
            transitions.Count(t => t.Implausible),
            transitions.Count);
    }

    public override GenericChart Plot(Data data) =>
        GraphCharts.CorridorMap([.. data.Flows.Select(f => (f.From, f.To, f.Moves))], title: Title).Paper();
}
