namespace Workbench.Reference;

/// <summary>A Canadian metropolitan area or ad-market city with its census population and the aliases ads use.</summary>
/// <param name="Name">Name as the reference table spells it (ASCII, e.g. <c>Montreal</c>).</param>
/// <param name="Province">Two-letter province or territory code.</param>
/// <param name="Lat">Approximate centre latitude (good for maps and distances, not addresses).</param>
/// <param name="Lon">Approximate centre longitude.</param>
/// <param name="Population2021">2021 census population of the CMA/CA, else the municipality.</param>
/// <param name="Aliases">Other names ads use for the same market (suburbs, French spellings, airport codes).</param>
public sealed record City(string Name, string Province, double Lat, double Lon, int Population2021, IReadOnlyList<string> Aliases);
