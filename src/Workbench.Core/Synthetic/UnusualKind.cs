namespace Workbench.Synthetic;

/// <summary>
/// The kind of a planted unusual actor (<c>unusual_kind</c> of the truth file, written in snake_case). Each is a coherent
/// cluster whose ads look ordinary one by one and whose behaviour is odd only as a whole, so that cluster-level anomaly
/// scoring can be measured against something planted on purpose rather than against spam as a stand-in.
/// </summary>
/// <remarks>
/// The kinds are plausible oddities an analyst of online ads would look for (burner phones, implausible movement,
/// posting blitzes, photo hoarding), chosen before measuring any scorer and not tuned to one. One of them (<see cref="ImageHoarder"/>) is odd
/// only in a dimension the activity features do not see, and says so: a scorer should not be expected to find it.
/// </remarks>
public enum UnusualKind
{
    /// <summary>
    /// <c>phone_churn</c>: an organized-type actor with one template and a few personas that shows a fresh phone on nearly
    /// every ad (burner numbers), in one city, over weeks. Odd as a whole: as many phones as ads, where organized actors
    /// rotate a handful of numbers every few weeks.
    /// </summary>
    PhoneChurn = 0,

    /// <summary>
    /// <c>teleporting</c>: an independent-type actor (one persona, one phone) posting on consecutive days from cities in
    /// different provinces, each at least 1,000 km from the last: a travel speed no touring advertiser manages.
    /// </summary>
    Teleporting = 1,

    /// <summary>
    /// <c>flash_burst</c>: a collective-type actor (agency roster, one phone, one city) that posts all its ads within one
    /// or two days and is never seen again, where collectives post a few ads a day for months.
    /// </summary>
    FlashBurst = 2,

    /// <summary>
    /// <c>image_hoarder</c>: an independent-type actor posting at an ordinary pace whose every ad carries many distinct
    /// photos (6–10 drawn from a pool of 40–80), where advertisers reuse a handful. Invisible to activity features that
    /// do not count images: a control for what the scorers cannot see.
    /// </summary>
    ImageHoarder = 3,
}
