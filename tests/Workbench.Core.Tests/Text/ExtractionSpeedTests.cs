using System.Diagnostics;
using Workbench.Text;
using Xunit.Abstractions;

namespace Workbench.Tests.Text;

/// <summary>Measures extraction throughput and prints it; no timing assertion (the machine is shared).</summary>
public class ExtractionSpeedTests(ITestOutputHelper output)
{
    [Fact]
    public void ContactExtractor_throughput_on_400_character_ads_is_printed()
    {
        // Given 3,000 ad-like texts of about 400 characters from the seeded generator
        var pieces = LabelledSetGenerator.Generate(seed: 7, count: 6_000).Select(s => (s.Title ?? "") + " " + s.Text).ToArray();
        var rng = new Random(11);
        var ads = new List<string>();
        for (var i = 0; i < 3_000; i++)
        {
            var sb = new System.Text.StringBuilder();
            while (sb.Length < 400) sb.Append(pieces[rng.Next(pieces.Length)]).Append(' ');
            ads.Add(sb.ToString(0, 400));
        }
        for (var pass = 0; pass < 3; pass++)
        {
            foreach (var ad in ads) ContactExtractor.Extract(ad); // warm-up, so that the timed passes run tier-1 code
        }
        // When each ad is extracted three times, single-threaded
        const int Passes = 3;
        var found = 0;
        var watch = Stopwatch.StartNew();
        for (var pass = 0; pass < Passes; pass++)
        {
            foreach (var ad in ads) found += ContactExtractor.Extract(ad).Count;
        }
        watch.Stop();
        found /= Passes;
        // Then report ads per second
        var perSecond = Passes * ads.Count / watch.Elapsed.TotalSeconds;
        #if DEBUG
        const string Build = "Debug build (run with -c Release for the figure to report)";
#else
        const string Build = "Release build";
#endif
        output.WriteLine($"{Build}: ContactExtractor: {Passes} x {ads.Count} ads of {ads.Average(a => a.Length):F0} chars in {watch.Elapsed.TotalMilliseconds:F0} ms = {perSecond:F0} ads/s on one core; {found} entities");
        Assert.True(found > ads.Count, "the texts hold contacts; finding fewer than one per ad means the measurement is wrong");
    }
}
