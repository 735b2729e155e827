namespace Workbench.Text;

/// <summary>
/// A category of indicator cues as the literature groups them (movement, third-person voice, …), with the evidence
/// behind it and the caution that must travel with any count of it.
/// </summary>
/// <param name="Id">Identifier (<c>movement</c>, <c>spam_scam</c>), the same in every language.</param>
/// <param name="Label">Human-readable name in the lexicon's language.</param>
/// <param name="Description">What the cues of the category have in common.</param>
/// <param name="Evidence">The published sources behind the category.</param>
/// <param name="Caution">What a count of this category does not mean; show it beside every chart of it.</param>
/// <param name="Cues">The cues and their phrases.</param>
public sealed record IndicatorCategory(
    string Id,
    string Label,
    string Description,
    IReadOnlyList<IndicatorEvidence> Evidence,
    string Caution,
    IReadOnlyList<IndicatorCue> Cues);
