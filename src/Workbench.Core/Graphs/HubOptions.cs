namespace Workbench.Graphs;

/// <summary>
/// Which tokens link ads, and when a token is suppressed as a hub: the one rule shared by the entity graph and the
/// meta-clusters, so that "tokens link ads, hubs set aside" means the same thing everywhere.
/// </summary>
/// <remarks>
/// Two failure modes chain unrelated advertisers into one component: a token on very many ads (a booking line, a
/// scraper artefact, a link-in-bio service) and a stock or stolen picture that unrelated accounts post. The first is
/// caught by size (<see cref="HubMaxAds"/>, optionally <see cref="HubMaxUnits"/>); the second by what the image joins:
/// an advertiser re-using their own picture under a second phone is common, but a picture that joins more than
/// <see cref="StockImageMaxIdentities"/> contact identities which share no phone, e-mail or handle is circulating
/// content, not evidence of one advertiser. Neither rule looks at any truth; both are reported per token.
/// </remarks>
public sealed record HubOptions
{
    /// <summary>Link through shared phone tokens.</summary>
    public bool LinkPhones { get; init; } = true;

    /// <summary>Link through shared e-mail tokens.</summary>
    public bool LinkEmails { get; init; } = true;

    /// <summary>Link through shared handle tokens.</summary>
    public bool LinkHandles { get; init; } = true;

    /// <summary>Link through identical image hashes.</summary>
    public bool LinkImages { get; init; } = true;

    /// <summary>Link through shared URL tokens (off: many ads point to the same site or link-in-bio service).</summary>
    public bool LinkUrls { get; init; }

    /// <summary>
    /// A token on more than this many ads is a hub (1,000: about what one advertiser posting several times a day for half
    /// a year produces).
    /// </summary>
    public int HubMaxAds { get; init; } = 1_000;

    /// <summary>
    /// A token joining more than this many units (micro-clusters, or ads in none) is a hub; null for no such bound
    /// (default: one advertiser can write many text families).
    /// </summary>
    public int? HubMaxUnits { get; init; }

    /// <summary>
    /// An image hash whose ads fall into more than this many contact identities (ads linked by phones, e-mails and
    /// handles alone) is stock and does not link (2: one advertiser's picture bridging two of their
    /// own numbers is the case image linking is for; three or more unrelated identities sharing one picture is the
    /// signature of circulating or stolen photos). Null turns the rule off.
    /// </summary>
    public int? StockImageMaxIdentities { get; init; } = 2;

    /// <summary>
    /// In the entity graph, a micro-cluster whose ads carry more than this many contact identities is a circulating text
    /// (a scam script or a copied template used by unrelated advertisers) and its membership does not link; null (default)
    /// keeps every micro-cluster linking, as the meta-clusters of the micro-cluster detector do.
    /// </summary>
    public int? SharedTemplateMaxIdentities { get; init; }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting out of range.</summary>
    public void Validate()
    {
        if (HubMaxAds < 2) throw new ArgumentException($"{nameof(HubMaxAds)} must be at least 2 (was {HubMaxAds}).");
        if (HubMaxUnits is < 2) throw new ArgumentException($"{nameof(HubMaxUnits)} must be at least 2 (was {HubMaxUnits}).");
        if (SharedTemplateMaxIdentities is < 1) throw new ArgumentException($"{nameof(SharedTemplateMaxIdentities)} must be at least 1 (was {SharedTemplateMaxIdentities}).");
        if (StockImageMaxIdentities is < 1) throw new ArgumentException($"{nameof(StockImageMaxIdentities)} must be at least 1 (was {StockImageMaxIdentities}).");
    }

    /// <summary>Whether tokens of a kind link at all (micro-cluster membership always does).</summary>
    public bool Links(TokenKind kind) => kind switch
    {
        TokenKind.Phone => LinkPhones,
        TokenKind.Email => LinkEmails,
        TokenKind.Handle => LinkHandles,
        TokenKind.Image => LinkImages,
        TokenKind.Url => LinkUrls,
        _ => true,
    };
}
