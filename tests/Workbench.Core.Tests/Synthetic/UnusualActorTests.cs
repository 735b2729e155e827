using Workbench.Anomalies;
using Workbench.Evaluation;
using Workbench.Prevalence;
using Workbench.Reference;
using Workbench.Synthetic;

namespace Workbench.Tests.Synthetic;

/// <summary>A 20,000-ad corpus (seed 3, four planted unusual actors) and the same corpus without them, generated once.</summary>
public sealed class UnusualCorpusFixture
{
    public SyntheticOptions Options { get; } = new() { Ads = 20_000, Seed = 3 };

    public IReadOnlyList<SyntheticAd> Ads { get; }

    public IReadOnlyList<SyntheticAd> WithoutUnusual { get; }

    public UnusualCorpusFixture()
    {
        Ads = SyntheticCorpus.Generate(Options).ToList();
        WithoutUnusual = SyntheticCorpus.Generate(Options with { UnusualActorsPer100kAds = 0 }).ToList();
    }
}

public class UnusualActorTests(UnusualCorpusFixture corpus) : IClassFixture<UnusualCorpusFixture>
{
    private IEnumerable<IGrouping<string, SyntheticAd>> Actors(ActorType type) =>
        corpus.Ads.Where(a => a.Truth.ActorType == type).GroupBy(a => a.Truth.ActorId);

    private IGrouping<string, SyntheticAd> Planted(UnusualKind kind) =>
        Assert.Single(corpus.Ads.Where(a => a.Truth.UnusualKind == kind).GroupBy(a => a.Truth.ActorId));

    [Theory]
    [InlineData(1_999, 20, 0)]
    [InlineData(2_000, 20, 1)]
    [InlineData(20_000, 20, 4)]
    [InlineData(100_000, 20, 20)]
    [InlineData(100_000, 0, 0)]
    [InlineData(100_000, 7.5, 8)]
    public void The_count_scales_with_the_corpus_and_is_at_least_one_from_2000_ads(int ads, double per100k, int expected)
    {
        Assert.Equal(expected, new SyntheticOptions { Ads = ads, UnusualActorsPer100kAds = per100k }.UnusualActorCount());
    }

    [Fact]
    public void Every_kind_is_planted_once_at_20k_with_its_kind_on_every_ad_and_the_corpus_size_unchanged()
    {
        Assert.Equal(corpus.Options.Ads, corpus.Ads.Count);
        var byActor = corpus.Ads.Where(a => a.Truth.UnusualKind is not null).GroupBy(a => a.Truth.ActorId).ToList();
        Assert.Equal(Enum.GetValues<UnusualKind>().Order(), byActor.Select(g => g.First().Truth.UnusualKind!.Value).Order());
        foreach (var actor in byActor)
        {
            // One kind per actor, on all of its ads, and the actor keeps the type its ads look like.
            var kind = Assert.Single(actor.Select(a => a.Truth.UnusualKind).Distinct())!.Value;
            Assert.Equal(SyntheticPlan.TypeOf(kind), Assert.Single(actor.Select(a => a.Truth.ActorType).Distinct()));
            Assert.Equal(actor.Count(), corpus.Ads.Count(a => a.Truth.ActorId == actor.Key));
            Assert.True(actor.Count() >= 3, $"{kind}: {actor.Count()} ads");
        }
        Assert.DoesNotContain(corpus.WithoutUnusual, a => a.Truth.UnusualKind is not null);
    }

    [Fact]
    public void Planted_actors_are_deterministic_for_a_seed_and_differ_between_seeds()
    {
        static List<string> Unusual(SyntheticOptions o) => [.. SyntheticCorpus.Generate(o)
            .Where(a => a.Truth.UnusualKind is not null)
            .Select(a => $"{a.Truth.ActorId} {a.Truth.UnusualKind} {a.Ad.PostedAt:O} {a.Ad.City} {a.Ad.Body}")];

        var again = Unusual(corpus.Options);
        Assert.Equal([.. corpus.Ads.Where(a => a.Truth.UnusualKind is not null).Select(a => $"{a.Truth.ActorId} {a.Truth.UnusualKind} {a.Ad.PostedAt:O} {a.Ad.City} {a.Ad.Body}")], again);
        Assert.NotEqual(again, Unusual(corpus.Options with { Seed = 4 }));
    }

