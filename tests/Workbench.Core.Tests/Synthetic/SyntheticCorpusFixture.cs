using Workbench.Synthetic;

namespace Workbench.Tests.Synthetic;

/// <summary>One 30,000-ad corpus (seed 11) shared by the statistical tests, generated once per test run.</summary>
public sealed class SyntheticCorpusFixture
{
    public const int Size = 30_000;

    public SyntheticOptions Options { get; } = new() { Ads = Size, Seed = 11 };

    public IReadOnlyList<SyntheticAd> Ads { get; }

    public SyntheticValidationReport Report { get; }

    public SyntheticCorpusFixture()
    {
        Ads = SyntheticCorpus.Generate(Options).ToList();
        Report = SyntheticValidationReport.Compute(Ads, Options);
    }
}
