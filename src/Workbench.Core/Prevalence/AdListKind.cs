namespace Workbench.Prevalence;

/// <summary>How ad data is cut into the "lists" of multiple-systems estimation.</summary>
public enum AdListKind
{
    /// <summary>One list per site (the smallest sites merged when there are more than the list limit).</summary>
    Sites,

    /// <summary>One list per equal time window of the observation period.</summary>
    TimeWindows,
}