    [Fact]
    public void Other_actors_keep_their_ads_except_the_last_actors_of_a_type_that_gave_up_ads()
    {
        // Unusual actors draw from their own stream and are numbered after everyone else; their ads come out of their
        // type's share by trimming that type's last actors, so every other actor's ads are as they were.
        var type = corpus.WithoutUnusual.GroupBy(a => a.Truth.ActorId).ToDictionary(g => g.Key, g => g.First().Truth.ActorType);
        static Dictionary<string, string> Signature(IEnumerable<SyntheticAd> ads) => ads
            .Where(a => a.Truth.UnusualKind is null)
            .GroupBy(a => a.Truth.ActorId)
            .ToDictionary(g => g.Key, g => string.Join("\n", g.Select(a => $"{a.Ad.PostedAt:O} {a.Ad.City} {a.Ad.Title} {a.Ad.Body} {string.Join(",", a.Ad.ImageHashes)} {string.Join(",", a.Truth.PersonaIds)}")));

        // When
        var with = Signature(corpus.Ads);
        var without = Signature(corpus.WithoutUnusual);

        // Then no ordinary actor appears; the actors that changed or vanished are the last of their type (and of a type
        // that gave up ads); and the ads the ordinary population lost are exactly the unusual actors' ads.
        Assert.Empty(with.Keys.Except(without.Keys));
        var touched = without.Keys.Where(k => !with.TryGetValue(k, out var s) || s != without[k]).ToList();
        var kept = without.Keys.Except(touched).ToList();
        Assert.All(touched, t => Assert.Contains(type[t], new[] { ActorType.Independent, ActorType.Collective, ActorType.Organized }));
        Assert.All(touched, t => Assert.DoesNotContain(kept, k => type[k] == type[t] && string.CompareOrdinal(k, t) > 0));
        var lost = corpus.WithoutUnusual.Count(a => touched.Contains(a.Truth.ActorId)) - corpus.Ads.Count(a => touched.Contains(a.Truth.ActorId));
        Assert.Equal(corpus.Ads.Count(a => a.Truth.UnusualKind is not null), lost);
        Assert.True(touched.Count < without.Count / 50, $"{touched.Count} of {without.Count} actors touched");
    }

