namespace Workbench.Prevalence;

/// <summary>
/// A multiple-systems estimate: the chosen log-linear model, N̂ with its profile-likelihood and bootstrap intervals,
/// the stepwise path and the terms the identifiability guard refused.
/// </summary>
/// <param name="Table">The capture table.</param>
/// <param name="Model">How the model was chosen.</param>
/// <param name="Fit">The fitted model.</param>
/// <param name="ProfileInterval">Interval for N̂ from the profile likelihood of the intercept (χ²₁ cut-off).</param>
/// <param name="BootstrapInterval">Percentile interval from a nonparametric bootstrap of the observed units; null when not run.</param>
/// <param name="BootstrapFailures">Replicates whose model was not identifiable (left out of the percentile interval).</param>
/// <param name="Path">Stepwise steps, in order (empty for other models).</param>
/// <param name="StopReason">Why stepwise selection stopped (empty for other models).</param>
/// <param name="Refused">Every candidate the guard refused along the way, with the reason.</param>
/// <param name="Confidence">Confidence level of the intervals.</param>
/// <param name="ModelsFitted">GLM fits it took (stepwise candidates and the final model; not profile or bootstrap fits).</param>
public sealed record MseEstimate(
    CaptureTable Table,
    MseModel Model,
    LogLinearFit Fit,
    Interval ProfileInterval,
    Interval? BootstrapInterval,
    int BootstrapFailures,
    IReadOnlyList<StepwiseStep> Path,
    string StopReason,
    IReadOnlyList<GuardFinding> Refused,
    double Confidence,
    int ModelsFitted)
{
    /// <summary>Units seen on at least one list.</summary>
    public long Observed => Fit.Observed;

    /// <summary>Estimated units seen on no list.</summary>
    public double Unseen => Fit.Unseen;

    /// <summary>Estimated population size.</summary>
    public double NHat => Fit.NHat;

    /// <summary>The model's short label for tables and the CLI: <c>main</c>, <c>stepwise</c> or <c>specified</c>.</summary>
    public string Label => Model switch
    {
        MseModel.MainEffects => "main",
        MseModel.Stepwise => "stepwise",
        _ => "specified",
    };

    /// <summary>The assumptions every log-linear MSE number rests on, to print next to it.</summary>
    public static IReadOnlyList<string> Assumptions { get; } =
    [
        "closed population: the same units could be on every list during the period (no entries or exits)",
        "units are matched without error across lists (one unit, one identity on every list)",
        "dependence between lists is captured by the pairwise terms in the model; higher-order dependence and unmodelled heterogeneity of capture bias N̂ (usually downwards)",
        "the unseen cell is an extrapolation of the fitted model: it is only as good as the model",
    ];
}
