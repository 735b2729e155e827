namespace Workbench.Text;

/// <summary>One published source behind an indicator category, and what it found, in the lexicon's own words.</summary>
/// <param name="Source">The citation.</param>
/// <param name="Finding">What the source found or did, as it bears on the category.</param>
public sealed record IndicatorEvidence(string Source, string Finding);