    [Fact]
    public void Truth_round_trips_the_kind_through_truth_jsonl()
    {
        var dir = Directory.CreateTempSubdirectory("wb-unusual-").FullName;
        try
        {
            SyntheticCorpusWriter.Write(dir, new SyntheticOptions { Ads = 2_000, Seed = 6 });
            var truth = TruthFile.Read(Path.Combine(dir, SyntheticCorpusWriter.TruthFile)).ToList();
            var planted = truth.Where(t => t.UnusualKind is not null).ToList();
            Assert.NotEmpty(planted);
            Assert.Equal(UnusualKind.PhoneChurn, Assert.Single(planted.Select(t => t.UnusualKind).Distinct()));
            Assert.Contains("\"unusual_kind\":null", File.ReadLines(Path.Combine(dir, SyntheticCorpusWriter.TruthFile)).First(), StringComparison.Ordinal);
            Assert.Contains(File.ReadLines(Path.Combine(dir, SyntheticCorpusWriter.TruthFile)), l => l.Contains("\"unusual_kind\":\"phone_churn\"", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void The_phone_churn_actor_has_more_phones_per_ad_in_the_features_than_every_other_organized_actor()
    {
        // Given the activity features the scorers see, with the phones a perfect extractor would find
        var activity = corpus.Ads.Select(a => new AdActivity(a.Ad.AdId, a.Ad.PostedAt, a.Ad.Site, a.Ad.City, a.Ad.Province, a.Truth.Phones)).ToList();
        var actorOf = corpus.Ads.ToDictionary(a => a.Ad.AdId, a => a.Truth.ActorId);
        var matrix = ClusterActivityFeatures.Build(activity, a => actorOf[a.AdId], minAds: 10);
        int phones = matrix.Names.ToList().IndexOf("phones"), logAds = matrix.Names.ToList().IndexOf("log_ads");
        double PerAd(string id) => (Math.Exp(matrix.Rows[matrix.Ids.ToList().IndexOf(id)][phones]) - 1) / Math.Exp(matrix.Rows[matrix.Ids.ToList().IndexOf(id)][logAds]);

        // When
        var churn = Planted(UnusualKind.PhoneChurn).Key;
        var others = Actors(ActorType.Organized).Select(g => g.Key).Where(id => id != churn && matrix.Ids.Contains(id)).ToList();

        // Then
        Assert.NotEmpty(others);
        Assert.All(others, id => Assert.True(PerAd(churn) > PerAd(id), $"{churn} {PerAd(churn):F2} vs {id} {PerAd(id):F2}"));
        Assert.True(PerAd(churn) > 0.6, $"{PerAd(churn):F2}");
    }

    [Fact]
    public void The_flash_burst_actor_posts_all_its_ads_within_two_days_and_more_a_day_than_every_other_collective()
    {
        var burst = Planted(UnusualKind.FlashBurst);
        var times = burst.Select(a => a.Ad.PostedAt).ToList();
        Assert.True(times.Max() - times.Min() < TimeSpan.FromDays(2), $"{times.Min():O} .. {times.Max():O}");
        static int MaxPerDay(IEnumerable<SyntheticAd> ads) => ads.GroupBy(a => a.Ad.PostedAt.UtcDateTime.Date).Max(g => g.Count());
        var mine = MaxPerDay(burst);
        Assert.True(mine >= 13, $"{mine}");
        Assert.All(Actors(ActorType.Collective).Where(g => g.Key != burst.Key), g => Assert.True(MaxPerDay(g) < mine, $"{g.Key}: {MaxPerDay(g)} vs {mine}"));
    }

    [Fact]
    public void The_teleporting_actor_jumps_1000_km_between_consecutive_days_more_often_than_any_other_independent()
    {
        static int Jumps(IEnumerable<SyntheticAd> ads)
        {
            var days = ads.Where(a => a.Ad.Lat is not null && a.Ad.Lon is not null)
                .GroupBy(a => a.Ad.PostedAt.UtcDateTime.Date).OrderBy(g => g.Key).Select(g => (g.Key, Ad: g.First().Ad)).ToList();
            var n = 0;
            for (var i = 1; i < days.Count; i++)
            {
                if ((days[i].Key - days[i - 1].Key).TotalDays <= 1.0 && CanadaGeography.DistanceKm(days[i].Ad.Lat!.Value, days[i].Ad.Lon!.Value, days[i - 1].Ad.Lat!.Value, days[i - 1].Ad.Lon!.Value) >= 900) n++;
            }
            return n;
        }
        var teleport = Planted(UnusualKind.Teleporting);
        var mine = Jumps(teleport);
        Assert.True(mine >= 3, $"{mine}");
        Assert.All(Actors(ActorType.Independent).Where(g => g.Key != teleport.Key), g => Assert.True(Jumps(g) < mine, $"{g.Key}: {Jumps(g)} vs {mine}"));
        Assert.True(teleport.Select(a => a.Ad.Province).Distinct().Count() >= 3);
    }

    [Fact]
    public void The_image_hoarder_shows_more_distinct_images_per_ad_than_every_other_independent()
    {
        static double PerAd(IEnumerable<SyntheticAd> ads) => ads.Average(a => a.Ad.ImageHashes.Distinct().Count());
        var hoarder = Planted(UnusualKind.ImageHoarder);
        Assert.True(PerAd(hoarder) >= 6);
        Assert.All(Actors(ActorType.Independent).Where(g => g.Key != hoarder.Key), g => Assert.True(PerAd(g) < PerAd(hoarder)));
        // Its photos are its own, not reused across its ads the way other advertisers reuse a handful.
        var distinct = hoarder.SelectMany(a => a.Ad.ImageHashes).Distinct().Count();
        Assert.True(distinct >= 30, $"{distinct}");
    }
}
