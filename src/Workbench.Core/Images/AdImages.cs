namespace Workbench.Images;

/// <summary>What the reuse detector reads of one ad: its id, its pseudonymous phone tokens and its image hashes.</summary>
/// <param name="AdId">The ad's id.</param>
/// <param name="PhoneTokens">Its phone tokens (<c>ph_…</c>), possibly none.</param>
/// <param name="Hashes">Its 64-bit image hashes.</param>
public sealed record AdImages(string AdId, IReadOnlyList<string> PhoneTokens, IReadOnlyList<ulong> Hashes);
