namespace Workbench.Synthetic;

/// <summary>The measured effect of one planted event: ads per day in its city during the event against the weeks around it.</summary>
/// <param name="Event">The planted event.</param>
/// <param name="WindowAdsPerDay">Mean ads per day in the event city during the event window.</param>
/// <param name="BaselineAdsPerDay">Mean ads per day in the city over the 28 days either side (inside the observation window).</param>
/// <param name="ObservedRatio">Window over baseline; near <see cref="PlantedEvent.Uplift"/> when the event happened, near 1 otherwise.</param>
public sealed record EventEffect(PlantedEvent Event, double WindowAdsPerDay, double BaselineAdsPerDay, double ObservedRatio);
