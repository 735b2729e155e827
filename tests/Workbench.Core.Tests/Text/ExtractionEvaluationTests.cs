using Workbench.Text;
using Xunit.Abstractions;

namespace Workbench.Tests.Text;

public class ExtractionEvaluationTests(ITestOutputHelper output)
{
    private static string DataFile(string name) => Path.Combine(AppContext.BaseDirectory, "Text", "Data", name);

    [Fact]
    public void Phone_extraction_meets_the_project_targets_on_the_labelled_set()
    {
        // Given the labelled phone set (hand-written hard cases and generated disguises, with negatives)
        var snippets = LabelledSnippet.ReadJsonl(DataFile("phones-labelled.jsonl"));
        Assert.True(snippets.Count >= 500, $"only {snippets.Count} snippets");
        Assert.True(snippets.Count(s => s.Phones.Count == 0) >= 80, "too few negatives");
        // When
        var report = ExtractionEvaluation.Run(snippets);
        output.WriteLine(report.ToText());
        foreach (var e in report.Errors) output.WriteLine($"{e.SnippetId} {e.Category} {e.Kind}: missed [{string.Join(", ", e.Missed)}] spurious [{string.Join(", ", e.Spurious)}]");
        // Then the project's targets hold
        var phones = report.ByKind[EntityKind.Phone];
        Assert.True(phones.Precision >= 0.98, $"phone precision {phones.Precision:F4}");
        Assert.True(phones.Recall >= 0.95, $"phone recall {phones.Recall:F4}");
    }

    [Fact]
    public void Email_and_handle_extraction_score_well_on_their_sets()
    {
        var emails = ExtractionEvaluation.Run(LabelledSnippet.ReadJsonl(DataFile("emails-labelled.jsonl")));
        var handles = ExtractionEvaluation.Run(LabelledSnippet.ReadJsonl(DataFile("handles-labelled.jsonl")));
        output.WriteLine("e-mails\n" + emails.ToText());
        output.WriteLine("handles\n" + handles.ToText());
        foreach (var e in emails.Errors.Concat(handles.Errors)) output.WriteLine($"{e.SnippetId} {e.Kind}: missed [{string.Join(", ", e.Missed)}] spurious [{string.Join(", ", e.Spurious)}]");
        Assert.True(emails.ByKind[EntityKind.Email].Precision >= 0.95 && emails.ByKind[EntityKind.Email].Recall >= 0.9, emails.ToText());
        Assert.True(handles.ByKind[EntityKind.Handle].Precision >= 0.95 && handles.ByKind[EntityKind.Handle].Recall >= 0.9, handles.ToText());
    }

    [Fact]
    public void Run_counts_misses_and_false_finds()
    {
        // Given one snippet with a phone the extractor finds, one it cannot, and a negative with a real number in it
        var snippets = new[]
        {
            new LabelledSnippet("a", "t", null, "call 416 839 2210", ["+14168392210"], [], [], null),
            new LabelledSnippet("b", "t", null, "nothing here", ["+16473027781"], [], [], null),
            new LabelledSnippet("c", "t", null, "647 302 7781", [], [], [], null),
        };
        // When
        var score = ExtractionEvaluation.Run(snippets).ByKind[EntityKind.Phone];
        // Then
        Assert.Equal(new ExtractionScore(1, 1, 1), score);
        Assert.Equal(0.5, score.Precision);
        Assert.Equal(0.5, score.Recall);
    }

    [Fact]
    public void Committed_phone_set_is_the_hand_written_file_followed_by_the_seeded_generator()
    {
        // Given the hand-written snippets and the generator with its fixed seed
        var expected = File.ReadAllLines(DataFile("phones-handwritten.jsonl")).Where(l => l.Length > 0)
            .Concat(LabelledSetGenerator.Generate(LabelledSetGenerator.Seed, LabelledSetGenerator.Count).Select(s => s.ToJson()))
            .ToList();
        var path = Path.Combine(RepoPaths.Root, "tests", "Workbench.Core.Tests", "Text", "Data", "phones-labelled.jsonl");
        if (Environment.GetEnvironmentVariable("WORKBENCH_REGENERATE_TEXT_DATA") == "1")
            File.WriteAllText(path, string.Join('\n', expected) + "\n");
        // Then the committed file is exactly that (regenerate with WORKBENCH_REGENERATE_TEXT_DATA=1)
        Assert.Equal(expected, File.ReadAllLines(path).Where(l => l.Length > 0).ToList());
    }
}
