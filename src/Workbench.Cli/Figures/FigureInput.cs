using Workbench.Reports;

namespace Workbench.Cli.Figures;

/// <summary>What every figure is computed from: the corpus overview of one store, and where that store came from.</summary>
/// <param name="Summary">The overview of the store.</param>
/// <param name="InputsSha256">SHA-256 of the input file (the generated <c>ads.jsonl</c>).</param>
/// <param name="Ads">Ads generated.</param>
/// <param name="Seed">Seed of the synthetic corpus.</param>
/// <param name="Preset">Preset of the synthetic corpus.</param>
internal sealed record FigureInput(CorpusSummary Summary, string InputsSha256, int Ads, int Seed, string Preset);
