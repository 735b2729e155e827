namespace Workbench.Prevalence;

/// <summary>Settings of <see cref="MseSimulation"/>.</summary>
public sealed record MseSimulationOptions
{
    /// <summary>Corpus seeds: one synthetic corpus, with its planted truth, per seed.</summary>
    public IReadOnlyList<int> Seeds { get; init; } = [1, 2, 3];

    /// <summary>Ads per corpus.</summary>
    public int Ads { get; init; } = 20_000;

    /// <summary>Sites per corpus (lists when lists are sites).</summary>
    public int Sites { get; init; } = 4;

    /// <summary>Probability that the simulated scraper sees an ad (the rest are missed).</summary>
    public double ScrapeProbability { get; init; } = 0.3;

    /// <summary>Time windows when lists are windows.</summary>
    public int Windows { get; init; } = 4;

    /// <summary>Detection lists the generator simulates (4–6).</summary>
    public int DetectionLists { get; init; } = 5;

    /// <summary>Estimation settings (the bootstrap is off by default: the profile interval is what is scored).</summary>
    public MseOptions Mse { get; init; } = new() { BootstrapReplicates = 0 };

    internal void Validate()
    {
        if (Seeds.Count == 0) throw new ArgumentException("At least one seed.", nameof(Seeds));
        if (ScrapeProbability is <= 0 or > 1) throw new ArgumentOutOfRangeException(nameof(ScrapeProbability), ScrapeProbability, "Must be in (0, 1].");
    }
}
