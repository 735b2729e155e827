namespace Workbench.Synthetic;

/// <summary>
/// One planted event of the synthetic corpus (one row of <c>events.csv</c>). With probability 0.5 an event raises
/// the volume of its city by <see cref="Uplift"/> over its window, mostly through advertisers new to that city;
/// otherwise nothing happens, as most published event studies found.
/// </summary>
/// <param name="Id">Identifier used in the truth's <c>event_id</c> (<c>E1</c>…).</param>
/// <param name="Name">Event name, e.g. <c>Calgary Stampede</c>.</param>
/// <param name="City">Reference city of the event.</param>
/// <param name="Province">Two-letter province code.</param>
/// <param name="StartDate">First day of the event window (clipped to the observation window).</param>
/// <param name="EndDate">Last day of the event window, inclusive.</param>
/// <param name="Happened">Whether the event raised volume.</param>
/// <param name="Uplift">Planted volume multiplier over the expected baseline of the city (1 when it did not happen).</param>
/// <param name="ExtraAds">Number of extra ads planted (carrying this <c>event_id</c>).</param>
public sealed record PlantedEvent(
    string Id,
    string Name,
    string City,
    string Province,
    DateOnly StartDate,
    DateOnly EndDate,
    bool Happened,
    double Uplift,
    int ExtraAds);
