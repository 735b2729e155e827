namespace Workbench.Prevalence;

/// <summary>How rates are broken down.</summary>
public enum RateDimension
{
    /// <summary>Canada as a whole.</summary>
    National,

    /// <summary>Province or territory (the ad's province, else its city's).</summary>
    Province,

    /// <summary>Metropolitan area or ad-market city of the reference table (aliases resolved).</summary>
    Metro,

    /// <summary>ISO week of the posting time (UTC), e.g. <c>2026-W23</c>.</summary>
    Week,
}
