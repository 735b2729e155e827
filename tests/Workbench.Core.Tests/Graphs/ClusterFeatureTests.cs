using Workbench.Data;
using Workbench.Graphs;

namespace Workbench.Tests.Graphs;

public class ClusterFeatureTests
{
    private static readonly DateTimeOffset T0 = new(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static Ad Ad(string id, double day, string city, string province, string[]? phones = null, string[]? names = null,
        string[]? images = null, string[]? urls = null, string body = "hello") => new()
    {
        AdId = id,
        PostedAt = T0.AddDays(day),
        Body = body,
        City = city,
        Province = province,
        Phones = phones ?? [],
        Names = names ?? [],
        ImageHashes = images ?? [],
        Urls = urls ?? [],
    };

    [Fact]
    public void One_phone_one_city_has_zero_entropy_and_radius()
    {
        // Given three ads of one phone in Toronto over two days
        var ads = new[]
        {
            Ad("a", 0, "Toronto", "ON", ["ph_1"], ["Amy"]),
            Ad("b", 1, "Toronto", "ON", ["ph_1"], ["amy"]),
            Ad("c", 2, "Toronto", "ON", ["ph_1"], ["Bea"]),
        };

        // When
        var f = Assert.Single(ClusterFeatureCalculator.ForLabels(ads, "test", [0, 0, 0], new() { CountCues = false }));

        // Then
        Assert.Equal(3, f.Ads);
        Assert.Equal(1, f.Phones);
        Assert.Equal(0, f.PhoneEntropy);
        Assert.Equal(2, f.Names); // Amy and amy are one name
        Assert.Equal(1, f.Cities);
        Assert.Equal(0, f.RadiusKm);
        Assert.Equal(2, f.SpanDays, 6);
        Assert.Equal(10.5, f.AdsPerWeek, 6);
        Assert.Equal(-1, f.Burstiness, 6); // equal gaps: perfectly regular
    }

    [Fact]
    public void Phones_used_equally_have_log2_entropy_and_images_per_phone()
    {
        // Given four ads spread over four phones, with two images
        var ads = Enumerable.Range(0, 4).Select(i => Ad($"a{i}", i, "Calgary", "AB", [$"ph_{i}"], images: [$"{i % 2:x16}"])).ToArray();

        // When
        var f = Assert.Single(ClusterFeatureCalculator.ForLabels(ads, "test", [0, 0, 0, 0], new() { CountCues = false }));

        // Then
        Assert.Equal(2, f.PhoneEntropy, 9);
        Assert.Equal(2, f.Images);
        Assert.Equal(0.5, f.ImagesPerPhone, 9);
    }

    [Fact]
    public void A_group_that_moves_along_the_401_grows_its_radius()
    {
        // Given a first week in Toronto, then Ottawa and Montreal
        var ads = new[]
        {
            Ad("a", 0, "Toronto", "ON"), Ad("b", 3, "Toronto", "ON"),
            Ad("c", 10, "Ottawa", "ON"), Ad("d", 17, "Montreal", "QC"),
        };

        // When
        var f = Assert.Single(ClusterFeatureCalculator.ForLabels(ads, "test", [0, 0, 0, 0], new() { CountCues = false }));

        // Then: the radius is a few hundred km and grew after the first week
        Assert.Equal(3, f.Cities);
        Assert.InRange(f.RadiusKm, 150, 500);
        Assert.True(f.RadiusGrowthKmPerDay > 0);
    }

    [Fact]
    public void Negative_labels_form_no_group_and_groups_come_in_label_order()
    {
        // Given labels 1, -1, 0
        var ads = new[] { Ad("a", 0, "Regina", "SK"), Ad("b", 1, "Regina", "SK"), Ad("c", 2, "Regina", "SK") };

        // When
        var rows = ClusterFeatureCalculator.ForLabels(ads, "test", [1, -1, 0], new() { CountCues = false });

        // Then
        Assert.Equal(["0", "1"], rows.Select(r => r.ClusterId));
        Assert.All(rows, r => Assert.Equal(1, r.Ads));
    }

    [Fact]
    public void Vector_follows_feature_names()
    {
        // Given any row
        var ads = new[] { Ad("a", 0, "Regina", "SK", ["ph_1"]), Ad("b", 1, "Halifax", "NS", ["ph_2"], urls: ["ur_1"]) };
        var f = Assert.Single(ClusterFeatureCalculator.ForLabels(ads, "test", [0, 0], new() { CountCues = false }));

        // When
        var v = f.ToVector();

        // Then
        Assert.Equal(ClusterFeatures.FeatureNames.Count, v.Length);
        Assert.Equal(f.Ads, v[ClusterFeatures.FeatureNames.ToList().IndexOf("ads")]);
        Assert.Equal(f.RadiusKm, v[ClusterFeatures.FeatureNames.ToList().IndexOf("radius_km")]);
        Assert.Equal(f.Urls, v[ClusterFeatures.FeatureNames.ToList().IndexOf("urls")]);
        Assert.All(v, x => Assert.True(double.IsFinite(x)));
    }

    [Fact]
    public void Csv_header_matches_the_schema_columns_and_rows_have_as_many_cells()
    {
        // Given two groups
        var ads = new[] { Ad("a", 0, "Regina", "SK", ["ph_1"]), Ad("b", 1, "Halifax", "NS", ["ph_2"]) };
        var rows = ClusterFeatureCalculator.ForPhones(ads, 1, new() { CountCues = false });

        // When
        var writer = new StringWriter();
        ClusterFeaturesCsv.Write(rows, writer);
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        // Then
        var schema = Workbench.Tests.Schemas.SchemaCatalog.Document("cluster-features.schema.json");
        var columns = schema.GetProperty("properties").EnumerateObject().Select(p => p.Name);
        Assert.Equal(string.Join(',', columns), lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.All(lines.Skip(1), l => Assert.Equal(18, l.Split(',').Length));
        Assert.StartsWith("phone,ph_", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Cue_share_counts_ads_with_an_indicator_cue()
    {
        // Given one ad without cue words and one with a phrase of the default lexicon
        var cue = Workbench.Text.IndicatorLexicon.Default.Categories.SelectMany(c => c.Cues).SelectMany(c => c.Phrases).First();
        var ads = new[] { Ad("a", 0, "Regina", "SK", body: "nice day"), Ad("b", 1, "Regina", "SK", body: "nice " + cue) };

        // When
        var f = Assert.Single(ClusterFeatureCalculator.ForLabels(ads, "test", [0, 0]));

        // Then
        Assert.Equal(0.5, f.CueShare, 9);
    }

    [Fact]
    public void Micro_and_meta_rows_of_a_result_cover_its_clusters()
    {
        // Given a synthetic corpus clustered once
        var fx = SharedClusters.Fixture;

        // When
        var rows = Detect.ClusterFeatures(fx.Ads, fx.Result, new() { CountCues = false });

        // Then: one row per micro- and meta-cluster, sizes as in the result
        var micro = rows.Where(r => r.Level == ClusterFeatureCalculator.MicroLevel).ToList();
        var meta = rows.Where(r => r.Level == ClusterFeatureCalculator.MetaLevel).ToList();
        Assert.Equal(fx.Result.Clusters.Count, micro.Count);
        Assert.Equal(fx.Result.MetaClusters.Count, meta.Count);
        Assert.All(micro, r => Assert.Equal(fx.Result.Clusters[int.Parse(r.ClusterId, System.Globalization.CultureInfo.InvariantCulture)].Members.Count, r.Ads));
        Assert.All(meta, r => Assert.Equal(fx.Result.MetaClusters[int.Parse(r.ClusterId, System.Globalization.CultureInfo.InvariantCulture)].Ads, r.Ads));
    }
}
