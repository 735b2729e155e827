using System.Text;
using Workbench.Data;

namespace Workbench.Tests.Data;

public class AdSourceTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private const string Good1 = """{"ad_id":"a1","posted_at":"2026-05-01T10:00:00Z","body":"hello"}""";
    private const string Good2 = """{"ad_id":"a2","posted_at":"2026-05-01T11:00:00-04:00","body":"second","city":"Toronto","province":"ON","stated_age":24}""";

    private static (List<RowOutcome> Rows, LoadCounts Counts) Load(string path, AdFormat? format = null)
    {
        var source = AdSource.Open(path, format);
        var rows = source.Rows().ToList();
        var counts = source.Counts;
        Assert.Equal(counts.Read, counts.Kept + counts.Quarantined);
        Assert.Equal(rows.Count, counts.Read);
        return (rows, counts);
    }

    private static QuarantinedRow SingleProblem(List<RowOutcome> rows) => Assert.Single(rows, r => !r.IsKept).Problem!;

    [Fact]
    public void Empty_file_reads_nothing_and_reports_zero_counts()
    {
        var (rows, counts) = Load(_dir.Write("empty.jsonl", ""));
        Assert.Empty(rows);
        Assert.Equal(LoadCounts.Zero, counts);

        var (csvRows, csvCounts) = Load(_dir.Write("empty.csv", ""));
        Assert.Empty(csvRows);
        Assert.Equal(0, csvCounts.Read);
    }

    [Fact]
    public void Valid_jsonl_rows_are_kept_with_times_in_utc()
    {
        var (rows, counts) = Load(_dir.Write("ok.jsonl", Good1 + "\n" + Good2 + "\n"));
        Assert.Equal(new LoadCounts(2, 2, 0, 0), counts);
        var second = rows[1].Ad!;
        Assert.Equal(new DateTimeOffset(2026, 5, 1, 15, 0, 0, TimeSpan.Zero), second.PostedAt);
        Assert.Equal(TimeSpan.Zero, second.PostedAt.Offset);
        Assert.Equal("ON", second.Province);
        Assert.Equal(24, second.StatedAge);
    }

    [Fact]
    public void Truncated_json_is_quarantined_with_its_line_and_the_rest_is_kept()
    {
        var path = _dir.Write("cut.jsonl", Good1 + "\n" + """{"ad_id":"a9","posted_at":"2026-05-01T1""" + "\n" + Good2);
        var (rows, counts) = Load(path);
        Assert.Equal(new LoadCounts(3, 2, 1, 0), counts);
        var problem = SingleProblem(rows);
        Assert.Equal(2, problem.Location.Position);
        Assert.Equal(path, problem.Location.Source);
        Assert.Null(problem.Field);
        Assert.Contains("truncated or malformed JSON", problem.Reason);
    }

    [Theory]
    [InlineData("""{"ad_id":"w","posted_at":"2026-05-01T10:00:00Z","body":"b","stated_age":"twenty"}""", "stated_age", "expected a number")]
    [InlineData("""{"ad_id":"w","posted_at":"2026-05-01T10:00:00Z","body":"b","lat":"north"}""", "lat", "expected a number")]
    [InlineData("""{"ad_id":"w","posted_at":"2026-05-01T10:00:00Z","body":42}""", "body", "expected a string")]
    [InlineData("""{"ad_id":"w","posted_at":"2026-05-01T10:00:00Z","body":"b","phones":"4169160199"}""", "phones", "expected a list")]
    [InlineData("""{"ad_id":"w","posted_at":"2026-05-01T10:00:00Z","body":"b","incall":"maybe"}""", "incall", "expected true or false")]
    [InlineData("""{"ad_id":"w","posted_at":"2026-05-01T10:00:00Z","body":"b","lat":91.5}""", "lat", "outside")]
    [InlineData("""{"ad_id":"w","posted_at":"2026-05-01T10:00:00Z","body":"b","province":"XX"}""", "province", "not a Canadian province")]
    [InlineData("""{"ad_id":"w","posted_at":"2026-05-01T10:00:00Z","body":"b","image_hashes":["abc"]}""", "image_hashes", "16 hexadecimal")]
    [InlineData("""{"ad_id":"w","posted_at":"2026-05-01T10:00:00Z","body":"b","price_amount":-5}""", "price_amount", "negative")]
    public void Wrong_types_and_values_are_quarantined_naming_the_field(string line, string field, string reason)
    {
        var (rows, counts) = Load(_dir.Write("types.jsonl", line + "\n" + Good1));
        Assert.Equal(new LoadCounts(2, 1, 1, 0), counts);
        var problem = SingleProblem(rows);
        Assert.Equal(field, problem.Field);
        Assert.Contains(reason, problem.Reason);
        Assert.Equal(1, problem.Location.Position);
    }

    [Theory]
    [InlineData("""{"posted_at":"2026-05-01T10:00:00Z","body":"b"}""", "ad_id")]
    [InlineData("""{"ad_id":"m","body":"b"}""", "posted_at")]
    [InlineData("""{"ad_id":"m","posted_at":"2026-05-01T10:00:00Z"}""", "body")]
    [InlineData("""{"ad_id":"","posted_at":"2026-05-01T10:00:00Z","body":"b"}""", "ad_id")]
    [InlineData("""{"ad_id":null,"posted_at":"2026-05-01T10:00:00Z","body":"b"}""", "ad_id")]
    public void Missing_required_fields_are_quarantined(string line, string field)
    {
        var (rows, _) = Load(_dir.Write("missing.jsonl", line));
        var problem = SingleProblem(rows);
        Assert.Equal(field, problem.Field);
    }

    [Theory]
    [InlineData("yesterday", "not an ISO 8601")]
    [InlineData("2026-13-45T10:00:00Z", "not an ISO 8601")]
    [InlineData("2026-05-01T10:00:00", "no time zone")]
    [InlineData("05/01/2026 10:00 -04:00", "not an ISO 8601")]
    public void Unparseable_dates_are_quarantined_with_the_value_shown(string value, string reason)
    {
        var line = $$"""{"ad_id":"d","posted_at":"{{value}}","body":"b"}""";
        var (rows, _) = Load(_dir.Write("dates.jsonl", line));
        var problem = SingleProblem(rows);
        Assert.Equal("posted_at", problem.Field);
        Assert.Contains(reason, problem.Reason);
        Assert.Contains(value[..4], problem.Reason);
    }

    [Fact]
    public void Invalid_utf8_is_quarantined_naming_the_field_in_jsonl_and_csv()
    {
        var bad = new byte[] { 0xC3, 0x28, 0xFF };
        var jsonl = Encoding.UTF8.GetBytes("""{"ad_id":"u","posted_at":"2026-05-01T10:00:00Z","body":"ok","title":"x""")
            .Concat(bad).Concat(Encoding.UTF8.GetBytes("\"}\n" + Good1 + "\n")).ToArray();
        var (rows, counts) = Load(_dir.WriteBytes("utf8.jsonl", jsonl));
        Assert.Equal(new LoadCounts(2, 1, 1, 0), counts);
        var problem = SingleProblem(rows);
        Assert.Equal("title", problem.Field);
        Assert.Contains("invalid UTF-8", problem.Reason);

        var csv = Encoding.UTF8.GetBytes("ad_id,posted_at,body\nu,2026-05-01T10:00:00Z,ok ")
            .Concat(bad).Concat(Encoding.UTF8.GetBytes("\nv,2026-05-01T10:00:00Z,fine\n")).ToArray();
        var (csvRows, csvCounts) = Load(_dir.WriteBytes("utf8.csv", csv));
        Assert.Equal(new LoadCounts(2, 1, 1, 0), csvCounts);
        Assert.Equal("body", SingleProblem(csvRows).Field);
    }

    [Fact]
    public void A_one_megabyte_body_is_kept_whole()
    {
        var body = new string('x', 1 << 20) + " end";
        var line = $$"""{"ad_id":"big","posted_at":"2026-05-01T10:00:00Z","body":"{{body}}"}""";
        var (rows, _) = Load(_dir.Write("big.jsonl", line));
        Assert.Equal(body, Assert.Single(rows).Ad!.Body);

        var (csvRows, _) = Load(_dir.Write("big.csv", "ad_id,posted_at,body\nbig,2026-05-01T10:00:00Z,\"" + body + "\"\n"));
        Assert.Equal(body, Assert.Single(csvRows).Ad!.Body);
    }

    [Fact]
    public void A_body_over_the_limit_is_quarantined_not_truncated()
    {
        var line = $$"""{"ad_id":"huge","posted_at":"2026-05-01T10:00:00Z","body":"{{new string('y', 2000)}}"}""";
        var source = AdSource.Open(_dir.Write("huge.jsonl", line), options: new LoaderOptions { MaxFieldChars = 1000 });
        var problem = Assert.Single(source.Rows()).Problem!;
        Assert.Equal("body", problem.Field);
        Assert.Contains("MaxFieldChars", problem.Reason);
    }

    [Fact]
    public void Csv_with_embedded_quotes_commas_and_newlines_keeps_the_text_and_counts_lines()
    {
        var csv = "ad_id,posted_at,title,body\r\n"
                  + "c1,2026-05-01T10:00:00Z,\"Hi, \"\"you\"\"\",\"line one\r\nline two, with comma\nline \"\"three\"\"\"\r\n"
                  + "c2,2026-05-02T10:00:00Z,plain,simple\r\n";
        var (rows, counts) = Load(_dir.Write("q.csv", csv));
        Assert.Equal(new LoadCounts(2, 2, 0, 0), counts);
        Assert.Equal("Hi, \"you\"", rows[0].Ad!.Title);
        Assert.Equal("line one\r\nline two, with comma\nline \"three\"", rows[0].Ad!.Body);
        Assert.Equal(2, rows[0].Location.Position);
        Assert.Equal(5, rows[1].Location.Position);
    }

    [Fact]
    public void Csv_with_and_without_bom_reads_the_same()
    {
        const string text = "ad_id,posted_at,body\nb1,2026-05-01T10:00:00Z,hello\n";
        var bom = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        var (withBom, _) = Load(_dir.WriteBytes("bom.csv", bom));
        var (without, _) = Load(_dir.Write("nobom.csv", text));
        Assert.Equal("b1", withBom.Single().Ad!.AdId);
        Assert.Equal(without.Single().Ad!.AdId, withBom.Single().Ad!.AdId);
    }

    [Fact]
    public void Csv_cells_are_parsed_into_types_and_lists()
    {
        var csv = "ad_id,posted_at,body,stated_age,lat,incall,phones,price_amount\n"
                  + "t1,2026-05-01T10:00:00Z,b,23,43.65,yes,\"[\"\"416 916 0199\"\",\"\"647-916-0188\"\"]\",150\n";
        var ad = Load(_dir.Write("typed.csv", csv)).Rows.Single().Ad!;
        Assert.Equal(23, ad.StatedAge);
        Assert.Equal(43.65, ad.Lat);
        Assert.True(ad.Incall);
        Assert.Equal(["416 916 0199", "647-916-0188"], ad.Phones);
        Assert.Equal(150m, ad.PriceAmount);
    }

    [Fact]
    public void Csv_record_with_wrong_cell_count_or_unterminated_quote_is_quarantined()
    {
        var csv = "ad_id,posted_at,body\nr1,2026-05-01T10:00:00Z,ok\nr2,2026-05-01T10:00:00Z,too,many\nr3,2026-05-01T10:00:00Z,\"never closed\nr4,x,y\n";
        var (rows, counts) = Load(_dir.Write("broken.csv", csv));
        Assert.Equal(new LoadCounts(3, 1, 2, 0), counts);
        Assert.Contains("4 cells but the header has 3", rows[1].Problem!.Reason);
        Assert.Equal(3, rows[1].Location.Position);
        Assert.Contains("unterminated quote", rows[2].Problem!.Reason);
        Assert.Equal(4, rows[2].Location.Position);
    }

    [Fact]
    public void Duplicate_ad_ids_keep_the_first_and_quarantine_the_rest()
    {
        var (rows, counts) = Load(_dir.Write("dup.jsonl", Good1 + "\n" + Good2 + "\n" + Good1.Replace("hello", "again", StringComparison.Ordinal) + "\n"));
        Assert.Equal(new LoadCounts(3, 2, 1, 0), counts);
        var problem = SingleProblem(rows);
        Assert.Equal("ad_id", problem.Field);
        Assert.Contains("first seen at line 1", problem.Reason);
        Assert.Equal("hello", rows[0].Ad!.Body);
    }

    [Fact]
    public void Unknown_columns_are_kept_in_extras_not_dropped()
    {
        var line = """{"ad_id":"x1","posted_at":"2026-05-01T10:00:00Z","body":"b","scraper_run":17,"tags":["a","b"],"meta":{"k":1}}""";
        var ad = Load(_dir.Write("extra.jsonl", line)).Rows.Single().Ad!;
        Assert.Equal("17", ad.Extras["scraper_run"]);
        Assert.Equal("[\"a\",\"b\"]", ad.Extras["tags"]);
        Assert.Equal("{\"k\":1}", ad.Extras["meta"]);

        var csvAd = Load(_dir.Write("extra.csv", "ad_id,posted_at,body,source_page\nx2,2026-05-01T10:00:00Z,b,p7\n")).Rows.Single().Ad!;
        Assert.Equal("\"p7\"", csvAd.Extras["source_page"]);
    }

    [Fact]
    public void Blank_lines_are_counted_apart_and_not_taken_as_records()
    {
        var (_, counts) = Load(_dir.Write("blank.jsonl", Good1 + "\n\n   \n" + Good2 + "\n"));
        Assert.Equal(new LoadCounts(2, 2, 0, 2), counts);
    }

    [Fact]
    public void Quarantine_excerpts_never_show_raw_phone_numbers_or_emails()
    {
        var line = """{"ad_id":"p","posted_at":"bad","body":"call 416-916-0199 or jane.doe@example.com"}""";
        var problem = SingleProblem(Load(_dir.Write("leak.jsonl", line)).Rows);
        Assert.DoesNotContain("416", problem.Excerpt);
        Assert.DoesNotContain("jane.doe", problem.Excerpt);
        Assert.DoesNotContain("416", problem.Reason);
    }

    [Fact]
    public void Parquet_rows_are_read_with_types_and_validated()
    {
        var jsonl = _dir.Write("src.jsonl", Good1 + "\n" + Good2 + "\n" + """{"ad_id":"a3","posted_at":"2026-05-02T10:00:00Z","body":"x","province":"ZZ"}""" + "\n");
        var parquet = _dir.File("ads.parquet");
        using (var connection = new DuckDB.NET.Data.DuckDBConnection("DataSource=:memory:"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"COPY (SELECT * FROM read_json('{jsonl}', format='newline_delimited')) TO '{parquet}' (FORMAT parquet)";
            command.ExecuteNonQuery();
        }
        var (rows, counts) = Load(parquet);
        Assert.Equal(new LoadCounts(3, 2, 1, 0), counts);
        Assert.Equal("a2", rows[1].Ad!.AdId);
        Assert.Equal(24, rows[1].Ad!.StatedAge);
        Assert.False(rows[2].Location.IsLine);
        Assert.Equal(2, rows[2].Location.Position);
        Assert.Equal("province", rows[2].Problem!.Field);
    }

    [Fact]
    public void Format_is_required_when_the_extension_does_not_tell()
    {
        var path = _dir.Write("ads.txt", Good1);
        Assert.Throws<ArgumentException>(() => AdSource.Open(path));
        Assert.Single(AdSource.Open(path, AdFormat.Jsonl).Ads());
    }
}

public class AdFramesTests
{
    [Fact]
    public void ToDataFrame_has_one_row_per_ad_and_counts_list_fields()
    {
        var ads = new[]
        {
            new Ad { AdId = "a", PostedAt = DateTimeOffset.UnixEpoch, Body = "x", Phones = ["ph_0000000000000001"], StatedAge = 22 },
            new Ad { AdId = "b", PostedAt = DateTimeOffset.UnixEpoch, Body = "yy", City = "Calgary" },
        };
        var frame = AdFrames.ToDataFrame(ads);
        Assert.Equal(2, frame.Rows.Count);
        Assert.Equal(1, frame["n_phones"][0]);
        Assert.Equal(0, frame["n_phones"][1]);
        Assert.Equal("Calgary", frame["city"][1]);
        Assert.Null(frame["stated_age"][1]);
        Assert.Equal(22, frame["stated_age"][0]);
    }
}
