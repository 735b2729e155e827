namespace Workbench.Clustering;

/// <summary>
/// A micro-cluster as the fine stage found it, in the detector's internal terms: template items (word ids, slots as
/// −1 − number), member shapes with their alignment steps, and each member's plain and conditional bits.
/// </summary>
internal sealed record FoundCluster(int[] Template, int[] Shapes, AlignOp[][] Ops, int[] Plain, int[] Conditional, int Bookkeeping)
{
    public int SlotCount => Template.Count(t => t < 0);

    public int TemplateWords => Template.Count(t => t >= 0);

    public long CostBefore(IReadOnlyList<int> weights)
    {
        long total = 0;
        for (var i = 0; i < Shapes.Length; i++) total += (long)weights[Shapes[i]] * Plain[i];
        return total;
    }

    public long CostAfter(IReadOnlyList<int> weights, int wordBits)
    {
        long total = DescriptionLength.Template(TemplateWords, SlotCount, wordBits);
        for (var i = 0; i < Shapes.Length; i++) total += (long)weights[Shapes[i]] * (Conditional[i] + Bookkeeping);
        return total;
    }

    /// <summary>A copy with more members (incremental updates: the template stays).</summary>
    public FoundCluster WithMembers(IReadOnlyList<(int Shape, AlignOp[] Ops, int Plain, int Conditional)> added)
    {
        if (added.Count == 0) return this;
        return this with
        {
            Shapes = [.. Shapes, .. added.Select(a => a.Shape)],
            Ops = [.. Ops, .. added.Select(a => a.Ops)],
            Plain = [.. Plain, .. added.Select(a => a.Plain)],
            Conditional = [.. Conditional, .. added.Select(a => a.Conditional)],
        };
    }
}
