using Workbench.Data;
using Workbench.Retrieval;
using Workbench.Synthetic;
using Workbench.Text;

namespace Workbench.Tests.Retrieval;

public class FullTextIndexTests
{
    private const string Phone = "ph_0123456789abcdef";

    private static Ad Ad(string id, string title, string body, string city = "Toronto", string province = "ON", params string[] phones) => new()
    {
        AdId = id,
        PostedAt = new DateTimeOffset(2026, 3, int.Parse(id[1..], System.Globalization.CultureInfo.InvariantCulture), 12, 0, 0, TimeSpan.Zero),
        Title = title,
        Body = body,
        City = city,
        Province = province,
        Phones = phones,
    };

    private static readonly Ad[] Sample =
    [
        Ad("a1", "New in town", "Just arrived, new in town for a few days. Incall only.", "Calgary", "AB", Phone),
        Ad("a2", "Sweet and classy", "Incall and outcall downtown. New pics.", "Toronto", "ON"),
        Ad("a3", "Juste arrivée", "Nouvelle en ville à Montréal, incall seulement.", "Montréal", "QC", Phone),
        Ad("a4", "Relaxing massage", "Spa massage, massage, massage: professional attendants.", "Toronto", "ON"),
        Ad("a5", "Town and country", "A town in the new world.", "Ottawa", "ON"),
    ];

    [Theory]
    [InlineData("\"new in town\"", new[] { "a1" })]
    [InlineData("city:calgary", new[] { "a1" })]
    [InlineData("montreal", new[] { "a3" })]
    [InlineData("incal~1", new[] { "a1", "a2", "a3" })]
    [InlineData("incal", new string[0])]
    [InlineData("contact:" + Phone, new[] { "a1", "a3" })]
    [InlineData("province:QC", new[] { "a3" })]
    [InlineData("posted:[2026-03-02 TO 2026-03-03]", new[] { "a2", "a3" })]
    [InlineData("title:massage", new[] { "a4" })]
    public void Field_phrase_fuzzy_token_and_range_queries_find_the_right_ads(string query, string[] expected)
    {
        using var index = FullTextIndex.Build(Sample);
        Assert.Equal(expected.Order(), index.Search(query, 10).Select(h => h.AdId).Order());
    }

    [Fact]
    public void Bm25_ranks_the_ad_with_more_occurrences_first_and_terms_are_all_required_by_default()
    {
        using var index = FullTextIndex.Build(Sample);
        Assert.Equal("a4", index.Search("massage", 5)[0].AdId);
        Assert.Equal(["a1", "a5"], index.Search("new town", 5).Select(h => h.AdId).Order());
        Assert.Equal(2, index.CountMatches("new town"));
        using var any = FullTextIndex.Build(Sample, new FullTextIndexOptions { AllTermsRequired = false });
        Assert.True(any.CountMatches("new town") > 2);
    }

    [Fact]
    public void A_query_that_does_not_parse_fails_with_a_reason_and_raw_contacts_are_refused()
    {
        using var index = FullTextIndex.Build(Sample);
        var e = Assert.Throws<ArgumentException>(() => index.Search("\"unclosed", 5));
        Assert.Contains("does not parse", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => FullTextIndex.Build([Ad("a9", "x", "y", "Toronto", "ON", "416-555-0123")]));
    }

    [Fact]
    public void An_on_disk_index_reopens_with_the_same_answers()
    {
        using var dir = new TempDir();
        var path = dir.File("index");
        using (var built = FullTextIndex.Build(Sample, new FullTextIndexOptions { Directory = path })) Assert.Equal(5, built.Count);
        using var opened = FullTextIndex.Open(path);
        Assert.Equal(["a1"], opened.Search("\"new in town\"").Select(h => h.AdId));
    }

    [Fact]
    public void Phrase_counts_agree_with_a_plain_scan_of_a_pseudonymized_synthetic_corpus()
    {
        // Given 3,000 synthetic ads pseudonymized as ingest does
        var key = PseudonymKey.FromHex("00112233445566778899aabbccddeeff", "test");
        var pseudonymizer = new Pseudonymizer(key);
        var ads = SyntheticCorpus.Generate(new SyntheticOptions { Ads = 3_000, Seed = 4 }).Select(a => pseudonymizer.Apply(a.Ad).Ad).ToList();
        using var index = FullTextIndex.Build(ads);
        // When / Then a phrase query counts the ads whose folded words contain the phrase
        foreach (var phrase in new[] { "new in town", "incall only", "gift card", "de passage" })
        {
            var words = phrase.Split(' ');
            var expected = ads.Count(a => ContainsWords(TextFolding.Fold((a.Title ?? "") + " " + a.Body), words));
            Assert.Equal(expected, index.CountMatches($"\"{phrase}\""));
        }
        Assert.Equal(3_000, index.Count);
    }

    private static bool ContainsWords(string folded, string[] words)
    {
        var tokens = System.Text.RegularExpressions.Regex.Split(folded, @"[^\p{L}\p{N}_]+").Where(t => t.Length > 0).ToArray();
        for (var i = 0; i + words.Length <= tokens.Length; i++)
        {
            if (words.Select((w, k) => tokens[i + k] == w).All(x => x)) return true;
        }
        return false;
    }
}
