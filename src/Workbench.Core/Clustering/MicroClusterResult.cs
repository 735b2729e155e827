namespace Workbench.Clustering;

/// <summary>
/// What the micro-cluster detector found: the micro-clusters with their templates, every ad's assignment, the
/// meta-clusters, the hub tokens left out of linking, and the run's figures.
/// </summary>
public sealed record MicroClusterResult
{
    /// <summary>The micro-clusters; <see cref="MicroCluster.ClusterId"/> is the index in this list.</summary>
    public required IReadOnlyList<MicroCluster> Clusters { get; init; }

    /// <summary>One assignment per ad, in input order.</summary>
    public required IReadOnlyList<AdAssignment> Assignments { get; init; }

    /// <summary>The meta-clusters; <see cref="MetaCluster.MetaClusterId"/> is the index in this list.</summary>
    public required IReadOnlyList<MetaCluster> MetaClusters { get; init; }

    /// <summary>Tokens on too many ads to link, most ads first.</summary>
    public required IReadOnlyList<HubToken> HubTokens { get; init; }

    /// <summary>Sizes, word cost and time per stage.</summary>
    public required MicroClusterStatistics Statistics { get; init; }

    /// <summary>The settings of the run.</summary>
    public required MicroClusterOptions Options { get; init; }

    /// <summary>Ads in some micro-cluster.</summary>
    public int ClusteredAds => Assignments.Count(a => a.MicroClusterId >= 0);
}
