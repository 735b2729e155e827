using System.Net;
using System.Text;
using Plotly.NET;

namespace Workbench.Reports;

/// <summary>
/// A self-contained HTML report: headings, paragraphs, tables and Plotly charts, with plotly.js embedded once.
/// </summary>
/// <remarks>
/// The page works offline (this network forbids a CDN, and so may a researcher's secure enclave) and is deterministic:
/// chart ids are sequence numbers, not random GUIDs, so the same inputs write the same bytes. plotly.js comes from the
/// copy embedded in Plotly.NET, so the charts render with the version Plotly.NET was built for.
/// </remarks>
public sealed class HtmlReport
{
    private readonly StringBuilder _body = new();
    private readonly string _title;
    private int _charts;

    /// <summary>Starts a report with a page title.</summary>
    public HtmlReport(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        _title = title;
        Heading(title, 1);
    }

    /// <summary>Number of charts added.</summary>
    public int ChartCount => _charts;

    /// <summary>Adds a heading.</summary>
    public HtmlReport Heading(string text, int level = 2)
    {
        _body.Append($"<h{level}>").Append(WebUtility.HtmlEncode(text)).Append($"</h{level}>\n");
        return this;
    }

    /// <summary>Adds a paragraph of plain text.</summary>
    public HtmlReport Paragraph(string text, string? cssClass = null)
    {
        _body.Append(cssClass is null ? "<p>" : $"<p class=\"{cssClass}\">").Append(WebUtility.HtmlEncode(text)).Append("</p>\n");
        return this;
    }

    /// <summary>Adds trusted HTML as it is (for preformatted blocks the caller has encoded).</summary>
    public HtmlReport Raw(string html)
    {
        _body.Append(html);
        return this;
    }

    /// <summary>Adds a table with a header row.</summary>
    public HtmlReport Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        _body.Append("<table><thead><tr>");
        foreach (var h in header) _body.Append("<th>").Append(WebUtility.HtmlEncode(h)).Append("</th>");
        _body.Append("</tr></thead><tbody>\n");
        foreach (var row in rows)
        {
            _body.Append("<tr>");
            foreach (var cell in row) _body.Append("<td>").Append(WebUtility.HtmlEncode(cell)).Append("</td>");
            _body.Append("</tr>\n");
        }
        _body.Append("</tbody></table>\n");
        return this;
    }

    /// <summary>Adds a chart.</summary>
    public HtmlReport Chart(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var id = $"chart-{++_charts}";
        var json = GenericChart.toJson(chart);
        _body.Append($"<div class=\"chart\" id=\"{id}\"></div>\n")
             .Append("<script>(function(){var f=").Append(json)
             .Append($";Plotly.newPlot('{id}',f.data,f.layout,{{responsive:true}});}})();</script>\n");
        return this;
    }

    /// <summary>The whole page.</summary>
    public string ToHtml()
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
          .Append(WebUtility.HtmlEncode(_title))
          .Append("</title>\n<style>body{font-family:system-ui,sans-serif;max-width:1000px;margin:2em auto;color:#222}")
          .Append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:3px 8px;text-align:left}")
          .Append(".caution{background:#fff6e0;border-left:4px solid #e0a000;padding:6px 10px}.chart{margin:1em 0}</style>\n")
          .Append("<script>").Append(PlotlyScript.Value).Append("</script>\n</head><body>\n")
          .Append(_body)
          .Append("</body></html>\n");
        return sb.ToString();
    }

    /// <summary>Writes the page to a file.</summary>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        File.WriteAllText(path, ToHtml(), new UTF8Encoding(false));
    }

    /// <summary>plotly.js as embedded in Plotly.NET.</summary>
    public static Lazy<string> PlotlyScript { get; } = new(() =>
    {
        var assembly = typeof(GenericChart).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".min.js", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });
}
