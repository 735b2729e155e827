using Plotly.NET;

namespace Workbench.Cli.Figures;

/// <summary>
/// One paper figure: an id that names its files, how its numbers are computed from the inputs, and how they are
/// plotted. Computing and plotting are separate so that the numbers can be checked (and tabulated) on their own.
/// </summary>
internal interface IFigure
{
    /// <summary>Stable id, used for file names and <c>--only</c>.</summary>
    string Id { get; }

    /// <summary>Title as the figure shows it.</summary>
    string Title { get; }

    /// <summary>Width and height in CSS pixels (the paper's column by default; a map asks for more height).</summary>
    (int Width, int Height) Size { get; }

    /// <summary>Computes the figure's data and plots it.</summary>
    FigureResult Make(FigureInput input);
}

/// <summary>A made figure: its data as JSON (what the chart plots) and the chart.</summary>
/// <param name="DataJson">The computed numbers, as JSON.</param>
/// <param name="Chart">The chart.</param>
internal sealed record FigureResult(string DataJson, GenericChart Chart);
