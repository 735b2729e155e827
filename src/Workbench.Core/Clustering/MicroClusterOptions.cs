namespace Workbench.Clustering;

/// <summary>
/// Settings for <see cref="MicroClusterDetector"/>. The defaults need no tuning (InfoShield is parameter-free: whether
/// a template is kept is decided by description length alone); the knobs here set the cost and recall of the coarse
/// stage that proposes candidates, and what links micro-clusters into meta-clusters.
/// </summary>
public sealed record MicroClusterOptions
{
    /// <summary>Words per shingle of the coarse stage (2: word pairs, short enough for ten-word ads).</summary>
    public int ShingleSize { get; init; } = 2;

    /// <summary>MinHash functions per text (128; the similarity estimate's standard error is at most 0.045).</summary>
    public int HashCount { get; init; } = 128;

    /// <summary>
    /// Rows per LSH band (2, so 64 bands of 2): a pair with similarity s becomes a candidate with probability
    /// 1 − (1 − s²)^64, above 99.9% from s = 0.33 and 93% at s = 0.2.
    /// </summary>
    public int BandRows { get; init; } = 2;

    /// <summary>
    /// Least estimated shingle similarity for a candidate pair to be aligned (0.2). A cost bound, not a decision:
    /// below it two texts share too little in order to compress, and description length decides everything above.
    /// </summary>
    public double MinCandidateSimilarity { get; init; } = 0.2;

    /// <summary>
    /// Estimated shingle similarity from which two texts are near duplicates (0.5, the resemblance Broder et al. used to
    /// cluster near-duplicate web pages, "Syntactic clustering of the Web", 1997). A seed's cluster grows through such
    /// pairs by InfoShield's rule; a less similar text joins only when the template also beats its own alternative, a
    /// template shared with its own near duplicates, so two families that share some sentences stay apart.
    /// </summary>
    public double CoreSimilarity { get; init; } = 0.5;

    /// <summary>Rounds of consensus and re-alignment per template (2).</summary>
    public int RefinementRounds { get; init; } = 2;

    /// <summary>Whether the title counts as part of the ad's text (true: the title is written from the template too).</summary>
    public bool IncludeTitle { get; init; } = true;

    /// <summary>Words of an ad's text considered at most (2,000; the rest is ignored, which bounds alignment cost).</summary>
    public int MaxWordsPerAd { get; init; } = 2_000;

    /// <summary>Seed of the MinHash functions.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Threads to use; null for every core.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>How micro-clusters are linked into meta-clusters.</summary>
    public MetaClusterOptions Meta { get; init; } = new();

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting out of range.</summary>
    public void Validate()
    {
        if (ShingleSize < 1) throw new ArgumentException($"{nameof(ShingleSize)} must be at least 1 (was {ShingleSize}).");
        if (BandRows < 1) throw new ArgumentException($"{nameof(BandRows)} must be at least 1 (was {BandRows}).");
        if (HashCount < BandRows || HashCount % BandRows != 0)
        {
            throw new ArgumentException($"{nameof(HashCount)} must be a positive multiple of {nameof(BandRows)} (was {HashCount} with {BandRows} rows).");
        }
        if (MinCandidateSimilarity is < 0 or > 1 || double.IsNaN(MinCandidateSimilarity))
        {
            throw new ArgumentException($"{nameof(MinCandidateSimilarity)} must lie in [0, 1] (was {MinCandidateSimilarity}).");
        }
        if (CoreSimilarity is < 0 or > 1 || double.IsNaN(CoreSimilarity) || CoreSimilarity < MinCandidateSimilarity)
        {
            throw new ArgumentException($"{nameof(CoreSimilarity)} must lie in [{nameof(MinCandidateSimilarity)}, 1] (was {CoreSimilarity}).");
        }
        if (RefinementRounds < 1) throw new ArgumentException($"{nameof(RefinementRounds)} must be at least 1 (was {RefinementRounds}).");
        if (MaxWordsPerAd < 1) throw new ArgumentException($"{nameof(MaxWordsPerAd)} must be at least 1 (was {MaxWordsPerAd}).");
        if (MaxDegreeOfParallelism is < 1) throw new ArgumentException($"{nameof(MaxDegreeOfParallelism)} must be at least 1 when given (was {MaxDegreeOfParallelism}).");
        ArgumentNullException.ThrowIfNull(Meta);
        Meta.Validate();
    }

    internal int Threads => MaxDegreeOfParallelism ?? Environment.ProcessorCount;
}
