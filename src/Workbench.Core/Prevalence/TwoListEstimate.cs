using MathNet.Numerics.Distributions;

namespace Workbench.Prevalence;

/// <summary>
/// A two-list (capture–recapture) estimate of a closed population: Lincoln–Petersen or Chapman, with its variance and
/// a normal-approximation interval (lower end never below the units actually seen, n1 + n2 − m).
/// </summary>
/// <param name="Method">"Lincoln–Petersen" or "Chapman".</param>
/// <param name="N1">Units on the first list.</param>
/// <param name="N2">Units on the second list.</param>
/// <param name="M">Units on both.</param>
/// <param name="NHat">Estimated population size.</param>
/// <param name="Variance">Estimated variance of <paramref name="NHat"/>.</param>
/// <param name="Lower">Lower end of the interval.</param>
/// <param name="Upper">Upper end of the interval.</param>
/// <param name="Confidence">Confidence level of the interval.</param>
public sealed record TwoListEstimate(
    string Method, long N1, long N2, long M, double NHat, double Variance, double Lower, double Upper, double Confidence)
{
    /// <summary>Standard error, √variance.</summary>
    public double StandardError => Math.Sqrt(Variance);

    /// <summary>Units seen on at least one list, n1 + n2 − m.</summary>
    public long Observed => N1 + N2 - M;

    /// <summary>
    /// Lincoln–Petersen: N̂ = n1·n2/m, variance n1·n2·(n1−m)(n2−m)/m³. Biased upwards in small samples and undefined
    /// when the lists do not overlap (m = 0): prefer <see cref="Chapman"/>.
    /// </summary>
    public static TwoListEstimate LincolnPetersen(long n1, long n2, long m, double confidence = 0.95)
    {
        Validate(n1, n2, m, confidence);
        if (m == 0) throw new NotIdentifiableException("Lincoln–Petersen is undefined when the two lists do not overlap (m = 0): the population is not identifiable from these lists.");
        double a = n1, b = n2, c = m;
        var nHat = a * b / c;
        var variance = a * b * (a - c) * (b - c) / (c * c * c);
        return Build("Lincoln–Petersen", n1, n2, m, nHat, variance, confidence);
    }

    /// <summary>
    /// Chapman (1951), nearly unbiased when n1 + n2 ≥ N: N̂ = (n1+1)(n2+1)/(m+1) − 1, variance
    /// (n1+1)(n2+1)(n1−m)(n2−m) / ((m+1)²(m+2)) (Seber 1970). Defined for m = 0, but then it only restates that the
    /// lists are tiny compared with the population; the assumptions (closed population, independent lists, equal
    /// catchability) carry the whole weight of the number.
    /// </summary>
    public static TwoListEstimate Chapman(long n1, long n2, long m, double confidence = 0.95)
    {
        Validate(n1, n2, m, confidence);
        double a = n1, b = n2, c = m;
        var nHat = (a + 1) * (b + 1) / (c + 1) - 1;
        var variance = (a + 1) * (b + 1) * (a - c) * (b - c) / ((c + 1) * (c + 1) * (c + 2));
        return Build("Chapman", n1, n2, m, nHat, variance, confidence);
    }

    private static TwoListEstimate Build(string method, long n1, long n2, long m, double nHat, double variance, double confidence)
    {
        var z = Normal.InvCDF(0, 1, 0.5 + confidence / 2);
        var se = Math.Sqrt(variance);
        var lower = Math.Max(n1 + n2 - m, nHat - z * se);
        return new TwoListEstimate(method, n1, n2, m, nHat, variance, lower, nHat + z * se, confidence);
    }

    private static void Validate(long n1, long n2, long m, double confidence)
    {
        if (n1 < 0 || n2 < 0 || m < 0) throw new ArgumentException("List sizes and the overlap cannot be negative.");
        if (m > Math.Min(n1, n2)) throw new ArgumentException($"The overlap m = {m} cannot exceed either list (n1 = {n1}, n2 = {n2}).");
        if (confidence is <= 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(confidence), "Confidence must be in (0, 1).");
    }
}
