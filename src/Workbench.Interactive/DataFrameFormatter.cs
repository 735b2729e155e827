using System.Globalization;
using Microsoft.Data.Analysis;

namespace Workbench.Interactive;

/// <summary>
/// Shows a <see cref="DataFrame"/> as a table of its first rows with column types and the total row count. Text
/// cells go through <see cref="IdentifierMask"/>, so a frame built from raw rows shows no raw contact.
/// </summary>
public sealed class DataFrameFormatter : WorkbenchFormatter<DataFrame>
{
    /// <summary>Rows shown at most.</summary>
    public int MaxRows { get; init; } = 20;

    /// <inheritdoc />
    public override string ToHtml(DataFrame value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var inv = CultureInfo.InvariantCulture;
        var columns = value.Columns.ToList();
        var header = columns.Select(c => $"{c.Name} ({c.DataType.Name})").ToList();
        var shown = (int)Math.Min(MaxRows, value.Rows.Count);
        var rows = new List<IReadOnlyList<string>>(shown);
        for (var r = 0; r < shown; r++)
        {
            rows.Add(columns.Select(c => Cell(c[r], inv)).ToArray());
        }
        var caption = string.Create(inv, $"{value.Rows.Count:N0} rows × {columns.Count} columns")
                      + (shown < value.Rows.Count ? string.Create(inv, $"; first {shown} shown") : "");
        return Html.Table(header, rows, caption);
    }

    private static string Cell(object? value, CultureInfo inv) => value switch
    {
        null => "",
        string s => IdentifierMask.Text(s, keepBareHosts: true),
        DateTime d => d.ToString("yyyy-MM-dd HH:mm", inv),
        double x => x.ToString("G6", inv),
        float x => x.ToString("G6", inv),
        IFormattable f => f.ToString(null, inv),
        _ => IdentifierMask.Text(value.ToString(), keepBareHosts: true),
    };
}
