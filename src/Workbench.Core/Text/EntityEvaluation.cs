namespace Workbench.Text;

/// <summary>
/// Scores the price, age, name and city finders of <see cref="EntityExtractor"/> against labelled snippets:
/// precision and recall per kind, comparing sets of normalized values per snippet (as
/// <see cref="ExtractionEvaluation"/> does for contacts).
/// </summary>
public static class EntityEvaluation
{
    /// <summary>Runs the extractor over <paramref name="snippets"/> and scores it.</summary>
    public static EntityEvaluationReport Run(IEnumerable<LabelledEntities> snippets, EntityExtractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(snippets);
        var byKind = new Dictionary<EntityKind, ExtractionScore>();
        var errors = new List<ExtractionError>();
        var count = 0;
        foreach (var snippet in snippets)
        {
            count++;
            var found = EntityExtractor.Extract(snippet.Text, options);
            foreach (var (kind, expected) in snippet.Expected)
            {
                var want = expected.ToHashSet(StringComparer.Ordinal);
                var got = found.Where(e => e.Kind == kind).Select(e => e.Value).ToHashSet(StringComparer.Ordinal);
                var missed = want.Where(v => !got.Contains(v)).Order(StringComparer.Ordinal).ToArray();
                var spurious = got.Where(v => !want.Contains(v)).Order(StringComparer.Ordinal).ToArray();
                if (missed.Length > 0 || spurious.Length > 0) errors.Add(new ExtractionError(snippet.Id, snippet.Category, kind, missed, spurious));
                var score = new ExtractionScore(want.Count - missed.Length, spurious.Length, missed.Length);
                byKind[kind] = byKind.GetValueOrDefault(kind, ExtractionScore.Zero) + score;
            }
        }
        return new EntityEvaluationReport(count, byKind, errors);
    }
}
