namespace Workbench.Text;

/// <summary>The result of <see cref="ExtractionEvaluation.Run"/>: scores per kind and per category, and every error.</summary>
/// <param name="Snippets">Number of snippets evaluated.</param>
/// <param name="ByKind">Scores per entity kind (URLs only over snippets that label them).</param>
/// <param name="PhonesByCategory">Phone scores per snippet category, to see which disguise or negative fails.</param>
/// <param name="Errors">Every snippet and kind with a miss or a false find.</param>
public sealed record ExtractionReport(
    int Snippets,
    IReadOnlyDictionary<EntityKind, ExtractionScore> ByKind,
    IReadOnlyDictionary<string, ExtractionScore> PhonesByCategory,
    IReadOnlyList<ExtractionError> Errors)
{
    /// <summary>A plain-text table of the scores, for the CLI and test output.</summary>
    public string ToText()
    {
        var sb = new System.Text.StringBuilder();
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        sb.AppendLine(inv, $"{Snippets} snippets");
        sb.AppendLine("kind      TP    FP    FN  precision  recall");
        foreach (var (kind, s) in ByKind.OrderBy(k => k.Key))
            sb.AppendLine(inv, $"{kind,-7} {s.TruePositives,5} {s.FalsePositives,5} {s.FalseNegatives,5}  {s.Precision,9:F4}  {s.Recall,6:F4}");
        sb.AppendLine("phones by category");
        foreach (var (category, s) in PhonesByCategory.OrderBy(k => k.Key, StringComparer.Ordinal))
            sb.AppendLine(inv, $"  {category,-22} {s.TruePositives,5} {s.FalsePositives,5} {s.FalseNegatives,5}  {s.Precision,9:F4}  {s.Recall,6:F4}");
        return sb.ToString();
    }
}
