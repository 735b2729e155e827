namespace Workbench.Evaluation;

/// <summary>
/// Quality of micro- and meta-clusters against the planted truth of the synthetic corpus.
/// </summary>
/// <remarks>
/// <para>Two truths for micro-clusters. <see cref="Templates"/> is the definition of a micro-cluster: the ads
/// written from one template or base text (the truth's <c>template_id</c>). That is what a text detector can see:
/// scam scripts circulate between unrelated spam actors, and their ads are one template. <see cref="Actors"/> scores
/// the same clusters against the truth's <c>micro_cluster_id</c>, which never crosses actors; for spam it splits one
/// script into its actors, which no text signal can do, so <see cref="TextCeiling"/> gives the score of a perfect
/// template-level answer on that scale.</para>
/// <para>Meta-clusters are scored against the planted actors (<c>meta_cluster_id</c>).</para>
/// </remarks>
/// <param name="Ads">Ads in the result.</param>
/// <param name="MatchedAds">Ads found in the truth file (the ones scored).</param>
/// <param name="Templates">Micro-clusters against planted templates (the headline figure).</param>
/// <param name="Actors">Micro-clusters against planted per-actor micro-clusters.</param>
/// <param name="Meta">Meta-clusters against planted actors.</param>
/// <param name="TextCeiling">The planted templates scored against the per-actor micro-clusters: the best a text-only partition can reach there.</param>
/// <param name="ByActorType">The same per actor type.</param>
public sealed record ClusterEvaluationReport(
    int Ads, int MatchedAds, PartitionScore Templates, PartitionScore Actors, PartitionScore Meta, PartitionScore TextCeiling,
    IReadOnlyList<ActorTypeScore> ByActorType);
