namespace Workbench.Prevalence;

/// <summary>Settings of <see cref="RateEstimator"/>.</summary>
public sealed record RateOptions
{
    /// <summary>Bootstrap replicates for the intervals.</summary>
    public int BootstrapReplicates { get; init; } = 200;

    /// <summary>Confidence level of the intervals.</summary>
    public double Confidence { get; init; } = 0.95;

    /// <summary>Counts below this are suppressed in every export (small cells can point at individuals).</summary>
    public int SuppressBelow { get; init; } = 5;

    /// <summary>
    /// Whether a breakdown with exactly one suppressed cell also withholds its smallest shown cell, so that the
    /// suppressed count cannot be recovered by subtracting the shown ones from the published total.
    /// </summary>
    public bool ComplementarySuppression { get; init; } = true;

    /// <summary>Rates are per this many residents (2021 census).</summary>
    public int PerResidents { get; init; } = 100_000;

    /// <summary>Seed of the bootstrap.</summary>
    public int Seed { get; init; } = 1;

    internal void Validate()
    {
        if (BootstrapReplicates < 2) throw new ArgumentOutOfRangeException(nameof(BootstrapReplicates), BootstrapReplicates, "At least 2 replicates.");
        if (Confidence is <= 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(Confidence), Confidence, "Confidence must be in (0, 1).");
        if (SuppressBelow < 0) throw new ArgumentOutOfRangeException(nameof(SuppressBelow), SuppressBelow, "Cannot be negative.");
        if (PerResidents <= 0) throw new ArgumentOutOfRangeException(nameof(PerResidents), PerResidents, "Must be positive.");
    }
}
