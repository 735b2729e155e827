using Workbench.Data;
using Workbench.Store;

namespace Workbench.Clustering;

/// <summary>
/// Finds templated micro-clusters by minimum description length, after InfoShield (Lee, Vajiac, Rajagopalan,
/// Faloutsos et al., "InfoShield: Generalizable Information-Theoretic Human-Trafficking Detection", ICDE 2021), with
/// DeltaShield-style incremental updates (Vajiac et al., ACM TKDD 2023) and meta-clusters linked by shared contact
/// tokens and images.
/// </summary>
/// <remarks>
/// <para>Stages: (1) read and tokenize, deduplicating identical word sequences; (2) coarse: MinHash signatures of word
/// shingles without digits or contact tokens, LSH banding, candidate pairs verified and joined by union-find;
/// (3) fine: per candidate group, seed alignment, consensus template with slots, acceptance by description length
/// (<see cref="DescriptionLength"/>); (4) meta-clusters by shared tokens, hubs set aside. Cost is linear in ads for
/// reading and in distinct texts and candidate pairs after that.</para>
/// <para>Differences from the reference code: candidates come from MinHash/LSH instead of top TF-IDF phrases (the
/// notes allow either); alignments minimize the bits directly instead of using fixed scores; consensus is searched
/// over the seed's words rather than a partial-order graph; contact tokens are one symbol per kind, so shared
/// identifiers never make texts cheaper to encode.</para>
/// </remarks>
public sealed class MicroClusterDetector(MicroClusterOptions? options = null)
{
    /// <summary>The settings.</summary>
    public MicroClusterOptions Options { get; } = options ?? new();

    /// <summary>Fits a model to pseudonymized ads (their order is kept in the result).</summary>
    /// <param name="ads">The ads, read once.</param>
    /// <param name="progress">Told when each stage ends, for progress output.</param>
    /// <exception cref="ArgumentException">A setting is out of range, or an ad id is empty or repeated.</exception>
    public MicroClusterModel Fit(IEnumerable<Ad> ads, IProgress<StageTiming>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(ads);
        Options.Validate();
        return MicroClusterModel.Fit(ads, Options, progress);
    }

    /// <summary>Fits a model to every ad of a store, in posting order.</summary>
    public MicroClusterModel Fit(AdStore store, IProgress<StageTiming>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        return Fit(store.ReadAds(), progress);
    }
}
