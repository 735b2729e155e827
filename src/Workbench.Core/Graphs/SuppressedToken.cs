namespace Workbench.Graphs;

/// <summary>A token set aside from linking, and why (<see cref="HubOptions"/>).</summary>
/// <param name="Kind">Phone, e-mail, handle, URL or image.</param>
/// <param name="Token">The pseudonymous token or image hash (never a raw contact).</param>
/// <param name="Ads">Ads carrying it.</param>
/// <param name="Units">Micro-clusters plus lone ads it would have joined.</param>
/// <param name="Identities">Contact identities (ads linked by phones, e-mails and handles alone; ads without any not counted) it would have joined.</param>
/// <param name="Reason">Which bound it exceeded.</param>
public sealed record SuppressedToken(TokenKind Kind, string Token, int Ads, int Units, int Identities, SuppressionReason Reason);
