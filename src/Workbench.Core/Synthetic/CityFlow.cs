namespace Workbench.Synthetic;

/// <summary>One cell of the city-to-city flow matrix of planted trips: how many trip legs went from one city to another.</summary>
/// <param name="From">Reference city the leg left.</param>
/// <param name="To">Reference city the leg reached.</param>
/// <param name="Legs">Number of planted legs (home to first stop, stop to stop, last stop home).</param>
public sealed record CityFlow(string From, string To, int Legs);
