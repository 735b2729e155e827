namespace Workbench.Prevalence;

/// <summary>One coefficient of a log-linear model, with its Wald standard error and two-sided p-value.</summary>
/// <param name="Term">Term name: <c>(intercept)</c>, a list name, or a pair such as <c>PF·NCA</c>.</param>
/// <param name="Estimate">Maximum-likelihood estimate.</param>
/// <param name="StdError">Standard error from the inverse Fisher information.</param>
/// <param name="PValue">Two-sided Wald p-value for the coefficient being 0.</param>
public sealed record Coefficient(string Term, double Estimate, double StdError, double PValue);
