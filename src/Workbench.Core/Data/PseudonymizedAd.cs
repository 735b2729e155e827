namespace Workbench.Data;

/// <summary>An ad whose contacts have been replaced by tokens, with the record of each replacement.</summary>
/// <param name="Ad">The ad, safe to store: list fields hold tokens, and title, body and extras have tokens in place of contacts.</param>
/// <param name="Entities">One entry per contact found, in fields and in text.</param>
public sealed record PseudonymizedAd(Ad Ad, IReadOnlyList<EntityOccurrence> Entities);
