using System.Globalization;
using System.Text;
using Plotly.NET;

namespace Workbench.Reports;

/// <summary>Writes the same content to the HTML report and to its Markdown twin (charts appear in HTML only).</summary>
public sealed class ReportWriter
{
    private readonly StringBuilder _markdown;

    /// <summary>Writes into <paramref name="html"/> and <paramref name="markdown"/>.</summary>
    public ReportWriter(HtmlReport html, StringBuilder markdown)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(markdown);
        Html = html;
        _markdown = markdown;
    }

    /// <summary>The HTML report.</summary>
    public HtmlReport Html { get; }

    /// <summary>Adds a heading.</summary>
    public ReportWriter Heading(string text, int level = 2)
    {
        Html.Heading(text, level);
        _markdown.Append('#', level).Append(' ').Append(text).Append("\n\n");
        return this;
    }

    /// <summary>Adds a paragraph.</summary>
    public ReportWriter Paragraph(string text)
    {
        Html.Paragraph(text);
        _markdown.Append(text).Append("\n\n");
        return this;
    }

    /// <summary>Adds a caution: what a figure does not mean.</summary>
    public ReportWriter Caution(string text)
    {
        Html.Paragraph(text, "caution");
        _markdown.Append("> ").Append(text).Append("\n\n");
        return this;
    }

    /// <summary>Adds a table.</summary>
    public ReportWriter Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        var materialized = rows.ToList();
        Html.Table(header, materialized);
        _markdown.Append("| ").AppendJoin(" | ", header).Append(" |\n|").Append(string.Concat(Enumerable.Repeat("---|", header.Count))).Append('\n');
        foreach (var row in materialized) _markdown.Append("| ").AppendJoin(" | ", row).Append(" |\n");
        _markdown.Append('\n');
        return this;
    }

    /// <summary>Adds a chart (HTML only; the Markdown notes it).</summary>
    public ReportWriter Chart(GenericChart chart, string caption)
    {
        Html.Chart(chart);
        _markdown.Append(CultureInfo.InvariantCulture, $"*Chart: {caption}*\n\n");
        return this;
    }

    /// <summary>Adds a preformatted block.</summary>
    public ReportWriter Preformatted(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Html.Raw("<pre>" + System.Net.WebUtility.HtmlEncode(text) + "</pre>\n");
        _markdown.Append("```\n").Append(text.TrimEnd()).Append("\n```\n\n");
        return this;
    }
}
