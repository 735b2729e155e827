namespace Workbench.Prevalence;

/// <summary>
/// Poisson(1) bootstrap weights (Hanley &amp; MacGibbon 2006; Chamandy et al. 2012): each unit appears w ~ Poisson(1)
/// times in a replicate, which approximates resampling units with replacement and needs no second pass. Weights come
/// from a counter-based SplitMix64 stream keyed by (seed, replicate), so replicates can run in parallel and still
/// give the same numbers.
/// </summary>
internal static class PoissonBootstrap
{
    // Cumulative Poisson(1) probabilities for k = 0..11 (beyond that the remaining mass is below 1e-9).
    private static readonly double[] Cumulative = BuildCumulative();

    private static double[] BuildCumulative()
    {
        var c = new double[12];
        var p = Math.Exp(-1);
        var sum = 0.0;
        for (var k = 0; k < c.Length; k++)
        {
            sum += p;
            c[k] = sum;
            p /= k + 1;
        }
        return c;
    }

    public static ulong StreamSeed(int seed, int replicate) => Mix(Mix((ulong)(uint)seed + 0x9E3779B97F4A7C15UL) ^ ((ulong)replicate * 0xD1B54A32D192ED03UL));

    /// <summary>Fills one replicate's weights.</summary>
    public static void Fill(Span<int> weights, ulong streamSeed)
    {
        var state = streamSeed;
        for (var i = 0; i < weights.Length; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            var u = (Mix(state) >> 11) * (1.0 / 9007199254740992.0);
            var k = 0;
            while (k < Cumulative.Length - 1 && u > Cumulative[k]) k++;
            weights[i] = k;
        }
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
