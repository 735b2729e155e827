using Workbench.Clustering;
using Workbench.Data;
using Workbench.Synthetic;

namespace Workbench.Tests.Graphs;

/// <summary>One small pseudonymized synthetic corpus (4,000 ads, seed 11) with its truth and micro-clusters, built once for the graph tests.</summary>
internal sealed class SharedClusters
{
    public const int Size = 4_000;

    private static readonly Lazy<SharedClusters> Lazy = new(() => new SharedClusters());

    private SharedClusters()
    {
        var pseudonymizer = new Pseudonymizer(PseudonymKey.FromHex(new string('5', 64), "tests"));
        var generated = SyntheticCorpus.Generate(new SyntheticOptions { Ads = Size, Seed = 11 }).ToList();
        Raw = [.. generated.Select(g => g.Ad)];
        Ads = [.. generated.Select(g => pseudonymizer.Apply(g.Ad).Ad)];
        Truth = [.. generated.Select(g => g.Truth)];
        Result = new MicroClusterDetector().Fit(Ads).Result;
    }

    public static SharedClusters Fixture => Lazy.Value;

    public IReadOnlyList<Ad> Raw { get; }

    public IReadOnlyList<Ad> Ads { get; }

    public IReadOnlyList<AdTruth> Truth { get; }

    public MicroClusterResult Result { get; }
}
