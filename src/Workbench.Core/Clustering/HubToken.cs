namespace Workbench.Clustering;

/// <summary>A token on so many ads that it was not used to link meta-clusters (<see cref="MetaClusterOptions.HubMinAds"/>).</summary>
/// <param name="Kind">Phone, e-mail, handle, URL or image.</param>
/// <param name="Token">The pseudonymous token or image hash (never a raw contact).</param>
/// <param name="Ads">Ads carrying it.</param>
/// <param name="Units">Micro-clusters plus unclustered ads it would have joined.</param>
public sealed record HubToken(LinkKind Kind, string Token, int Ads, int Units);
