namespace Workbench.Synthetic;

/// <summary>
/// Who stands behind a synthetic ad (the <c>actor_type</c> of the truth file, written in lower case).
/// </summary>
/// <remarks>
/// The five types and their behaviour follow <c>shared/data/synthetic-corpus.md</c>. <see cref="Organized"/> marks a
/// planted signal of organized activity and nothing more: the truth never says "trafficking" or "victim".
/// </remarks>
public enum ActorType
{
    /// <summary>One person, one phone, one persona, one or two base texts; some tour along corridors.</summary>
    Independent = 0,

    /// <summary>A collective or agency: several names sharing one phone and one URL, with monthly turnover.</summary>
    Collective = 1,

    /// <summary>One controller, 4–6 personas, one slotted template, rotating phones and corridor trips.</summary>
    Organized = 2,

    /// <summary>Spam or scam: many phones and cities, bursts, stolen images, invalid URLs, deposit text.</summary>
    Spam = 3,

    /// <summary>A spa or massage parlour: fixed address, rotating names, spa vocabulary.</summary>
    Spa = 4,
}
