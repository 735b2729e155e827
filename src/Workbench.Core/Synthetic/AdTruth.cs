namespace Workbench.Synthetic;

/// <summary>
/// The hidden structure behind one synthetic ad: one line of <c>truth.jsonl</c>, written in snake_case.
/// Detectors never read it; evaluations score detectors against it.
/// </summary>
/// <remarks>
/// Field meanings follow <c>shared/data/synthetic-corpus.md</c>. A <em>micro-cluster</em> is the set of one actor's ads
/// generated from one template or base text (an organized template, an independent's repost family, a spam script);
/// a <em>meta-cluster</em> is all micro-clusters of one actor, which share phones, e-mails, handles or images.
/// <see cref="TemplateId"/> can be shared by unrelated spam actors (scam scripts circulate), whereas
/// <see cref="MicroClusterId"/> never crosses actors.
/// </remarks>
public sealed record AdTruth
{
    /// <summary>The visible ad's <c>ad_id</c>.</summary>
    public required string AdId { get; init; }

    /// <summary>The actor (advertiser) behind the ad, e.g. <c>A000123</c>.</summary>
    public required string ActorId { get; init; }

    /// <summary>The actor's type; written in lower case (<c>independent</c>, <c>organized</c>, …).</summary>
    public required ActorType ActorType { get; init; }

    /// <summary>The personas (people as presented) the ad shows, e.g. <c>P0001234</c>.</summary>
    public IReadOnlyList<string> PersonaIds { get; init; } = [];

    /// <summary>The template or base text the ad was written from.</summary>
    public required string TemplateId { get; init; }

    /// <summary>The actor's micro-cluster the ad belongs to.</summary>
    public required string MicroClusterId { get; init; }

    /// <summary>The actor's meta-cluster (one per actor).</summary>
    public required string MetaClusterId { get; init; }

    /// <summary>The planted trip the ad was posted on, away from the home city; null at home.</summary>
    public string? TripId { get; init; }

    /// <summary>The planted event whose extra volume the ad belongs to; null otherwise.</summary>
    public string? EventId { get; init; }

    /// <summary>How the ad disguised its phone (<see cref="ObfuscationOps"/>); empty when plain or absent.</summary>
    public IReadOnlyList<string> ObfuscationOps { get; init; } = [];

    /// <summary>Whether the actor moves between cities along corridors (touring independents, organized actors, event visitors).</summary>
    public bool Touring { get; init; }

    /// <summary>Phones present in the ad, as E.164 (<c>+1NPANXXXXXX</c>).</summary>
    public IReadOnlyList<string> Phones { get; init; } = [];

    /// <summary>E-mail addresses present in the ad, lower case, decoded.</summary>
    public IReadOnlyList<string> Emails { get; init; } = [];

    /// <summary>Handles present in the ad, as <c>platform:name</c>.</summary>
    public IReadOnlyList<string> Handles { get; init; } = [];

    /// <summary>URLs present in the ad, as written, lower case.</summary>
    public IReadOnlyList<string> Urls { get; init; } = [];

    /// <summary>
    /// The kind of planted unusual actor behind the ad (written <c>phone_churn</c>, <c>teleporting</c>, …); null for the
    /// ordinary population. The actor keeps one of the five <see cref="ActorType"/>s, the one its ads look like.
    /// </summary>
    public UnusualKind? UnusualKind { get; init; }

    /// <summary>
    /// The planted photo behind each of the ad's images, in <c>image_hashes</c> order (<c>im_</c> and the photo's hash in
    /// hex): images with the same id are the same photo, re-encoded or cropped.
    /// </summary>
    public IReadOnlyList<string> ImageIds { get; init; } = [];

    /// <summary>Whether each image (same order) is a cropped copy of its photo (<see cref="SyntheticOptions.CroppedImageProbability"/>).</summary>
    public IReadOnlyList<bool> CroppedImages { get; init; } = [];
}
