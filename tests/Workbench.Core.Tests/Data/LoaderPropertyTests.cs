using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Workbench.Data;

namespace Workbench.Tests.Data;

public class LoaderPropertyTests
{
    private static string Quote(string cell) => "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Clean(string? s) =>
        new((s ?? string.Empty).Where(c => !char.IsSurrogate(c) && c != InvalidUtf8.Marker && c != '\0').ToArray());

    [Property(MaxTest = 200)]
    public void Csv_round_trips_any_body_text_including_quotes_commas_and_line_breaks(NonNull<string>[] bodies)
    {
        // Given: bodies with any characters, written as RFC 4180 quoted cells
        using var dir = new TempDir();
        var texts = bodies.Select(b => Clean(b.Get)).ToArray();
        var csv = new StringBuilder("ad_id,posted_at,body\r\n");
        for (var i = 0; i < texts.Length; i++) csv.Append($"id{i},2026-05-01T10:00:00Z,{Quote(texts[i])}\r\n");
        var path = dir.Write("p.csv", csv.ToString());

        // When
        var source = AdSource.Open(path);
        var ads = source.Ads().ToList();

        // Then: every body comes back exactly, and the counts add up
        Assert.Equal(texts, ads.Select(a => a.Body));
        Assert.Equal(source.Counts.Read, source.Counts.Kept + source.Counts.Quarantined);
    }

    [Property(MaxTest = 300)]
    public void Any_line_is_kept_or_quarantined_and_never_throws(NonNull<string> line)
    {
        using var dir = new TempDir();
        var text = Clean(line.Get).Replace('\n', ' ').Replace('\r', ' ');
        var path = dir.Write("any.jsonl", text + "\n" + """{"ad_id":"ok","posted_at":"2026-05-01T10:00:00Z","body":"b"}""");
        var source = AdSource.Open(path);
        var rows = source.Rows().ToList();
        Assert.Equal(source.Counts.Read, source.Counts.Kept + source.Counts.Quarantined);
        Assert.Equal(rows.Count, source.Counts.Read);
        Assert.Contains(rows, r => r.Ad?.AdId == "ok");
    }

    [Property(MaxTest = 300)]
    public void Masked_excerpts_never_show_a_run_of_digits(NonNull<string> raw)
    {
        var excerpt = RawExcerpt.Mask(raw.Get);
        Assert.DoesNotContain(excerpt, char.IsAsciiDigit);
    }
}
