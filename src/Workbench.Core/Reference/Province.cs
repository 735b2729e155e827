namespace Workbench.Reference;

/// <summary>A Canadian province or territory with its 2021 census population.</summary>
/// <param name="Code">Two-letter code (e.g. <c>ON</c>).</param>
/// <param name="Name">English name.</param>
/// <param name="NameFr">French name.</param>
/// <param name="Population2021">2021 census population.</param>
public sealed record Province(string Code, string Name, string NameFr, int Population2021);
