namespace Workbench.Clustering;

/// <summary>
/// Micro-clusters (and ads in none) joined by shared contact tokens or images: a connected component of two or more.
/// A signal that texts of different shapes share a way to be contacted, not a finding about who stands behind them.
/// </summary>
/// <param name="MetaClusterId">Identifier within the run (0 is the largest by ads).</param>
/// <param name="MicroClusterIds">Its micro-clusters.</param>
/// <param name="Ads">Ads in it, clustered or not.</param>
/// <param name="UnclusteredAds">Of those, ads in no micro-cluster.</param>
/// <param name="Phones">Distinct phone tokens that link within it.</param>
/// <param name="Emails">Distinct e-mail tokens.</param>
/// <param name="Handles">Distinct handle tokens.</param>
/// <param name="Images">Distinct image hashes.</param>
/// <param name="Urls">Distinct URL tokens (when URLs link).</param>
public sealed record MetaCluster(
    int MetaClusterId, IReadOnlyList<int> MicroClusterIds, int Ads, int UnclusteredAds, int Phones, int Emails, int Handles, int Images, int Urls);
