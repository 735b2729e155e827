namespace Workbench.Clustering;

/// <summary>
/// One micro-cluster (<c>data-schemas/cluster.md</c>): ads whose text is cheaper to encode through a shared template
/// than one by one, with the template, each member's alignment and the bits saved. A signal of shared authorship or
/// copying (organized advertising, spam, an agency or one advertiser reposting), not a finding.
/// </summary>
public sealed record MicroCluster
{
    /// <summary>Identifier within the run; <c>micro_cluster_id</c> in <c>clusters.csv</c>.</summary>
    public required int ClusterId { get; init; }

    /// <summary>The template's identifier; kept when an incremental update adds ads to the cluster.</summary>
    public required int TemplateId { get; init; }

    /// <summary>The template: shared words in order, with slots where members differ.</summary>
    public required IReadOnlyList<TemplateItem> Template { get; init; }

    /// <summary>Member ad ids, in input order.</summary>
    public required IReadOnlyList<string> Members { get; init; }

    /// <summary>Bits of the members' texts one by one.</summary>
    public required double CostBeforeBits { get; init; }

    /// <summary>Bits of the template plus every member given it, plus the bits naming the template.</summary>
    public required double CostAfterBits { get; init; }

    /// <summary>Share of bits the template saves, 1 − after/before: the cluster's score.</summary>
    public double CompressionRate => 1 - (CostAfterBits / CostBeforeBits);

    /// <summary>The meta-cluster it belongs to, or −1.</summary>
    public required int MetaClusterId { get; init; }

    /// <summary>Distinct word sequences among the members (verbatim reposts count once).</summary>
    public required int DistinctTexts { get; init; }

    /// <summary>Each member's alignment, in the order of <see cref="Members"/> (computed when read).</summary>
    public required IReadOnlyList<MemberAlignment> Alignments { get; init; }

    /// <summary>Slots in the template.</summary>
    public int SlotCount => Template.Count(t => t.IsSlot);

    /// <summary>The template as text, slots as <c>[*]</c>.</summary>
    public string TemplateText => string.Join(' ', Template.Select(t => t.ToString()));
}
