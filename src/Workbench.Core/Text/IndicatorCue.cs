namespace Workbench.Text;

/// <summary>One cue of an indicator category: an identifier and the phrases that express it.</summary>
/// <param name="Id">Identifier, unique in its category (<c>arrival</c>, <c>incall_only</c>).</param>
/// <param name="Phrases">Lower-case phrases; a trailing <c>*</c> on a word matches any ending.</param>
public sealed record IndicatorCue(string Id, IReadOnlyList<string> Phrases);
