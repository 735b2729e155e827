namespace Workbench.Prevalence;

/// <summary>One step of stepwise selection: the pair added, the model's AIC and estimate after it, and what the guard refused.</summary>
/// <param name="Step">1 for the first pair added.</param>
/// <param name="Added">The pair added, e.g. <c>PF·NCA</c>.</param>
/// <param name="PValue">Wald p-value of the added pair.</param>
/// <param name="Aic">AIC of the model after the step.</param>
/// <param name="NHat">N̂ after the step.</param>
/// <param name="Refused">Candidates the identifiability guard refused at this step.</param>
public sealed record StepwiseStep(int Step, string Added, double PValue, double Aic, double NHat, IReadOnlyList<GuardFinding> Refused);
