namespace Workbench.Graphs;

/// <summary>
/// Descriptive features of one group of ads (a micro-cluster, a meta-cluster, the ads of one phone token, a graph
/// community): the signals the literature scores clusters by (VisPaD, T-Net; "many ads, few phones; many names, one
/// phone; many cities, fast"). One row of <c>cluster_features.csv</c> (<c>data-schemas/cluster-features.md</c>).
/// Features describe advertising behaviour; none of them alone is evidence of exploitation.
/// </summary>
/// <param name="Level">What kind of group: <c>micro</c>, <c>meta</c>, <c>phone</c>, <c>community</c>, or a caller's own name.</param>
/// <param name="ClusterId">The group's identifier at that level (a cluster number or a pseudonymous token).</param>
/// <param name="Ads">Ads in the group.</param>
/// <param name="Phones">Distinct phone tokens.</param>
/// <param name="PhoneEntropy">Shannon entropy (bits) of phone tokens over the group's phone mentions: 0 for one phone, higher when ads spread over many.</param>
/// <param name="Names">Distinct names (personas as written, case-folded).</param>
/// <param name="Cities">Distinct cities (city and province).</param>
/// <param name="RadiusKm">Largest distance (km) of an ad's place from the group's centroid; 0 with one place or none known.</param>
/// <param name="RadiusGrowthKmPerDay">Radius of the whole group minus radius of its first week, per day of span after that week (0 when the span is a week or less).</param>
/// <param name="AdsPerWeek">Ads per week of span (span counted as at least one day).</param>
/// <param name="Burstiness">Goh and Barabási's (σ−μ)/(σ+μ) of gaps between posts: −1 regular, 0 random, towards 1 bursty; 0 with fewer than three ads.</param>
/// <param name="Images">Distinct image hashes.</param>
/// <param name="ImagesPerPhone">Distinct images per distinct phone (images when there is no phone).</param>
/// <param name="Urls">Distinct URL tokens.</param>
/// <param name="CueShare">Share of ads with at least one indicator cue of the lexicon (0 when cues were not counted).</param>
/// <param name="FirstSeen">Earliest posting time (UTC).</param>
/// <param name="LastSeen">Latest posting time (UTC).</param>
/// <param name="SpanDays">Days from first to last post.</param>
public sealed record ClusterFeatures(
    string Level,
    string ClusterId,
    int Ads,
    int Phones,
    double PhoneEntropy,
    int Names,
    int Cities,
    double RadiusKm,
    double RadiusGrowthKmPerDay,
    double AdsPerWeek,
    double Burstiness,
    int Images,
    double ImagesPerPhone,
    int Urls,
    double CueShare,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    double SpanDays)
{
    /// <summary>
    /// Names of the numeric features, in the order of <see cref="ToVector"/>; stable across versions (new features are
    /// only ever appended), so that models trained on the vector keep reading the same columns.
    /// </summary>
    public static IReadOnlyList<string> FeatureNames { get; } =
    [
        "ads", "phones", "phone_entropy", "names", "cities", "radius_km", "radius_growth_km_per_day",
        "ads_per_week", "burstiness", "images", "images_per_phone", "urls", "cue_share", "span_days",
    ];

    /// <summary>The numeric features as a vector for ML, in the order of <see cref="FeatureNames"/>.</summary>
    public double[] ToVector() =>
    [
        Ads, Phones, PhoneEntropy, Names, Cities, RadiusKm, RadiusGrowthKmPerDay,
        AdsPerWeek, Burstiness, Images, ImagesPerPhone, Urls, CueShare, SpanDays,
    ];
}
