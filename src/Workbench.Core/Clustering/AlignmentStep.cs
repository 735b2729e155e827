namespace Workbench.Clustering;

/// <summary>One step of a member's alignment (the <c>operation</c> object of <c>data-schemas/cluster.md</c>).</summary>
/// <param name="Kind">The kind of step.</param>
/// <param name="Word">The member's word (match, substitution, insertion); for a match at a contact position, the member's own token.</param>
/// <param name="TemplateWord">The template's word replaced or missing (substitution, deletion).</param>
/// <param name="Slot">Number of the slot filled (slot), else −1.</param>
/// <param name="Words">The member's words in the slot (slot), else empty.</param>
public sealed record AlignmentStep(AlignmentKind Kind, string? Word, string? TemplateWord, int Slot, IReadOnlyList<string> Words);
