using Workbench.Data;
using Workbench.Store;

namespace Workbench.Tests.Store;

public class IngestorTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly PseudonymKey _key = PseudonymKey.FromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");

    public void Dispose() => _dir.Dispose();

    private string Source() => _dir.Write("ads.jsonl", string.Join("\n",
        """{"ad_id":"a1","posted_at":"2026-05-01T10:00:00Z","title":"New in town","body":"Call 416-916-0199 or mail amy.b@example.com","phones":["(416) 916-0199"],"city":"Toronto","province":"ON","names":["Amy"],"image_hashes":["0123456789abcdef"],"scrape_id":"s1"}""",
        """{"ad_id":"a2","posted_at":"2026-05-02T10:00:00Z","body":"Text 647.916.0142","stated_age":"old"}""",
        """{"ad_id":"a3","posted_at":"2026-05-03T10:00:00Z","body":"Text 647.916.0142 now","price_amount":150,"price_duration_min":60,"incall":true}""",
        """{"ad_id":"a1","posted_at":"2026-05-04T10:00:00Z","body":"again"}""",
        "{broken"));

    [Fact]
    public void Ingest_stores_pseudonymized_ads_and_quarantines_bad_rows_with_counts_that_add_up()
    {
        using var store = AdStore.Open(_dir.File("store.duckdb"));
        var result = new Ingestor(store, _key).Ingest(Source(), new IngestOptions { QuarantinePath = _dir.File("q.jsonl") });

        Assert.False(result.AlreadyIngested);
        Assert.Equal(new LoadCounts(5, 2, 3, 0), result.Counts);
        Assert.Equal(2, store.AdCount());
        Assert.Equal(3, store.ReadQuarantine().Count());
        Assert.Equal(3, File.ReadAllLines(result.QuarantinePath!).Length);
        var run = Assert.Single(store.Runs());
        Assert.Equal((5L, 2L, 3L), (run.RowsRead, run.RowsKept, run.RowsQuarantined));
        Assert.Equal(_key.Fingerprint, run.KeyFingerprint);

        var ads = store.ReadAds().ToList();
        var a1 = ads.Single(a => a.AdId == "a1");
        Assert.Equal([_key.Token("ph_", "+14169160199")], a1.Phones);
        Assert.Equal([_key.Token("em_", "amy.b@example.com")], a1.Emails);
        Assert.Equal(["Amy"], a1.Names);
        Assert.Equal("\"s1\"", a1.Extras["scrape_id"]);
        Assert.Equal(new DateTimeOffset(2026, 5, 1, 10, 0, 0, TimeSpan.Zero), a1.PostedAt);
        var a3 = ads.Single(a => a.AdId == "a3");
        Assert.Equal(150m, a3.PriceAmount);
        Assert.True(a3.Incall);
    }

    [Fact]
    public void Re_ingesting_the_same_file_changes_nothing()
    {
        using var store = AdStore.Open(_dir.File("store.duckdb"));
        var ingestor = new Ingestor(store, _key);
        var source = Source();
        var first = ingestor.Ingest(source, new IngestOptions { QuarantinePath = _dir.File("q1.jsonl") });
        var second = ingestor.Ingest(source, new IngestOptions { QuarantinePath = _dir.File("q2.jsonl") });

        Assert.True(second.AlreadyIngested);
        Assert.Equal(first.Run.RunId, second.Run.RunId);
        Assert.Equal(2, store.AdCount());
        Assert.Single(store.Runs());
        Assert.False(File.Exists(_dir.File("q2.jsonl")));
    }

    [Fact]
    public void Rows_of_a_run_cut_off_before_its_record_are_removed_when_the_store_reopens()
    {
        // Given: a complete run, then rows of a run that never wrote its record (a crash mid-ingest)
        var path = _dir.File("store.duckdb");
        using (var store = AdStore.Open(path))
        {
            new Ingestor(store, _key).Ingest(Source(), new IngestOptions { QuarantinePath = _dir.File("q.jsonl") });
            store.Execute("INSERT INTO ads (ad_id, run_id, posted_at, body) VALUES ('zz', 'run-crashed', now(), 'partial')");
            store.Execute("INSERT INTO entities VALUES ('zz', 'run-crashed', 'body', 'phone', 'ph_0000000000000000', 0, 19, 1.0)");
            Assert.Equal(3, store.AdCount());
        }

        // When
        using var reopened = AdStore.Open(path);

        // Then: only the complete run remains
        Assert.Equal(2, reopened.AdCount());
        Assert.Equal(0L, reopened.Scalar<long>("SELECT count(*) FROM entities WHERE run_id = 'run-crashed'"));
        Assert.Single(reopened.Runs());
    }

    [Fact]
    public void A_second_file_repeating_stored_ids_quarantines_them()
    {
        using var store = AdStore.Open(_dir.File("store.duckdb"));
        var ingestor = new Ingestor(store, _key);
        ingestor.Ingest(Source(), new IngestOptions { QuarantinePath = _dir.File("q1.jsonl") });
        var other = _dir.Write("more.jsonl", """{"ad_id":"a3","posted_at":"2026-06-01T10:00:00Z","body":"x"}""" + "\n"
                                             + """{"ad_id":"b1","posted_at":"2026-06-01T10:00:00Z","body":"y"}""");
        var result = ingestor.Ingest(other, new IngestOptions { QuarantinePath = _dir.File("q2.jsonl") });
        Assert.Equal(new LoadCounts(2, 1, 1, 0), result.Counts);
        Assert.Contains(store.ReadQuarantine(), q => q.Reason.Contains("already in the store", StringComparison.Ordinal));
        Assert.Equal(3, store.AdCount());
    }

    [Fact]
    public void Nothing_stored_or_quarantined_carries_a_raw_phone_or_email_of_the_input()
    {
        var storePath = _dir.File("store.duckdb");
        var quarantine = _dir.File("q.jsonl");
        using (var store = AdStore.Open(storePath))
        {
            new Ingestor(store, _key).Ingest(Source(), new IngestOptions { QuarantinePath = quarantine });
            store.Execute($"EXPORT DATABASE '{_dir.File("export")}' (FORMAT csv)");
        }
        var written = Directory.GetFiles(_dir.File("export")).Append(quarantine).Select(File.ReadAllText);
        var raw = new[] { "416-916-0199", "4169160199", "647.916.0142", "6479160142", "amy.b@example.com" };
        foreach (var text in written)
        {
            var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
            foreach (var value in raw)
            {
                Assert.DoesNotContain(value, text, StringComparison.OrdinalIgnoreCase);
            }
            Assert.DoesNotContain("4169160199", digits);
            Assert.DoesNotContain("6479160142", digits);
        }
    }
}
