namespace Workbench.Prevalence;

/// <summary>A confidence interval.</summary>
/// <param name="Lower">Lower end.</param>
/// <param name="Upper">Upper end.</param>
/// <param name="Method">How it was computed, e.g. "profile likelihood" or "bootstrap percentile (500 replicates)".</param>
public sealed record Interval(double Lower, double Upper, string Method)
{
    /// <summary>Whether <paramref name="value"/> lies inside the interval (ends included).</summary>
    public bool Contains(double value) => value >= Lower && value <= Upper;
}
