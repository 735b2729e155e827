namespace Workbench.Text;

/// <summary>Counts and rates of one entity kind over an evaluation set.</summary>
/// <param name="TruePositives">Expected values that were found.</param>
/// <param name="FalsePositives">Values found that were not expected.</param>
/// <param name="FalseNegatives">Expected values that were not found.</param>
public sealed record ExtractionScore(int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>TP / (TP + FP); 1 when nothing was found (no false claim was made).</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN); 1 when nothing was expected.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>Harmonic mean of <see cref="Precision"/> and <see cref="Recall"/>.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Adds two scores.</summary>
    public static ExtractionScore operator +(ExtractionScore a, ExtractionScore b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);
    }

    /// <summary>Same as the <c>+</c> operator, for languages without operator overloading.</summary>
    public static ExtractionScore Add(ExtractionScore left, ExtractionScore right) => left + right;

    /// <summary>The empty score.</summary>
    public static ExtractionScore Zero { get; } = new(0, 0, 0);
}
