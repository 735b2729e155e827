namespace Workbench.Text;

/// <summary>One language's indicator lexicon, as read from <c>Text/Lexicons/indicators-&lt;language&gt;.json</c>.</summary>
/// <param name="Language">Two-letter language code (<c>en</c>, <c>fr</c>).</param>
/// <param name="Version">Semantic version of the file; counts made with different versions are not comparable.</param>
/// <param name="Description">What the file is and how its phrases are matched.</param>
/// <param name="Categories">The categories, each with evidence, caution and cues.</param>
public sealed record IndicatorLexiconFile(string Language, string Version, string Description, IReadOnlyList<IndicatorCategory> Categories);
