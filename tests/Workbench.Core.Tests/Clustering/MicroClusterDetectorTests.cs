using Workbench.Clustering;
using Workbench.Data;
using Workbench.Evaluation;

namespace Workbench.Tests.Clustering;

public class MicroClusterDetectorTests
{
    private static Ad Ad(string id, string body, int hour = 0, string[]? phones = null, string[]? images = null) => new()
    {
        AdId = id,
        PostedAt = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero).AddHours(hour),
        Body = body,
        Phones = phones ?? [],
        ImageHashes = images ?? [],
    };

    [Fact]
    public void The_InfoShield_sample_gives_exactly_the_two_published_clusters()
    {
        // When
        var check = InfoShieldSample.Check();

        // Then
        Assert.True(check.Passed, string.Join("; ", check.Found.Select(f => $"{{{string.Join(",", f.Members)}}} {f.Template}")));
    }

    [Fact]
    public void Documents_5_and_6_cluster_by_their_text_even_with_different_phone_and_url_tokens()
    {
        // When
        var check = InfoShieldSample.Check(sameTokens: false);

        // Then
        Assert.True(check.Passed);
        var template = check.Found.Single(f => f.Members.Contains("5")).Template;
        Assert.Contains("<phone>", template, StringComparison.Ordinal);
        Assert.DoesNotContain("ph_", template, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_through_the_real_pseudonymizer_gives_the_same_membership()
    {
        // Given the published text, pseudonymized as ingest would
        var pseudonymizer = new Pseudonymizer(PseudonymKey.FromHex(new string('1', 64), "tests"));
        var ads = InfoShieldSample.Documents.Select((d, i) => pseudonymizer.Apply(Ad(d.Id, d.Text, i)).Ad).ToList();

        // When
        var result = Detect.MicroClusters(ads);

        // Then
        var clusters = result.Clusters.Select(c => string.Join(",", c.Members.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal);
        Assert.Equal(["1,2,3,4", "5,6"], clusters);
        Assert.Equal(-1, result.Assignments.Single(a => a.AdId == "7").MicroClusterId);
    }

    [Fact]
    public void Ads_sharing_only_a_phone_token_form_no_micro_cluster_but_one_meta_cluster()
    {
        // Given three unrelated texts with one phone token
        const string phone = "ph_0123456789abcdef";
        var ads = new[]
        {
            Ad("a", $"Relaxing massage by professional attendants, open late. Call {phone}", 0, [phone]),
            Ad("b", $"Hello gentlemen, I'm Zara, sweet and classy, incall downtown. Text {phone}", 1, [phone]),
            Ad("c", $"Verification required before we meet: send a gift card code. {phone}", 2, [phone]),
        };

        // When
        var result = Detect.MicroClusters(ads);

        // Then
        Assert.Empty(result.Clusters);
        Assert.Single(result.MetaClusters);
        Assert.All(result.Assignments, a => Assert.Equal(0, a.MetaClusterId));
    }

    [Fact]
    public void Verbatim_reposts_form_a_cluster_and_name_their_original()
    {
        // Given one text posted three times with different phone tokens, and one unrelated ad
        var text = "Hi gentlemen, I'm Mia, a warm companion. Incall in a clean private apartment downtown. Available now! Text {0} to book.";
        var ads = new[]
        {
            Ad("r1", string.Format(System.Globalization.CultureInfo.InvariantCulture, text, "ph_00000000000000a1"), 0),
            Ad("r2", string.Format(System.Globalization.CultureInfo.InvariantCulture, text, "ph_00000000000000a1"), 5),
            Ad("r3", string.Format(System.Globalization.CultureInfo.InvariantCulture, text, "ph_00000000000000b2"), 9),
            Ad("x", "Happy birthday to my dear friend Mike", 3),
        };

        // When
        var cluster = Assert.Single(Detect.MicroClusters(ads).Clusters);

        // Then
        Assert.Equal(["r1", "r2", "r3"], cluster.Members);
        Assert.Null(cluster.Alignments[0].SameAs);
        Assert.Equal("r1", cluster.Alignments[1].SameAs);
        Assert.Null(cluster.Alignments[2].SameAs); // another token: not a verbatim copy
        Assert.Contains(cluster.Alignments[2].Operations, s => s.Word == "ph_00000000000000b2" && s.Kind == AlignmentKind.Match);
        // One text of n words three times: the template once, then each copy as n match bits.
        var n = cluster.Alignments[0].Operations.Count;
        var w = DescriptionLength.WordBits(Detect.MicroClusters(ads).Statistics.VocabularySize);
        Assert.Equal(3 * DescriptionLength.Plain(n, w), cluster.CostBeforeBits);
        Assert.Equal(DescriptionLength.Template(n, 0, w) + (3 * (DescriptionLength.LogStar(n) + n + DescriptionLength.MembershipBits)), cluster.CostAfterBits);
    }

    [Fact]
    public void A_token_on_more_ads_than_the_hub_threshold_is_reported_and_does_not_link()
    {
        // Given a stock image on four otherwise unrelated ads, and a hub threshold of three
        var ads = new[]
        {
            Ad("a", "Relaxing massage by professional attendants", 0, images: ["00000000000000ff"]),
            Ad("b", "Sweet and classy companion downtown", 1, images: ["00000000000000ff"]),
            Ad("c", "Verification required before we meet", 2, images: ["00000000000000ff"]),
            Ad("d", "Happy birthday to my dear friend", 3, images: ["00000000000000ff"]),
        };

        // When
        var result = Detect.MicroClusters(ads, new MicroClusterOptions { Meta = new MetaClusterOptions { HubMinAds = 3 } });

        // Then
        var hub = Assert.Single(result.HubTokens);
        Assert.Equal((LinkKind.Image, 4, 4), (hub.Kind, hub.Ads, hub.Units));
        Assert.Empty(result.MetaClusters);
    }

    [Fact]
    public void Fit_checks_its_options_and_ids_and_leaves_the_options_unchanged()
    {
        // Given
        var options = new MicroClusterOptions { HashCount = 127, BandRows = 2 };
        var copy = options with { };

        // Then
        var bad = Assert.Throws<ArgumentException>(() => new MicroClusterDetector(options).Fit([Ad("a", "text")]));
        Assert.Contains(nameof(MicroClusterOptions.HashCount), bad.Message, StringComparison.Ordinal);
        var twice = Assert.Throws<ArgumentException>(() => new MicroClusterDetector().Fit([Ad("a", "one"), Ad("a", "two")]));
        Assert.Contains("'a'", twice.Message, StringComparison.Ordinal);
        Assert.Equal(copy, options);
    }

    [Fact]
    public void An_empty_corpus_gives_an_empty_result()
    {
        var result = Detect.MicroClusters([]);
        Assert.Empty(result.Clusters);
        Assert.Empty(result.Assignments);
    }
}
