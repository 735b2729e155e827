namespace Workbench.Prevalence;

/// <summary>A pairwise interaction between lists <paramref name="A"/> and <paramref name="B"/> (indices, A &lt; B).</summary>
/// <param name="A">Index of the first list.</param>
/// <param name="B">Index of the second list.</param>
public readonly record struct ListPair(int A, int B)
{
    /// <summary>The term's name, e.g. <c>PF·NCA</c>.</summary>
    public string Name(CaptureTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.Lists[A] + "·" + table.Lists[B];
    }

    /// <summary>Parses <c>A:B</c> or <c>A·B</c> (list names) against a table.</summary>
    public static ListPair Parse(CaptureTable table, string text)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split([':', '·', '*'], StringSplitOptions.TrimEntries);
        if (parts.Length != 2) throw new ArgumentException($"A pair is written LIST:LIST (e.g. {table.Lists[0]}:{table.Lists[1]}); got '{text}'.", nameof(text));
        var a = table.IndexOf(parts[0]);
        var b = table.IndexOf(parts[1]);
        if (a == b) throw new ArgumentException($"A pair needs two different lists; got '{text}'.", nameof(text));
        return a < b ? new ListPair(a, b) : new ListPair(b, a);
    }
}
