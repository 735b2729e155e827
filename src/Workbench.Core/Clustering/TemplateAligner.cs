namespace Workbench.Clustering;

/// <summary>Kind of one alignment step, in InfoShield's terms.</summary>
internal enum OpKind : byte
{
    Match,
    Substitution,
    Insertion,
    Deletion,
    Slot,
}

/// <summary>One alignment step: template item <see cref="Item"/> (-1 for an insertion) against document words [DocFrom, DocFrom + DocCount).</summary>
internal readonly record struct AlignOp(OpKind Kind, int Item, int DocFrom, int DocCount);

/// <summary>
/// Global alignment of a document's words to a template with slots, minimizing the bits of the document given the
/// template (<see cref="DescriptionLength.Conditional"/>): a match costs its match bit, a substitution or an
/// insertion its position, kind and word, a deletion its position and kind, and a slot absorbs any run of words at
/// the cost of a slot fill.
/// </summary>
/// <remarks>
/// InfoShield aligns with fixed scores (match +1, mismatch −1, gap −2) and then prices the alignment; choosing the
/// alignment by its price directly gives the cheapest encoding under the same cost model. The position cost
/// ⌈log2 L⌉ is not known until the alignment is; the dynamic programme uses the bound ⌈log2(n + m)⌉ and the exact
/// cost is computed from the steps. Template items are word ids (≥ 0) or slots (−1 − slot number). One instance per
/// thread: it reuses its buffers.
/// </remarks>
internal sealed class TemplateAligner(int wordBits)
{
    private int[] _a = new int[256];
    private int[] _b = new int[256];
    private int[] _full = new int[4096];

    public int WordBits { get; } = wordBits;

