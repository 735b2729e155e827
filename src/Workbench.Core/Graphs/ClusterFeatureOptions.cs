using Workbench.Text;

namespace Workbench.Graphs;

/// <summary>Settings of <see cref="ClusterFeatureCalculator"/>.</summary>
public sealed record ClusterFeatureOptions
{
    /// <summary>
    /// Count ads with indicator cues (<see cref="ClusterFeatures.CueShare"/> feature). Costs one lexicon scan per ad, about as much as
    /// all other features together; turn off for quick looks.
    /// </summary>
    public bool CountCues { get; init; } = true;

    /// <summary>The lexicon for cues (null: <see cref="IndicatorLexicon.Default"/>).</summary>
    public IndicatorLexicon? Lexicon { get; init; }

    /// <summary>Days at the start of a group whose places give the initial radius for <see cref="ClusterFeatures.RadiusGrowthKmPerDay"/> (7).</summary>
    public int InitialRadiusDays { get; init; } = 7;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting out of range.</summary>
    public void Validate()
    {
        if (InitialRadiusDays < 1) throw new ArgumentException($"{nameof(InitialRadiusDays)} must be at least 1 (was {InitialRadiusDays}).");
    }
}
