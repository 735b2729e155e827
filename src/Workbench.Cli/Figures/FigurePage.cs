using System.Globalization;
using System.Net;
using System.Text;
using Workbench.Reports;

namespace Workbench.Cli.Figures;

/// <summary>
/// A figure as a self-contained HTML page: plotly.js inline (from Plotly.NET's embedded copy), the chart's JSON, no
/// network. The same page, with an export script, is what headless Chromium renders to PNG and SVG.
/// </summary>
internal static class FigurePage
{
    /// <summary>The page a reader opens.</summary>
    public static string Html(string title, string chartJson, int width, int height) =>
        Page(title, chartJson, width, height, "Plotly.newPlot('figure',f.data,f.layout,{displaylogo:false,responsive:false});");

    /// <summary>
    /// The page Chromium renders: it draws the chart, asks plotly.js for each image format, writes each data URL into a
    /// <c>pre</c> element and removes the scripts, so that the dumped DOM is small.
    /// </summary>
    public static string Export(string chartJson, IReadOnlyList<string> formats, int width, int height, int scale)
    {
        var sb = new StringBuilder("Plotly.newPlot('figure',f.data,f.layout,{staticPlot:true}).then(function(gd){return Promise.all([");
        sb.AppendJoin(",", formats.Select(format => string.Create(CultureInfo.InvariantCulture,
            $"Plotly.toImage(gd,{{format:'{format}',width:{width},height:{height},scale:{(format == "png" ? scale : 1)}}})")));
        sb.Append("]);}).then(function(urls){");
        for (var i = 0; i < formats.Count; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"document.getElementById('out-{formats[i]}').textContent=urls[{i}];");
        }
        sb.Append("document.getElementById('status').textContent='done';})")
          .Append(".catch(function(e){document.getElementById('status').textContent='error: '+e;})")
          .Append(".then(function(){document.querySelectorAll('script').forEach(function(s){s.remove();});});");
        var outputs = string.Concat(formats.Select(f => $"<pre id=\"out-{f}\"></pre>")) + "<pre id=\"status\">pending</pre>";
        return Page("export", chartJson, width, height, sb.ToString(), outputs);
    }

    private static string Page(string title, string chartJson, int width, int height, string draw, string extra = "")
    {
        var inv = CultureInfo.InvariantCulture;
        return new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(WebUtility.HtmlEncode(title)).Append("</title>\n")
            .Append("<script>").Append(HtmlReport.PlotlyScript.Value).Append("</script>\n</head>\n")
            .Append("<body style=\"margin:0;background:#fff\">\n")
            .Append(inv, $"<div id=\"figure\" style=\"width:{width}px;height:{height}px\"></div>\n")
            .Append(extra)
            .Append("<script>var f=").Append(chartJson).Append(";\n").Append(draw).Append("</script>\n</body></html>\n")
            .ToString();
    }
}
