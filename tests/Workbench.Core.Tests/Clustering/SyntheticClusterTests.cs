using System.Text.Json;
using Workbench.Clustering;
using Workbench.Evaluation;
using Workbench.Synthetic;
using Workbench.Tests.Schemas;

namespace Workbench.Tests.Clustering;

/// <summary>The detector on the seeded synthetic corpus (8,000 ads): quality against the planted truth, outputs against the schemas.</summary>
public class SyntheticClusterTests(SyntheticClusterFixture fixture) : IClassFixture<SyntheticClusterFixture>
{
    [Fact]
    public void Micro_clusters_recover_the_planted_templates_with_ARI_above_the_issue_target()
    {
        // When
        var report = ClusterEvaluation.Evaluate(fixture.Result, fixture.Truth);

        // Then: the issue's target (one cluster for everything, or none, scores about 0)
        Assert.True(report.Templates.AdjustedRandIndex >= 0.9, $"ARI {report.Templates.AdjustedRandIndex:F3}");
        Assert.True(report.Templates.PairPrecision >= 0.85 && report.Templates.PairRecall >= 0.9,
            $"precision {report.Templates.PairPrecision:F3}, recall {report.Templates.PairRecall:F3}");
        var spam = report.ByActorType.Single(t => t.Type == ActorType.Spam);
        Assert.True(spam.Templates.AdjustedRandIndex >= 0.95, $"spam ARI {spam.Templates.AdjustedRandIndex:F3}");
        Assert.All(report.ByActorType, t => Assert.Equal(0, t.CrossTypeMicroPairs));
    }

    [Fact]
    public void Fitting_twice_or_on_one_thread_gives_the_same_result()
    {
        // When
        var again = new MicroClusterDetector(new MicroClusterOptions { MaxDegreeOfParallelism = 1 }).Fit(fixture.Ads).Result;

        // Then
        Assert.Equal(fixture.Result.Assignments, again.Assignments);
        Assert.Equal(fixture.Result.Clusters.Select(c => c.TemplateText), again.Clusters.Select(c => c.TemplateText));
    }

    [Fact]
    public void Every_alignment_rebuilds_its_member_text_and_costs_add_up()
    {
        var words = fixture.Ads.ToDictionary(a => a.AdId, Words);
        foreach (var cluster in fixture.Result.Clusters.Take(300))
        {
            Assert.True(cluster.CostAfterBits < cluster.CostBeforeBits);
            Assert.Equal(cluster.Members.Count, cluster.Alignments.Count);
            var template = cluster.Template.Select(t => t.Word).ToList();
            foreach (var a in cluster.Alignments)
            {
                var rebuilt = new List<string>();
                var item = 0;
                foreach (var op in a.Operations)
                {
                    switch (op.Kind)
                    {
                        case AlignmentKind.Insertion: rebuilt.Add(op.Word!); continue;
                        case AlignmentKind.Match:
                            Assert.True(template[item] == op.Word || op.Word!.StartsWith(Prefixes.GetValueOrDefault(template[item]!, "?"), StringComparison.Ordinal),
                                $"match of '{op.Word}' at template word '{template[item]}'");
                            rebuilt.Add(op.Word!);
                            break;
                        case AlignmentKind.Substitution: Assert.Equal(template[item], op.TemplateWord); rebuilt.Add(op.Word!); break;
                        case AlignmentKind.Deletion: Assert.Equal(template[item], op.TemplateWord); break;
                        default: Assert.True(cluster.Template[item].IsSlot); rebuilt.AddRange(op.Words); break;
                    }
                    item++;
                }
                Assert.Equal(cluster.Template.Count, item);
                Assert.Equal(words[a.AdId], rebuilt);
            }
        }
    }

