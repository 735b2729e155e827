using Plotly.NET;
using Plotly.NET.CSharp;

namespace Workbench.Charts;

/// <summary>Shared look of the workbench's charts: title, axis titles, size.</summary>
public static class ChartStyle
{
    /// <summary>Applies a title, axis titles and a size that reads well in a report and a notebook.</summary>
    public static GenericChart Titled(this GenericChart chart, string title, string xTitle, string yTitle, int width = 900, int height = 420)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var styled = Plotly.NET.Chart.withTitle(title, null).Invoke(chart);
        styled = styled.WithXAxisStyle<string, string, string>(TitleText: xTitle);
        styled = styled.WithYAxisStyle<string, string, string>(TitleText: yTitle);
        return styled.WithSize(width, height);
    }
}
