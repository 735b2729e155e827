using System.Net;
using System.Text;

namespace Workbench.Interactive;

/// <summary>Small HTML building blocks shared by the formatters.</summary>
internal static class Html
{
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    /// <summary>A table with a header row; cells are encoded here, so callers pass plain text.</summary>
    public static string Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, string? caption = null)
    {
        var sb = new StringBuilder("<table class=\"wb-table\">");
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
