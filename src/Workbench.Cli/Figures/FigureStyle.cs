using Plotly.NET;

namespace Workbench.Cli.Figures;

/// <summary>Size, resolution and look of paper figures.</summary>
internal static class FigureStyle
{
    /// <summary>
    /// The paper look: plotly.js's own defaults (white background, light grid) instead of Plotly.NET's default template
    /// (grey-blue background, hundreds of styling values, and most of the time <c>GenericChart.toJson</c> takes).
    /// </summary>
    public static GenericChart Paper(this GenericChart chart) => Plotly.NET.Chart.withTemplate(new Template()).Invoke(chart);

    /// <summary>Width in CSS pixels.</summary>
    public const int Width = 900;

    /// <summary>Height in CSS pixels.</summary>
    public const int Height = 420;

    /// <summary>PNG pixels per CSS pixel (2: sharp in print at a column's width).</summary>
    public const int PngScale = 2;
}
