namespace Workbench.Review;

/// <summary>What a label judges (<c>target_kind</c> in <c>data-schemas/label.md</c>).</summary>
public enum LabelTargetKind
{
    /// <summary>One ad (target id = ad_id).</summary>
    Ad,

    /// <summary>One micro-cluster (target id = its decimal cluster id).</summary>
    MicroCluster,

    /// <summary>One meta-cluster (target id = its decimal id).</summary>
    MetaCluster,
}
