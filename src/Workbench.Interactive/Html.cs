using System.Net;
using System.Text;

namespace Workbench.Interactive;

/// <summary>Small HTML building blocks shared by the formatters.</summary>
internal static class Html
{
    /// <summary>A few rules that keep tables compact in any notebook front end (scoped to the workbench's tables).</summary>
    private const string Style =
        "<style>.wb-table{border-collapse:collapse;font-size:12px;margin:4px 0}.wb-table td,.wb-table th{border:1px solid #ddd;"
        + "padding:2px 6px;text-align:left;vertical-align:top}.wb-table caption{text-align:left;color:#555;padding:2px 0}</style>";

    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    /// <summary>A table with a header row; cells are encoded here, so callers pass plain text.</summary>
    public static string Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, string? caption = null)
    {
        var sb = new StringBuilder(Style).Append("<table class=\"wb-table\">");
        if (caption is not null) sb.Append("<caption>").Append(Encode(caption)).Append("</caption>");
        sb.Append("<thead><tr>");
        foreach (var h in header) sb.Append("<th>").Append(Encode(h)).Append("</th>");
        sb.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            sb.Append("<tr>");
            foreach (var cell in row) sb.Append("<td>").Append(Encode(cell)).Append("</td>");
            sb.Append("</tr>");
        }
        return sb.Append("</tbody></table>").ToString();
    }
}
