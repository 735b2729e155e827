namespace Workbench.Cli.Figures;

/// <summary>How long one figure took: computing and plotting, and the static export.</summary>
internal sealed record FigureTiming(string Id, TimeSpan Make, TimeSpan Export);
