namespace Workbench.Text;

/// <summary>The result of <see cref="EntityEvaluation.Run"/>: scores per kind and every error.</summary>
/// <param name="Snippets">Number of snippets evaluated.</param>
/// <param name="ByKind">Scores per kind, over the snippets that label that kind.</param>
/// <param name="Errors">Every snippet and kind with a miss or a false find.</param>
public sealed record EntityEvaluationReport(int Snippets, IReadOnlyDictionary<EntityKind, ExtractionScore> ByKind, IReadOnlyList<ExtractionError> Errors)
{
    /// <summary>A plain-text table of the scores.</summary>
    public string ToText()
    {
        var sb = new System.Text.StringBuilder();
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        sb.AppendLine(inv, $"{Snippets} snippets");
        sb.AppendLine("kind      TP    FP    FN  precision  recall");
        foreach (var (kind, s) in ByKind.OrderBy(k => k.Key))
            sb.AppendLine(inv, $"{kind,-7} {s.TruePositives,5} {s.FalsePositives,5} {s.FalseNegatives,5}  {s.Precision,9:F4}  {s.Recall,6:F4}");
        return sb.ToString();
    }
}
