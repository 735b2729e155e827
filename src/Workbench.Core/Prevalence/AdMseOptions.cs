namespace Workbench.Prevalence;

/// <summary>Settings of <see cref="AdMseEstimator"/>.</summary>
public sealed record AdMseOptions
{
    /// <summary>How lists are formed.</summary>
    public AdListKind Lists { get; init; } = AdListKind.Sites;

    /// <summary>Number of time windows when <see cref="Lists"/> is <see cref="AdListKind.TimeWindows"/>.</summary>
    public int Windows { get; init; } = 4;

    /// <summary>Most lists; with more sites, the smallest are merged into one "other sites" list.</summary>
    public int MaxLists { get; init; } = 6;

    /// <summary>The log-linear estimation settings.</summary>
    public MseOptions Mse { get; init; } = new() { BootstrapReplicates = 200 };

    internal void Validate()
    {
        if (Windows is < 2 or > CaptureTable.MaxLists) throw new ArgumentOutOfRangeException(nameof(Windows), Windows, $"2–{CaptureTable.MaxLists} windows.");
        if (MaxLists is < 2 or > CaptureTable.MaxLists) throw new ArgumentOutOfRangeException(nameof(MaxLists), MaxLists, $"2–{CaptureTable.MaxLists} lists.");
        ArgumentNullException.ThrowIfNull(Mse);
    }
}
