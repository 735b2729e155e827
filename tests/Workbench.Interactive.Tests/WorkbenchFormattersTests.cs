using System.Reflection;
using Microsoft.DotNet.Interactive.Formatting;
using Workbench.Data;
using Workbench.Interactive;

namespace Workbench.Tests.Interactive;

[Collection("formatters")]
public class WorkbenchFormattersTests
{
    [Fact]
    public void Registered_formatters_are_the_ones_dotnet_interactive_uses_for_html()
    {
        // Given the workbench's formatters registered
        WorkbenchFormatters.Register();
        PlotlyEmbedding.Reset();
        var ad = new Ad { AdId = "x1", PostedAt = DateTimeOffset.UnixEpoch, Body = "call 647 825 2858", Phones = ["ph_0123456789abcdef"] };
        // When values are formatted as HTML by .NET Interactive
        var single = ad.ToDisplayString(HtmlFormatter.MimeType);
        var list = new List<Ad> { ad, ad with { AdId = "x2" } }.ToDisplayString(HtmlFormatter.MimeType);
        var chart = Plotly.NET.CSharp.Chart.Point<int, int, string>(x: [1, 2], y: [3, 4]).ToDisplayString(HtmlFormatter.MimeType);
        // Then ours answer: tokens only, one table for a list, an offline chart
        Assert.Contains("ph_0123456789abcdef", single);
        Assert.Contains("[phone hidden]", single);
        Assert.Contains("2 ads", list);
        Assert.Contains("wb-chart-1", chart);
        Assert.Contains("plotly.js v", chart);
    }

    [Fact]
    public void Every_default_formatter_shows_a_distinct_type()
    {
        var types = WorkbenchFormatters.Defaults.Select(f => f.Type).ToList();
        Assert.Equal(types.Count, types.Distinct().Count());
    }

    [Fact]
    public void The_core_library_never_references_dotnet_interactive()
    {
        var references = typeof(Ad).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "");
        Assert.DoesNotContain(references, n => n.StartsWith("Microsoft.DotNet.Interactive", StringComparison.Ordinal) || n == "Workbench.Interactive");
    }
}