    /// <summary>
    /// Cost of the cheapest alignment by the programme's prices, or <see cref="int.MaxValue"/> as soon as it is
    /// certain to reach <paramref name="bound"/> (every price is positive, so row minima never fall).
    /// </summary>
    public int CostBound(ReadOnlySpan<int> template, ReadOnlySpan<int> doc, int bound)
    {
        var n = template.Length;
        var m = doc.Length;
        if (_a.Length < m + 1)
        {
            _a = new int[(m + 1) * 2];
            _b = new int[(m + 1) * 2];
        }
        var prev = _a.AsSpan(0, m + 1);
        var cur = _b.AsSpan(0, m + 1);
        var (ins, del, sub) = Prices(n, m);
        prev[0] = 0;
        for (var i = 1; i <= m; i++) prev[i] = prev[i - 1] + ins;
        for (var j = 1; j <= n; j++)
        {
            var t = template[j - 1];
            int rowMin;
            if (t >= 0)
            {
                cur[0] = prev[0] + del;
                rowMin = cur[0];
                for (var i = 1; i <= m; i++)
                {
                    var best = prev[i - 1] + (doc[i - 1] == t ? 1 : sub);
                    var up = prev[i] + del;
                    if (up < best) best = up;
                    var left = cur[i - 1] + ins;
                    if (left < best) best = left;
                    cur[i] = best;
                    if (best < rowMin) rowMin = best;
                }
            }
            else
            {
                rowMin = SlotRow(prev, cur, m);
            }
            if (rowMin >= bound) return int.MaxValue;
            var swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[m];
    }

    /// <summary>Aligns and returns the exact bits of the document given the template; the steps go to <paramref name="ops"/>.</summary>
    public int Align(ReadOnlySpan<int> template, ReadOnlySpan<int> doc, List<AlignOp> ops)
    {
        ops.Clear();
        var n = template.Length;
        var m = doc.Length;
        var width = m + 1;
        var size = (n + 1) * width;
        if (_full.Length < size) _full = new int[Math.Max(size, _full.Length * 2)];
        var d = _full.AsSpan(0, size);
        var (ins, del, sub) = Prices(n, m);
        d[0] = 0;
        for (var i = 1; i <= m; i++) d[i] = d[i - 1] + ins;
        for (var j = 1; j <= n; j++)
        {
            var t = template[j - 1];
            var prev = d.Slice((j - 1) * width, width);
            var cur = d.Slice(j * width, width);
            if (t >= 0)
            {
                cur[0] = prev[0] + del;
                for (var i = 1; i <= m; i++)
                {
                    var best = prev[i - 1] + (doc[i - 1] == t ? 1 : sub);
                    var up = prev[i] + del;
                    if (up < best) best = up;
                    var left = cur[i - 1] + ins;
                    if (left < best) best = left;
                    cur[i] = best;
                }
            }
            else
            {
                SlotRow(prev, cur, m);
            }
        }

        // Trace back from (n, m), preferring match/substitution, then deletion, then insertion on ties.
        var jj = n;
        var ii = m;
        while (jj > 0 || ii > 0)
        {
            if (jj == 0)
            {
                ops.Add(new AlignOp(OpKind.Insertion, -1, ii - 1, 1));
                ii--;
                continue;
            }
            var t = template[jj - 1];
            var here = d[(jj * width) + ii];
            var prevRow = d.Slice((jj - 1) * width, width);
            if (t < 0)
            {
                var from = ii;
                for (var k = 0; k <= ii; k++)
                {
                    if (prevRow[ii - k] + DescriptionLength.SlotFill(k, WordBits) == here)
                    {
                        from = ii - k;
                        break;
                    }
                }
                ops.Add(new AlignOp(OpKind.Slot, jj - 1, from, ii - from));
                ii = from;
                jj--;
                continue;
            }
            if (ii > 0 && prevRow[ii - 1] + (doc[ii - 1] == t ? 1 : sub) == here)
            {
                ops.Add(new AlignOp(doc[ii - 1] == t ? OpKind.Match : OpKind.Substitution, jj - 1, ii - 1, 1));
                ii--;
                jj--;
            }
            else if (prevRow[ii] + del == here)
            {
                ops.Add(new AlignOp(OpKind.Deletion, jj - 1, ii, 0));
                jj--;
            }
            else
            {
                ops.Add(new AlignOp(OpKind.Insertion, -1, ii - 1, 1));
                ii--;
            }
        }
        ops.Reverse();
        return Cost(ops, WordBits);
    }

    /// <summary>Exact bits of a document given the template for these steps.</summary>
    public static int Cost(List<AlignOp> ops, int wordBits)
    {
        int length = 0, edits = 0, newWords = 0, slotBits = 0;
        foreach (var op in ops)
        {
            switch (op.Kind)
            {
                case OpKind.Match:
                    length++;
                    break;
                case OpKind.Substitution:
                case OpKind.Insertion:
                    length++;
                    edits++;
                    newWords++;
                    break;
                case OpKind.Deletion:
                    length++;
                    edits++;
                    break;
                default:
                    slotBits += DescriptionLength.SlotFill(op.DocCount, wordBits);
                    break;
            }
        }
        return DescriptionLength.Conditional(length, edits, newWords, slotBits, wordBits);
    }

    private (int Ins, int Del, int Sub) Prices(int n, int m)
    {
        var position = DescriptionLength.CeilLog2(n + m + 1) + DescriptionLength.EditKindBits + 1;
        return (position + WordBits, position, position + WordBits);
    }

    /// <summary>A slot row: the slot takes any run of words ending at each i; returns the row minimum.</summary>
    private int SlotRow(Span<int> prev, Span<int> cur, int m)
    {
        var rowMin = int.MaxValue;
        for (var i = 0; i <= m; i++)
        {
            var best = prev[i] + 1;
            for (var k = 1; k <= i; k++)
            {
                var c = prev[i - k] + DescriptionLength.SlotFill(k, WordBits);
                if (c < best) best = c;
            }
            cur[i] = best;
            if (best < rowMin) rowMin = best;
        }
        return rowMin;
    }
}
