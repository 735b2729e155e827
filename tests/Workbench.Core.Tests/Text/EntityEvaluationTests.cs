using Workbench.Text;
using Xunit.Abstractions;

namespace Workbench.Tests.Text;

public class EntityEvaluationTests(ITestOutputHelper output)
{
    private static string DataFile(string name) => Path.Combine(AppContext.BaseDirectory, "Text", "Data", name);

    [Fact]
    public void Prices_ages_names_and_cities_score_well_on_the_hand_labelled_set()
    {
        // Given the hand-written set (forms in English and French, and negatives of every kind)
        var snippets = LabelledEntities.ReadJsonl(DataFile("entities-labelled.jsonl"));
        Assert.True(snippets.Count >= 120, $"only {snippets.Count} snippets");
        // When
        var report = EntityEvaluation.Run(snippets);
        output.WriteLine(report.ToText());
        foreach (var e in report.Errors) output.WriteLine($"{e.SnippetId} {e.Category} {e.Kind}: missed [{string.Join(", ", e.Missed)}] spurious [{string.Join(", ", e.Spurious)}]");
        // Then every kind is found with precision ≥ 0.9 and recall ≥ 0.85 (thresholds set before the first run)
        foreach (var kind in new[] { EntityKind.Price, EntityKind.Age, EntityKind.Name, EntityKind.City })
        {
            var s = report.ByKind[kind];
            Assert.True(s.Precision >= 0.9, $"{kind} precision {s.Precision:F3}\n{report.ToText()}");
            Assert.True(s.Recall >= 0.85, $"{kind} recall {s.Recall:F3}\n{report.ToText()}");
        }
    }

    [Fact]
    public void Run_counts_misses_and_false_finds_per_kind()
    {
        var snippets = new[]
        {
            LabelledEntities.Parse("""{"id":"a","category":"t","text":"$150/hr","prices":["150 CAD/60min"]}"""),
            LabelledEntities.Parse("""{"id":"b","category":"t","text":"nothing","prices":["90 CAD"]}"""),
            LabelledEntities.Parse("""{"id":"c","category":"t","text":"$200 HH","prices":[]}"""),
        };
        var score = EntityEvaluation.Run(snippets).ByKind[EntityKind.Price];
        Assert.Equal(new ExtractionScore(1, 1, 1), score);
    }
}
