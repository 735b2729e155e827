using System.Globalization;
using System.Numerics;
using System.Text;

namespace Workbench.Prevalence;

/// <summary>
/// Capture histories of k lists (2 ≤ k ≤ 12): how many units were seen on exactly each combination of lists. The
/// shape of <c>shared/data/mse-uk-2013.csv</c> (Silverman 2014): one 0/1 column per list, then <c>count</c>.
/// </summary>
/// <remarks>
/// A pattern is a bit mask: bit <c>i</c> set means "on list <c>i</c>" (list 0 is the first column). Pattern 0, the
/// units seen on no list, is what multiple-systems estimation estimates; it is never observed.
/// </remarks>
public sealed class CaptureTable
{
    /// <summary>Most lists a table may have (2^12 − 1 patterns; log-linear fits stay small).</summary>
    public const int MaxLists = 12;

    private readonly long[] _counts;

    /// <summary>Builds a table from list names and a count per pattern (index = bit mask; index 0 must be 0).</summary>
    public CaptureTable(IReadOnlyList<string> lists, IReadOnlyList<long> patternCounts)
    {
        ArgumentNullException.ThrowIfNull(lists);
        ArgumentNullException.ThrowIfNull(patternCounts);
        if (lists.Count < 2 || lists.Count > MaxLists)
        {
            throw new ArgumentException($"A capture table needs 2–{MaxLists} lists; got {lists.Count}.", nameof(lists));
        }
        if (lists.Distinct(StringComparer.Ordinal).Count() != lists.Count || lists.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("List names must be non-empty and distinct.", nameof(lists));
        }
        if (patternCounts.Count != 1 << lists.Count)
        {
            throw new ArgumentException($"Expected {1 << lists.Count} pattern counts for {lists.Count} lists; got {patternCounts.Count}.", nameof(patternCounts));
        }
        if (patternCounts[0] != 0) throw new ArgumentException("Pattern 0 (seen on no list) cannot be observed; its count must be 0.", nameof(patternCounts));
        if (patternCounts.Any(c => c < 0)) throw new ArgumentException("Pattern counts cannot be negative.", nameof(patternCounts));
        Lists = lists.ToArray();
        _counts = patternCounts.ToArray();
    }

    /// <summary>Names of the lists, in column order.</summary>
    public IReadOnlyList<string> Lists { get; }

    /// <summary>Number of lists k.</summary>
    public int K => Lists.Count;

    /// <summary>Count per pattern (index = bit mask; index 0 is always 0).</summary>
    public IReadOnlyList<long> Counts => _counts;

    /// <summary>Units seen on at least one list.</summary>
    public long Observed => _counts.Sum();

    /// <summary>Units on list <paramref name="list"/>.</summary>
    public long ListTotal(int list)
    {
        var total = 0L;
        for (var p = 1; p < _counts.Length; p++) if ((p >> list & 1) == 1) total += _counts[p];
        return total;
    }

    /// <summary>Units on both lists <paramref name="a"/> and <paramref name="b"/> (whatever else they are on).</summary>
    public long Overlap(int a, int b)
    {
        var mask = (1 << a) | (1 << b);
        var total = 0L;
        for (var p = 1; p < _counts.Length; p++) if ((p & mask) == mask) total += _counts[p];
        return total;
    }

    /// <summary>The index of a list by name (ordinal); throws with the known names when absent.</summary>
    public int IndexOf(string list)
    {
        for (var i = 0; i < K; i++) if (string.Equals(Lists[i], list, StringComparison.Ordinal)) return i;
        throw new ArgumentException($"Unknown list '{list}'; the lists are {string.Join(", ", Lists)}.", nameof(list));
    }

