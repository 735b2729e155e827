namespace Workbench.Tests.Schemas;

/// <summary>A pipe table of a markdown file, with the heading it stands under.</summary>
internal sealed record MarkdownTable(string Heading, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>
    /// Reads every pipe table of <paramref name="markdown"/>: consecutive lines starting with '|', the first the
    /// header, the second the separator. Cells split on unescaped '|' and are trimmed; fenced code is skipped.
    /// </summary>
    public static IReadOnlyList<MarkdownTable> Parse(string markdown)
    {
        var tables = new List<MarkdownTable>();
        var heading = "";
        var inFence = false;
        var block = new List<string>();
        void Flush()
        {
            if (block.Count >= 2)
            {
                var header = SplitRow(block[0]);
                var rows = block.Skip(2).Select(SplitRow).ToArray();
                tables.Add(new MarkdownTable(heading, header, rows));
            }
            block.Clear();
        }
        foreach (var raw in markdown.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith("```", StringComparison.Ordinal)) inFence = !inFence;
            if (inFence) { Flush(); continue; }
            if (line.StartsWith('|')) { block.Add(line); continue; }
            Flush();
            if (line.StartsWith('#')) heading = line.TrimStart('#').Trim();
        }
        Flush();
        return tables;
    }

    /// <summary>Removes one pair of surrounding backticks, as in <c>`ad_id`</c>.</summary>
    public static string Unquote(string cell) =>
        cell.Length >= 2 && cell[0] == '`' && cell[^1] == '`' ? cell[1..^1] : cell;

    private static IReadOnlyList<string> SplitRow(string line)
    {
        var cells = new List<string>();
        var current = new System.Text.StringBuilder();
        var body = line.Trim();
        if (body.StartsWith('|')) body = body[1..];
        if (body.EndsWith('|') && !body.EndsWith("\\|", StringComparison.Ordinal)) body = body[..^1];
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == '\\' && i + 1 < body.Length && body[i + 1] == '|') { current.Append('|'); i++; continue; }
            if (body[i] == '|') { cells.Add(current.ToString().Trim()); current.Clear(); continue; }
            current.Append(body[i]);
        }
        cells.Add(current.ToString().Trim());
        return cells;
    }
}
