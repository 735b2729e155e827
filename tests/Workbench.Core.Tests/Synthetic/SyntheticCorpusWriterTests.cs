using System.Security.Cryptography;
using Workbench.Synthetic;

namespace Workbench.Tests.Synthetic;

public sealed class SyntheticCorpusWriterTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("wb-synth-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Write_twice_with_the_same_seed_gives_byte_identical_files()
    {
        // Given
        var options = new SyntheticOptions { Ads = 4_000, Seed = 21 };

        // When
        var a = SyntheticCorpusWriter.Write(Path.Combine(_root, "a"), options);
        var b = SyntheticCorpusWriter.Write(Path.Combine(_root, "b"), options);

        // Then: the summary hashes agree, and they are the hashes of the files on disk
        Assert.Equal(a.Files.Select(f => f.Name), b.Files.Select(f => f.Name));
        foreach (var (fa, fb) in a.Files.Zip(b.Files))
        {
            Assert.Equal(fa.Sha256, fb.Sha256);
            Assert.Equal(fa.Sha256, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(fa.Path))));
            Assert.Equal(fa.Bytes, new FileInfo(fa.Path).Length);
        }
    }

    [Fact]
    public void Write_with_another_seed_gives_other_files()
    {
        var a = SyntheticCorpusWriter.Write(Path.Combine(_root, "a"), new SyntheticOptions { Ads = 500, Seed = 1 });
        var b = SyntheticCorpusWriter.Write(Path.Combine(_root, "b"), new SyntheticOptions { Ads = 500, Seed = 2 });
        Assert.NotEqual(a.Files[0].Sha256, b.Files[0].Sha256);
    }

    [Fact]
    public void Write_produces_aligned_ads_and_truth_lines_and_the_side_files()
    {
        // Given
        var options = new SyntheticOptions { Ads = 2_000, Seed = 6 };
        var progress = new List<long>();

        // When
        var summary = SyntheticCorpusWriter.Write(_root, options, new SyncProgress(progress));

        // Then
        Assert.Equal(2_000, summary.Ads);
        Assert.Equal(
            [SyntheticCorpusWriter.AdsFile, SyntheticCorpusWriter.TruthFile, SyntheticCorpusWriter.EventsFile,
             SyntheticCorpusWriter.DetectionListsFile, SyntheticCorpusWriter.DetectionListsTruthFile],
            summary.Files.Select(f => f.Name));
        var ads = File.ReadAllLines(Path.Combine(_root, SyntheticCorpusWriter.AdsFile));
        var truth = File.ReadAllLines(Path.Combine(_root, SyntheticCorpusWriter.TruthFile));
        Assert.Equal(2_000, ads.Length);
        Assert.Equal(2_000, truth.Length);
        for (var i = 0; i < ads.Length; i++)
        {
            using var ad = System.Text.Json.JsonDocument.Parse(ads[i]);
            using var t = System.Text.Json.JsonDocument.Parse(truth[i]);
            Assert.Equal(ad.RootElement.GetProperty("ad_id").GetString(), t.RootElement.GetProperty("ad_id").GetString());
            foreach (var key in new[] { "actor_id", "actor_type", "persona_ids", "template_id", "micro_cluster_id", "meta_cluster_id", "trip_id", "event_id", "obfuscation_ops", "touring", "phones", "emails", "handles", "urls", "unusual_kind" })
            {
                Assert.True(t.RootElement.TryGetProperty(key, out _), $"truth line {i + 1} lacks {key}");
            }
        }
        var events = File.ReadAllLines(Path.Combine(_root, SyntheticCorpusWriter.EventsFile));
        Assert.Equal("event_id,name,city,province,start,end,happened,uplift,extra_ads", events[0]);
        Assert.Equal(summary.Events.Count + 1, events.Length);
        Assert.Equal(2_000, progress[^1]);
    }

    [Fact]
    public void Detection_lists_are_shaped_like_the_UK_file_and_have_one_pair_with_zero_overlap()
    {
        // Given
        var summary = SyntheticCorpusWriter.Write(_root, new SyntheticOptions { Ads = 20_000, Seed = 12 });

        // When
        var lines = File.ReadAllLines(Path.Combine(_root, SyntheticCorpusWriter.DetectionListsFile));
        var header = lines[0].Split(',');
        var rows = lines.Skip(1).Select(l => l.Split(',').Select(int.Parse).ToArray()).ToList();
        var uk = File.ReadAllLines(Path.Combine(RepoPathsShared(), "mse-uk-2013.csv"))[0].Split(',');

        // Then: 0/1 columns and a count, like mse-uk-2013.csv
        Assert.Equal(6, header.Length);
        Assert.Equal(uk[^1], header[^1]);
        Assert.All(rows, r => Assert.All(r[..^1], v => Assert.InRange(v, 0, 1)));
        Assert.All(rows, r => Assert.True(r[..^1].Sum() >= 1 && r[^1] > 0));
        var observed = rows.Sum(r => r[^1]);
        Assert.True(observed < summary.DetectionListPopulation, "lists must miss part of the population");
        // Exactly the declared pair (HL, AF) never overlaps; every other pair does.
        var zeroPairs = new List<(string, string)>();
        for (var i = 0; i < 5; i++)
        {
            for (var j = i + 1; j < 5; j++)
            {
                if (rows.Where(r => r[i] == 1 && r[j] == 1).Sum(r => r[^1]) == 0) zeroPairs.Add((header[i], header[j]));
            }
        }
        Assert.Equal([("HL", "AF")], zeroPairs);
        // Capture probabilities stay in 0.05–0.3 of the true population.
        for (var i = 0; i < 5; i++)
        {
            var captured = rows.Where(r => r[i] == 1).Sum(r => r[^1]) / (double)summary.DetectionListPopulation;
            Assert.InRange(captured, 0.05, 0.3);
        }
        var truth = File.ReadAllText(Path.Combine(_root, SyntheticCorpusWriter.DetectionListsTruthFile));
        Assert.Contains($"\"population\": {summary.DetectionListPopulation}", truth, StringComparison.Ordinal);
    }

    private static string RepoPathsShared()
    {
        // shared/ sits beside the repository in the workbench layout; fall back to the embedded copy's folder.
        var shared = Path.Combine(Directory.GetParent(RepoPaths.Root)!.FullName, "shared", "data");
        return Directory.Exists(shared) ? shared : Path.Combine(RepoPaths.Root, "src", "Workbench.Core", "Reference");
    }

    private sealed class SyncProgress(List<long> values) : IProgress<long>
    {
        public void Report(long value) => values.Add(value);
    }
}
