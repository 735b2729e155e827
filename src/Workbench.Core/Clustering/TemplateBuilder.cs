namespace Workbench.Clustering;

/// <summary>One aligned member: how many ads share its shape and its steps against the current template.</summary>
internal readonly record struct AlignedMember(int Weight, AlignOp[] Ops);

/// <summary>
/// Builds a template from members aligned to a current one: InfoShield's consensus search ("how many documents must
/// share an edge") and slot detection, both decided by total description length.
/// </summary>
/// <remarks>
/// For each support level θ (the weighted share of members that match a template word), the words with support ≥ θ
/// are kept; between two kept words, whatever the members have (dropped words, their own words, an existing slot)
/// becomes a slot when that is cheaper in total than encoding it as insertions, and nothing when no member has
/// words there. The θ with the smallest total cost (template + members given it) wins. Costs are computed from the
/// members' current alignments carried over to each candidate template, which is exact for the kept words and an
/// upper bound elsewhere; the caller re-aligns members to the chosen template.
/// </remarks>
internal static class TemplateBuilder
{
    private const int MaxLevels = 16;

    public static int[] Consensus(int[] template, IReadOnlyList<AlignedMember> members, int wordBits, int bookkeeping)
    {
        var n = template.Length;
        var count = members.Count;
        var positions = (2 * n) + 1;
        var prefix = new int[count][];
        var kind = new byte[count][];
        var lg = new int[count];
        double totalWeight = 0;
        var support = new double[n];
        for (var m = 0; m < count; m++)
        {
            var cnt = new int[positions];
            var k = new byte[n];
            var next = 0;
            var length = 0;
            foreach (var op in members[m].Ops)
            {
                if (op.Kind == OpKind.Insertion)
                {
                    cnt[2 * next]++;
                    length++;
                    continue;
                }
                k[op.Item] = (byte)op.Kind;
                cnt[(2 * op.Item) + 1] += op.DocCount;
                next = op.Item + 1;
                if (op.Kind != OpKind.Slot) length++;
                if (op.Kind == OpKind.Match) support[op.Item] += members[m].Weight;
            }
            var p = new int[positions + 1];
            for (var i = 0; i < positions; i++) p[i + 1] = p[i] + cnt[i];
            prefix[m] = p;
            kind[m] = k;
            lg[m] = DescriptionLength.CeilLog2(Math.Max(1, length));
            totalWeight += members[m].Weight;
        }
        for (var j = 0; j < n; j++) support[j] /= totalWeight;

        var levels = Levels(template, support);
        long bestCost = long.MaxValue;
        int[]? best = null;
        var kept = new List<int>(n);
        var slotRegion = new List<bool>(n + 1);
        foreach (var theta in levels)
        {
            kept.Clear();
            for (var j = 0; j < n; j++)
            {
                if (template[j] >= 0 && support[j] >= theta) kept.Add(j);
            }
            if (kept.Count == 0) continue;
            var v = kept.Count;
            slotRegion.Clear();
            var slots = 0;
            for (var r = 0; r <= v; r++)
            {
                var a = r == 0 ? -1 : kept[r - 1];
                var b = r == v ? n : kept[r];
                var hasSlot = false;
                for (var j = a + 1; j < b; j++) hasSlot |= template[j] < 0;
                var isSlot = hasSlot;
                if (!hasSlot)
                {
                    long gain = 0;
                    var any = false;
                    for (var m = 0; m < count; m++)
                    {
                        var c = Content(prefix[m], a, b);
                        if (c == 0)
                        {
                            gain -= members[m].Weight; // an unused slot still costs its bit
                            continue;
                        }
                        any = true;
                        var asInsertions = c * (1 + lg[m] + DescriptionLength.EditKindBits + wordBits);
                        gain += (long)members[m].Weight * (asInsertions - DescriptionLength.SlotFill(c, wordBits));
                    }
                    isSlot = any && gain > DescriptionLength.CeilLog2(v);
                }
                slotRegion.Add(isSlot);
                if (isSlot) slots++;
            }

            long total = DescriptionLength.Template(v, slots, wordBits);
            for (var m = 0; m < count && total < bestCost; m++)
            {
                int length = 0, edits = 0, newWords = 0, slotBits = 0;
                foreach (var j in kept)
                {
                    length++;
                    var op = (OpKind)kind[m][j];
                    if (op == OpKind.Substitution)
                    {
                        edits++;
                        newWords++;
                    }
                    else if (op == OpKind.Deletion)
                    {
                        edits++;
                    }
                }
                for (var r = 0; r <= v; r++)
                {
                    var a = r == 0 ? -1 : kept[r - 1];
                    var b = r == v ? n : kept[r];
                    var c = Content(prefix[m], a, b);
                    if (slotRegion[r])
                    {
                        slotBits += DescriptionLength.SlotFill(c, wordBits);
                    }
                    else
                    {
                        length += c;
                        edits += c;
                        newWords += c;
                    }
                }
                var cond = DescriptionLength.Conditional(length, edits, newWords, slotBits, wordBits);
                total += (long)members[m].Weight * (cond + bookkeeping);
            }
            if (total < bestCost)
            {
                bestCost = total;
                var items = new List<int>(v + slots);
                var slot = 0;
                for (var r = 0; r <= v; r++)
                {
                    if (slotRegion[r]) items.Add(-1 - slot++);
                    if (r < v) items.Add(template[kept[r]]);
                }
                best = [.. items];
            }
        }
        return best ?? template;
    }

    /// <summary>Words a member has strictly between kept items a and b: the gaps and items in between.</summary>
    private static int Content(int[] prefix, int a, int b) => prefix[(2 * b) + 1] - prefix[(2 * a) + 2];

    private static List<double> Levels(int[] template, double[] support)
    {
        var distinct = new SortedSet<double>();
        for (var j = 0; j < template.Length; j++)
        {
            if (template[j] >= 0) distinct.Add(support[j]);
        }
        var all = distinct.Reverse().ToList();
        if (all.Count <= MaxLevels) return all;
        var picked = new List<double>(MaxLevels);
        for (var i = 0; i < MaxLevels; i++) picked.Add(all[(int)Math.Round(i * (all.Count - 1) / (double)(MaxLevels - 1))]);
        return picked;
    }
}
