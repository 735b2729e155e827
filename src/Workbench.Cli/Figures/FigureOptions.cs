namespace Workbench.Cli.Figures;

/// <summary>What a <c>figures</c> run makes.</summary>
internal sealed record FigureOptions
{
    public string OutputDirectory { get; init; } = Path.Combine("out", "figures");

    /// <summary>Formats besides the chart JSON and data, among <c>png</c>, <c>svg</c>, <c>html</c>.</summary>
    public IReadOnlyList<string> Formats { get; init; } = ["png", "svg", "html"];

    /// <summary>Figure ids to make (all when empty).</summary>
    public IReadOnlyList<string> Only { get; init; } = [];

    /// <summary>Size of the synthetic corpus the figures are computed from.</summary>
    public int Ads { get; init; } = 20_000;

    /// <summary>Seed of the synthetic corpus.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Preset of the synthetic corpus.</summary>
    public string Preset { get; init; } = "default";
}
