namespace Workbench.Prevalence;

/// <summary>Settings of <see cref="MseEstimator"/>. Defaults follow the known-answer analysis of the UK 2013 data.</summary>
public sealed record MseOptions
{
    /// <summary>Which model to fit.</summary>
    public MseModel Model { get; init; } = MseModel.Stepwise;

    /// <summary>Stepwise stop rule: a candidate pair joins only if its Wald p-value is below this.</summary>
    public double PStop { get; init; } = 0.05;

    /// <summary>The pairs of a <see cref="MseModel.Specified"/> model, written <c>LIST:LIST</c>.</summary>
    public IReadOnlyList<string> Pairs { get; init; } = [];

    /// <summary>Confidence level of the intervals.</summary>
    public double Confidence { get; init; } = 0.95;

    /// <summary>Bootstrap replicates for the percentile interval (0: profile-likelihood interval only).</summary>
    public int BootstrapReplicates { get; init; } = 500;

    /// <summary>Whether each bootstrap replicate repeats the stepwise selection (slower, wider, more honest).</summary>
    public bool BootstrapReselects { get; init; }

    /// <summary>Seed of the bootstrap.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>A fitted |coefficient| above this counts as divergent (e^−15 ≈ 3·10⁻⁷: the term is pushing cells to zero).</summary>
    public double DivergentCoefficient { get; init; } = 15;

    /// <summary>A standard error above this counts as divergent.</summary>
    public double DivergentStdError { get; init; } = 100;

    internal void Validate()
    {
        if (PStop is <= 0 or > 1) throw new ArgumentOutOfRangeException(nameof(PStop), PStop, "PStop must be in (0, 1].");
        if (Confidence is <= 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(Confidence), Confidence, "Confidence must be in (0, 1).");
        if (BootstrapReplicates < 0) throw new ArgumentOutOfRangeException(nameof(BootstrapReplicates), BootstrapReplicates, "Replicates cannot be negative.");
        if (Model == MseModel.Specified && Pairs.Count == 0) throw new ArgumentException("A specified model needs at least one pair (else use MainEffects).", nameof(Pairs));
    }
}