    /// <summary>Builds a table from one capture pattern per unit (bit i = on list i); units on no list are ignored.</summary>
    public static CaptureTable FromPatterns(IReadOnlyList<string> lists, IEnumerable<int> unitPatterns)
    {
        ArgumentNullException.ThrowIfNull(lists);
        ArgumentNullException.ThrowIfNull(unitPatterns);
        var counts = new long[1 << lists.Count];
        foreach (var p in unitPatterns)
        {
            if (p < 0 || p >= counts.Length) throw new ArgumentOutOfRangeException(nameof(unitPatterns), $"Pattern {p} is outside 0..{counts.Length - 1}.");
            if (p != 0) counts[p]++;
        }
        return new CaptureTable(lists, counts);
    }

    /// <summary>Reads a table file (one 0/1 column per list, then <c>count</c>; one row per observed pattern).</summary>
    public static CaptureTable Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: file not found", path);
        return Parse(File.ReadAllText(path, Encoding.UTF8), path);
    }

    /// <summary>Parses table text; errors name the source, line and column and say what is expected.</summary>
    public static CaptureTable Parse(string csv, string source = "table")
    {
        ArgumentNullException.ThrowIfNull(csv);
        var lines = csv.ReplaceLineEndings("\n").Split('\n');
        var lineNo = 0;
        string[]? header = null;
        long[]? counts = null;
        foreach (var raw in lines)
        {
            lineNo++;
            var line = raw.Trim();
            if (line.Length == 0) continue;
            var fields = line.Split(',').Select(f => f.Trim().Trim('"')).ToArray();
            if (header is null)
            {
                header = fields;
                if (header.Length < 3 || !string.Equals(header[^1], "count", StringComparison.OrdinalIgnoreCase))
                {
                    throw new FormatException($"{source}:{lineNo}: the header must be one column per list and then 'count' (like mse-uk-2013.csv); got '{line}'.");
                }
                if (header.Length - 1 > MaxLists) throw new FormatException($"{source}:{lineNo}: at most {MaxLists} lists; got {header.Length - 1}.");
                counts = new long[1 << (header.Length - 1)];
                continue;
            }
            if (fields.Length != header.Length)
            {
                throw new FormatException($"{source}:{lineNo}: expected {header.Length} fields, got {fields.Length}.");
            }
            var pattern = 0;
            for (var i = 0; i < header.Length - 1; i++)
            {
                if (fields[i] == "1") pattern |= 1 << i;
                else if (fields[i] != "0") throw new FormatException($"{source}:{lineNo}: column '{header[i]}' must be 0 or 1; got '{fields[i]}'.");
            }
            if (!long.TryParse(fields[^1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) || count < 0)
            {
                throw new FormatException($"{source}:{lineNo}: column 'count' must be a non-negative integer; got '{fields[^1]}'.");
            }
            if (pattern == 0 && count > 0)
            {
                throw new FormatException($"{source}:{lineNo}: a row on no list cannot be observed; remove it (that cell is what is estimated).");
            }
            counts![pattern] += count;
        }
        if (header is null) throw new FormatException($"{source}: empty table.");
        var table = new CaptureTable(header[..^1], counts!);
        if (table.Observed == 0) throw new FormatException($"{source}: no units observed.");
        return table;
    }

    /// <summary>CSV in the input shape: rows by number of lists, then in list order; zero rows left out.</summary>
    public string ToCsv()
    {
        var sb = new StringBuilder();
        sb.AppendJoin(',', Lists).Append(",count\n");
        var order = Enumerable.Range(1, _counts.Length - 1).Where(p => _counts[p] > 0)
            .OrderBy(p => BitOperations.PopCount((uint)p)).ThenBy(p => ReverseBits(p, K));
        foreach (var p in order)
        {
            for (var i = 0; i < K; i++) sb.Append(p >> i & 1).Append(',');
            sb.Append(_counts[p].ToString(CultureInfo.InvariantCulture)).Append('\n');
        }
        return sb.ToString();
    }

    private static int ReverseBits(int p, int k)
    {
        var r = 0;
        for (var i = 0; i < k; i++) if ((p >> i & 1) == 1) r |= 1 << (k - 1 - i);
        return -r;
    }
}
