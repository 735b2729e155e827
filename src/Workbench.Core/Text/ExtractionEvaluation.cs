namespace Workbench.Text;

/// <summary>
/// Scores <see cref="ContactExtractor"/> against labelled snippets: precision and recall per entity kind.
/// </summary>
/// <remarks>
/// Each snippet is compared as sets of canonical values per kind (a value found twice counts once). The phone
/// of a WhatsApp handle counts as a phone found (<see cref="ContactExtractor.PhoneOf"/>), because the
/// pseudonymizer tokenizes it as one. Spans are not scored here; the unit tests check them.
/// </remarks>
public static class ExtractionEvaluation
{
    /// <summary>Runs the extractor over <paramref name="snippets"/> and scores it.</summary>
    /// <param name="snippets">Labelled snippets, e.g. from <see cref="LabelledSnippet.ReadJsonl"/>.</param>
    public static ExtractionReport Run(IEnumerable<LabelledSnippet> snippets)
    {
        ArgumentNullException.ThrowIfNull(snippets);
        var byKind = new Dictionary<EntityKind, ExtractionScore>
        {
            [EntityKind.Phone] = ExtractionScore.Zero,
            [EntityKind.Email] = ExtractionScore.Zero,
            [EntityKind.Handle] = ExtractionScore.Zero,
            [EntityKind.Url] = ExtractionScore.Zero,
        };
        var byCategory = new Dictionary<string, ExtractionScore>(StringComparer.Ordinal);
        var errors = new List<ExtractionError>();
        var count = 0;
        foreach (var snippet in snippets)
        {
            count++;
            IEnumerable<TextEntity> found;
            if (snippet.Title is null)
            {
                found = ContactExtractor.Extract(snippet.Text);
            }
            else
            {
                var across = ContactExtractor.ExtractAcross(snippet.Title, snippet.Text);
                found = across.Title.Concat(across.Body);
            }
            var entities = found.ToList();

            var phones = entities.Select(ContactExtractor.PhoneOf).OfType<string>();
            var phoneScore = Score(snippet, EntityKind.Phone, snippet.Phones, phones, errors);
            byKind[EntityKind.Phone] += phoneScore;
            byCategory[snippet.Category] = byCategory.GetValueOrDefault(snippet.Category, ExtractionScore.Zero) + phoneScore;
            byKind[EntityKind.Email] += Score(snippet, EntityKind.Email, snippet.Emails, ValuesOf(entities, EntityKind.Email), errors);
            byKind[EntityKind.Handle] += Score(snippet, EntityKind.Handle, snippet.Handles, ValuesOf(entities, EntityKind.Handle), errors);
            if (snippet.Urls is not null)
                byKind[EntityKind.Url] += Score(snippet, EntityKind.Url, snippet.Urls, ValuesOf(entities, EntityKind.Url), errors);
        }
        return new ExtractionReport(count, byKind, byCategory, errors);
    }

    private static IEnumerable<string> ValuesOf(List<TextEntity> entities, EntityKind kind) =>
        entities.Where(e => e.Kind == kind).Select(e => e.Value);

    private static ExtractionScore Score(LabelledSnippet snippet, EntityKind kind, IEnumerable<string> expected, IEnumerable<string> found, List<ExtractionError> errors)
    {
        var want = expected.ToHashSet(StringComparer.Ordinal);
        var got = found.ToHashSet(StringComparer.Ordinal);
        var tp = want.Count(got.Contains);
        var missed = want.Where(v => !got.Contains(v)).Order(StringComparer.Ordinal).ToArray();
        var spurious = got.Where(v => !want.Contains(v)).Order(StringComparer.Ordinal).ToArray();
        if (missed.Length > 0 || spurious.Length > 0) errors.Add(new ExtractionError(snippet.Id, snippet.Category, kind, missed, spurious));
        return new ExtractionScore(tp, spurious.Length, missed.Length);
    }
}
