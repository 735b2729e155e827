using System.Diagnostics;
using Workbench.Synthetic;
using Xunit.Abstractions;

namespace Workbench.Tests.Synthetic;

/// <summary>Prints generation throughput for the record; asserts nothing about time (the machine is shared).</summary>
public class SyntheticThroughputTests(ITestOutputHelper output)
{
    [Fact]
    public void Generation_of_100k_ads_reports_its_throughput()
    {
        // Given
        var options = new SyntheticOptions { Ads = 100_000, Seed = 1 };
        var clock = Stopwatch.StartNew();

        // When
        var count = 0L;
        var chars = 0L;
        foreach (var ad in SyntheticCorpus.Generate(options))
        {
            count++;
            chars += ad.Ad.Body.Length;
        }

        // Then
        var seconds = clock.Elapsed.TotalSeconds;
        output.WriteLine($"generated {count:N0} ads ({chars / count} body chars each) in {seconds:F2} s = {count / seconds:N0} ads/s");
        Assert.Equal(100_000, count);
    }
}
