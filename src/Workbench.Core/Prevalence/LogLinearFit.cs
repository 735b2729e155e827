namespace Workbench.Prevalence;

/// <summary>
/// A Poisson log-linear model fitted to the 2^k − 1 observable cells of a capture table: intercept, one main effect
/// per list and the chosen pairwise interactions. The unseen cell is extrapolated as exp(intercept) (Fienberg 1972;
/// Cormack 1989), and N̂ = observed + exp(intercept).
/// </summary>
/// <param name="Pairs">The pairwise interactions in the model.</param>
/// <param name="PairNames">Their names, e.g. <c>PF·NCA</c>.</param>
/// <param name="Coefficients">Every coefficient, intercept first.</param>
/// <param name="Observed">Units seen on at least one list.</param>
/// <param name="Unseen">Estimated units seen on no list, exp(intercept).</param>
/// <param name="Deviance">Residual deviance against the saturated model.</param>
/// <param name="LogLikelihood">Poisson log-likelihood of the observed cells.</param>
/// <param name="Parameters">Number of fitted parameters.</param>
/// <param name="ResidualDf">Observable cells minus parameters.</param>
/// <param name="Converged">Whether IRLS converged on a non-singular design.</param>
public sealed record LogLinearFit(
    IReadOnlyList<ListPair> Pairs,
    IReadOnlyList<string> PairNames,
    IReadOnlyList<Coefficient> Coefficients,
    long Observed,
    double Unseen,
    double Deviance,
    double LogLikelihood,
    int Parameters,
    int ResidualDf,
    bool Converged)
{
    /// <summary>Estimated population size, observed + unseen.</summary>
    public double NHat => Observed + Unseen;

    /// <summary>Akaike's information criterion, −2 log L + 2 p.</summary>
    public double Aic => -2 * LogLikelihood + 2 * Parameters;

    /// <summary>A short name: "main effects" or "main effects + PF·NCA + …".</summary>
    public string ModelName => PairNames.Count == 0 ? "main effects" : "main effects + " + string.Join(" + ", PairNames);
}
