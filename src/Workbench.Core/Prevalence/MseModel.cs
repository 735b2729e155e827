namespace Workbench.Prevalence;

/// <summary>Which log-linear model multiple-systems estimation fits.</summary>
public enum MseModel
{
    /// <summary>Main effects only: the lists are independent given the population (rarely true; a baseline).</summary>
    MainEffects,

    /// <summary>
    /// Main effects, then pairwise interactions added one at a time by lowest AIC while the added term's Wald p-value
    /// stays below <see cref="MseOptions.PStop"/>; candidates that fail the identifiability guard are skipped.
    /// </summary>
    Stepwise,

    /// <summary>Main effects plus exactly the pairs in <see cref="MseOptions.Pairs"/>; refused if any is not identifiable.</summary>
    Specified,
}
