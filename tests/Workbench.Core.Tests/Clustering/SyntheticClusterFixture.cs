using Workbench.Clustering;
using Workbench.Data;
using Workbench.Synthetic;

namespace Workbench.Tests.Clustering;

/// <summary>One pseudonymized synthetic corpus (8,000 ads, seed 7) and its micro-cluster model, built once per test run.</summary>
public sealed class SyntheticClusterFixture
{
    public const int Size = 8_000;

    public SyntheticClusterFixture()
    {
        var pseudonymizer = new Pseudonymizer(PseudonymKey.FromHex(new string('7', 64), "tests"));
        var generated = SyntheticCorpus.Generate(new SyntheticOptions { Ads = Size, Seed = 7 }).ToList();
        Raw = [.. generated.Select(g => g.Ad)];
        Ads = [.. generated.Select(g => pseudonymizer.Apply(g.Ad).Ad)];
        Truth = [.. generated.Select(g => g.Truth)];
        Model = new MicroClusterDetector().Fit(Ads);
    }

    public IReadOnlyList<Ad> Raw { get; }

    public IReadOnlyList<Ad> Ads { get; }

    public IReadOnlyList<AdTruth> Truth { get; }

    public MicroClusterModel Model { get; }

    public MicroClusterResult Result => Model.Result;
}
