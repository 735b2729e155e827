using Workbench.Data;

namespace Workbench.Synthetic;

/// <summary>One generated ad: what a scraper would see, and the hidden truth behind it.</summary>
/// <param name="Ad">The visible ad, with raw (not yet pseudonymized) contacts.</param>
/// <param name="Truth">The planted structure behind the ad.</param>
public sealed record SyntheticAd(Ad Ad, AdTruth Truth);
