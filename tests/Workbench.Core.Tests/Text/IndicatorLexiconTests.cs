using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;
using Workbench.Text;

namespace Workbench.Tests.Text;

public class IndicatorLexiconTests
{
    private static string LexiconDir => Path.Combine(RepoPaths.Root, "src", "Workbench.Core", "Text", "Lexicons");

    public static TheoryData<string> Languages => new() { "en", "fr" };

    private static JsonSchema Schema() => JsonSchema.FromFile(
        Path.Combine(LexiconDir, "indicator-lexicon.schema.json"), new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_lexicon_file_is_valid_against_its_schema(string language)
    {
        // Given the schema and a lexicon file as it ships (the embedded copy is the file itself)
        var schema = Schema();
        var text = File.ReadAllText(Path.Combine(LexiconDir, $"indicators-{language}.json"));
        Assert.Equal(text, IndicatorLexicon.EmbeddedJson(language));
        using var doc = JsonDocument.Parse(text);
        // When
        var result = schema.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        // Then
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}"))));
        Assert.Equal(language, doc.RootElement.GetProperty("language").GetString());
    }

    [Fact]
    public void Schema_rejects_a_category_without_evidence_or_caution()
    {
        var schema = Schema();
        var bad = """
            {"lexicon":"indicators","version":"1.0.0","language":"en","description":"a lexicon without its cautions",
             "categories":[{"id":"movement","label":"Movement","description":"arrival words","evidence":[],"cues":[{"id":"a","phrases":["new in town"]}]}]}
            """;
        using var doc = JsonDocument.Parse(bad);
        Assert.False(schema.Evaluate(doc.RootElement).IsValid);
    }

    [Fact]
    public void Both_languages_cover_the_literature_categories_with_evidence_and_caution()
    {
        var expected = new[] { "movement", "third_person", "restricted_service", "youth", "pricing", "safety_screening", "spa_massage", "spam_scam" };
        foreach (var file in IndicatorLexicon.Default.Files)
        {
            var ids = file.Categories.Select(c => c.Id).ToArray();
            Assert.Subset(ids.ToHashSet(), expected.ToHashSet());
            Assert.Matches(new Regex(@"^\d+\.\d+\.\d+$"), file.Version);
            foreach (var c in file.Categories)
            {
                Assert.NotEmpty(c.Evidence);
                Assert.True(c.Caution.Length >= 40, $"{file.Language}/{c.Id}: caution too short");
                Assert.Equal(c.Cues.Count, c.Cues.Select(q => q.Id).Distinct().Count());
            }
        }
        Assert.Equal(
            IndicatorLexicon.Default.Files[0].Categories.Select(c => c.Id).Order(),
            IndicatorLexicon.Default.Files[1].Categories.Select(c => c.Id).Order());
        // The movement and screening cautions say what the study found: more common among independents.
        Assert.Contains("independent", IndicatorLexicon.Default.CautionOf("movement"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("independent", IndicatorLexicon.Default.CautionOf("safety_screening"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void No_phrase_is_listed_twice_or_under_two_cues()
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in IndicatorLexicon.Default.Files)
        {
            var inFile = new HashSet<string>(StringComparer.Ordinal);
            foreach (var c in file.Categories)
            {
                foreach (var q in c.Cues)
                {
                    foreach (var p in q.Phrases)
                    {
                        var key = string.Join(' ', PhraseMatcher<string>.Tokenize(p));
                        Assert.True(key.Length > 0, $"{file.Language}: empty phrase in {c.Id}/{q.Id}");
                        Assert.True(inFile.Add(key), $"{file.Language}: '{p}' twice (as '{key}')");
                        var cue = c.Id + ":" + q.Id;
                        if (seen.TryGetValue(key, out var other)) Assert.True(other == cue, $"'{p}' is {other} in one language and {cue} in another");
                        else seen[key] = cue;
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData("New in town for a few days only!", "movement:arrival", "New in town")]
    [InlineData("Juste arrivée à Montréal", "movement:arrival", "Juste arrivée")]
    [InlineData("INCALL ONLY downtown", "restricted_service:incall_only", "INCALL ONLY")]
    [InlineData("Our girls are friendly", "third_person:plural_voice", "Our girls")]
    [InlineData("send a gift card code to confirm", "spam_scam:gift_card", "gift card code")]
    [InlineData("Dépôt par carte-cadeau", "spam_scam:deposit", "Dépôt")]
    [InlineData("Screening may apply.", "safety_screening:screening", "Screening may apply")]
    [InlineData("Nos filles sont discrètes", "third_person:plural_voice", "Nos filles")]
    [InlineData("available 24/7", "restricted_service:always_available", "24/7")]
    public void Find_reports_the_cue_with_its_category_and_raw_span(string text, string value, string span)
    {
        var match = Assert.Single(IndicatorLexicon.Default.Find(text), m => m.Value == value);
        Assert.Equal(span, text[match.Start..match.End]);
    }

    [Theory]
    [InlineData("Please renew your membership")]
    [InlineData("Spaghetti and meatballs")]
    [InlineData("The news is good")]
    public void Find_matches_whole_words_only(string text)
    {
        Assert.Empty(IndicatorLexicon.Default.Find(text));
    }

    [Fact]
    public void The_api_reports_cues_and_never_a_score_or_verdict()
    {
        // A match carries what was found and where; nothing in the public surface scores an ad or a person.
        var members = typeof(IndicatorMatch).GetProperties().Select(p => p.Name).ToArray();
        Assert.Equal(["Category", "Cue", "End", "Language", "Phrase", "Start", "Value"], members.Order().ToArray());
        Assert.DoesNotContain(typeof(IndicatorLexicon).GetMethods(), m => m.Name.Contains("Score", StringComparison.Ordinal) || m.Name.Contains("Risk", StringComparison.Ordinal));
    }
}
