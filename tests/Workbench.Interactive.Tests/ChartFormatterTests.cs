using Workbench.Interactive;
using Workbench.Reports;

namespace Workbench.Tests.Interactive;

[Collection("formatters")]
public class ChartFormatterTests
{
    private static Plotly.NET.GenericChart Chart(params string[] keys) =>
        Plotly.NET.CSharp.Chart.Column<int, string, string>(values: keys.Select((_, i) => i + 1), Keys: keys);

    [Fact]
    public void The_first_chart_of_a_document_carries_plotly_js_and_later_ones_do_not()
    {
        // Given a new document
        PlotlyEmbedding.Reset();
        var formatter = new ChartFormatter();
        // When three charts are shown
        var first = formatter.ToHtml(Chart("ON", "QC"));
        var second = formatter.ToHtml(Chart("BC"));
        var third = formatter.ToHtml(Chart("AB"));
        // Then only the first embeds the library, and the others stay small
        Assert.Contains(HtmlReport.PlotlyScript.Value, first);
        Assert.DoesNotContain("plotly.js v", second);
        Assert.True(second.Length < 20_000 && third.Length < 20_000, $"{second.Length} and {third.Length} characters");
        Assert.Contains("id=\"wb-chart-1\"", first);
        Assert.Contains("id=\"wb-chart-3\"", third);
        Assert.DoesNotContain("cdn", first[..1000] + second + third, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void After_a_reset_the_next_chart_embeds_plotly_js_again_with_the_same_ids()
    {
        var formatter = new ChartFormatter();
        PlotlyEmbedding.Reset();
        var a = formatter.ToHtml(Chart("ON"));
        PlotlyEmbedding.Reset();
        var b = formatter.ToHtml(Chart("ON"));
        Assert.Equal(a, b);
        Assert.True(PlotlyEmbedding.Embedded);
    }

    [Fact]
    public void Masking_leaves_the_style_template_intact()
    {
        // Colour values such as "rgba(229, 236, 246, 1.0)" read like phone numbers to the extractor: the template
        // holds no data and is not masked, so the chart keeps its look.
        var json = ChartFormatter.MaskedJson(Chart("ON"));
        Assert.Contains("rgba(229, 236, 246, 1.0)", json);
        Assert.DoesNotContain("hidden", json);
    }

    [Fact]
    public void Raw_contacts_in_chart_labels_are_masked_and_site_names_kept()
    {
        var json = ChartFormatter.MaskedJson(Chart("call 647-825-2858", "me@example.com", "northernlist.ca"));
        Assert.DoesNotContain("825", json);
        Assert.DoesNotContain("example.com", json);
        Assert.Contains("northernlist.ca", json);
    }
}
