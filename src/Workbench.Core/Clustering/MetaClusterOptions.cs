namespace Workbench.Clustering;

/// <summary>
/// How micro-clusters (and ads in none) are linked into meta-clusters: by the contact tokens and image hashes they
/// share, as connected components, with hub tokens set aside.
/// </summary>
public sealed record MetaClusterOptions
{
    /// <summary>Link through shared phone tokens.</summary>
    public bool LinkPhones { get; init; } = true;

    /// <summary>Link through shared e-mail tokens.</summary>
    public bool LinkEmails { get; init; } = true;

    /// <summary>Link through shared handle tokens.</summary>
    public bool LinkHandles { get; init; } = true;

    /// <summary>Link through identical image hashes (near-identical ones are the image detector's business).</summary>
    public bool LinkImages { get; init; } = true;

    /// <summary>Link through shared URL tokens (off: many ads point to the same site or link-in-bio service).</summary>
    public bool LinkUrls { get; init; }

    /// <summary>
    /// A token on more than this many ads is a hub: reported, and not used for linking (1,000: about what one advertiser
    /// posting several times a day for half a year produces; a phone or image on more ads than that joins unrelated
    /// advertisers, e.g. a stock photo, a booking line or a scraper artefact, and would chain everything into one
    /// component).
    /// </summary>
    public int HubMinAds { get; init; } = 1_000;

    /// <summary>
    /// An image hash whose ads fall into more than this many contact identities (ads linked by phones, e-mails and
    /// handles alone) is a stock or circulating picture and does not link (<see cref="Workbench.Graphs.HubOptions.StockImageMaxIdentities"/>;
    /// default 2). Null turns the rule off (the behaviour before it existed).
    /// </summary>
    public int? StockImageMaxIdentities { get; init; } = 2;

    /// <summary>A token joining more than this many micro-clusters or lone ads is a hub; null (default) for no such bound.</summary>
    public int? HubMaxUnits { get; init; }

    /// <summary>The same rule for the entity graph.</summary>
    public Workbench.Graphs.HubOptions ToHubOptions() => new()
    {
        LinkPhones = LinkPhones,
        LinkEmails = LinkEmails,
        LinkHandles = LinkHandles,
        LinkImages = LinkImages,
        LinkUrls = LinkUrls,
        HubMaxAds = HubMinAds,
        HubMaxUnits = HubMaxUnits,
        StockImageMaxIdentities = StockImageMaxIdentities,
    };

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting out of range.</summary>
    public void Validate()
    {
        if (HubMinAds < 2) throw new ArgumentException($"{nameof(HubMinAds)} must be at least 2 (was {HubMinAds}).");
        ToHubOptions().Validate();
    }

    internal bool Links(LinkKind kind) => kind switch
    {
        LinkKind.Phone => LinkPhones,
        LinkKind.Email => LinkEmails,
        LinkKind.Handle => LinkHandles,
        LinkKind.Image => LinkImages,
        _ => LinkUrls,
    };
}