    [Fact]
    public void Files_validate_against_the_cluster_schemas_and_hold_no_raw_contact()
    {
        // Given
        using var dir = new TempDir();
        var csv = dir.File("clusters.csv");

        // When
        ClusterFiles.WriteCsv(fixture.Result, csv);
        ClusterFiles.WriteTemplates(fixture.Result, ClusterFiles.TemplatesPathFor(csv));

        // Then: one row per ad, each valid
        var lines = File.ReadAllLines(csv);
        Assert.Equal(ClusterFiles.CsvHeader, lines[0]);
        Assert.Equal(fixture.Ads.Count + 1, lines.Length);
        foreach (var line in lines.Skip(1).Where((_, i) => i % 7 == 0))
        {
            var cells = line.Split(',');
            var row = JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["ad_id"] = cells[0],
                ["micro_cluster_id"] = int.Parse(cells[1], System.Globalization.CultureInfo.InvariantCulture),
                ["template_id"] = int.Parse(cells[2], System.Globalization.CultureInfo.InvariantCulture),
                ["meta_cluster_id"] = int.Parse(cells[3], System.Globalization.CultureInfo.InvariantCulture),
                ["score"] = double.Parse(cells[4], System.Globalization.CultureInfo.InvariantCulture),
            });
            var results = SchemaCatalog.Evaluate("clusters-csv.schema.json", row);
            Assert.True(results.IsValid, $"{line}: {SchemaCatalog.Describe(results)}");
        }
        var templates = File.ReadAllLines(ClusterFiles.TemplatesPathFor(csv));
        Assert.Equal(fixture.Result.Clusters.Count, templates.Length);
        foreach (var line in templates.Take(200))
        {
            var results = SchemaCatalog.Evaluate("cluster.schema.json", line);
            Assert.True(results.IsValid, SchemaCatalog.Describe(results));
        }
        var everything = string.Join('\n', lines) + string.Join('\n', templates);
        foreach (var raw in fixture.Raw.SelectMany(a => a.Phones.Concat(a.Emails)).Distinct().Take(500))
        {
            Assert.DoesNotContain(raw, everything, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_incremental_update_stays_close_to_the_batch_fit_and_keeps_existing_templates()
    {
        // Given the corpus split into everything but its last four weeks, and those weeks
        var report = IncrementalEvaluation.Run(fixture.Ads, 4);

        // Then
        Assert.Equal(4, report.UpdateAds.Count);
        Assert.True(report.Agreement.AdjustedRandIndex >= 0.9, $"agreement ARI {report.Agreement.AdjustedRandIndex:F3}");
        var quality = ClusterEvaluation.Evaluate(report.Incremental, fixture.Truth);
        Assert.True(quality.Templates.AdjustedRandIndex >= 0.85, $"incremental ARI {quality.Templates.AdjustedRandIndex:F3}");
    }

    [Fact]
    public void Update_keeps_the_fitted_model_unchanged_and_template_ids_stable()
    {
        // Given a model of the first 6,000 ads
        var first = new MicroClusterDetector().Fit(fixture.Ads.Take(6_000));
        var before = first.Result.Assignments.ToList();

        // When the rest is added
        var updated = first.Update(fixture.Ads.Skip(6_000));

        // Then
        Assert.Equal(before, first.Result.Assignments);
        Assert.Equal(fixture.Ads.Count, updated.AdCount);
        foreach (var c in first.Result.Clusters)
        {
            var same = updated.Result.Clusters[c.ClusterId];
            Assert.Equal(c.TemplateId, same.TemplateId);
            Assert.Equal(c.TemplateText, same.TemplateText);
            Assert.True(same.Members.Count >= c.Members.Count);
        }
        Assert.Throws<ArgumentException>(() => updated.Update(fixture.Ads.Take(1)));
    }

    private static readonly Dictionary<string, string> Prefixes = new(StringComparer.Ordinal)
    {
        ["<phone>"] = "ph_",
        ["<email>"] = "em_",
        ["<handle>"] = "hd_",
        ["<url>"] = "ur_",
    };

    private static List<string> Words(Workbench.Data.Ad ad)
    {
        var vocabulary = new Vocabulary();
        var ids = new List<int>();
        var tokens = new List<string>();
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        AdTokenizer.Append(ad.Title, vocabulary, ids, tokens, 2_000, pool);
        AdTokenizer.Append(ad.Body, vocabulary, ids, tokens, 2_000, pool);
        var t = 0;
        return [.. ids.Select(id => Vocabulary.IsClass(id) ? tokens[t++] : vocabulary.Word(id))];
    }
}
