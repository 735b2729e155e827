namespace Workbench.Text;

/// <summary>
/// One indicator cue found in a text: a phrase of the lexicon, where it is, and which category and cue it belongs
/// to. A cue, never a verdict: read it with its category's <see cref="IndicatorCategory.Caution"/>.
/// </summary>
/// <param name="Category">Category id (<c>movement</c>).</param>
/// <param name="Cue">Cue id within the category (<c>arrival</c>).</param>
/// <param name="Language">Language of the lexicon phrase that matched.</param>
/// <param name="Phrase">The lexicon phrase that matched.</param>
/// <param name="Start">First raw UTF-16 offset of the match (inclusive).</param>
/// <param name="End">Raw offset just past the match (exclusive).</param>
public sealed record IndicatorMatch(string Category, string Cue, string Language, string Phrase, int Start, int End)
{
    /// <summary>The value written to entity tables: <c>category:cue</c>.</summary>
    public string Value => Category + ":" + Cue;
}
