using Microsoft.Data.Analysis;
using Workbench.Interactive;

namespace Workbench.Tests.Interactive;

public class DataFrameFormatterTests
{
    [Fact]
    public void Shows_the_first_rows_with_types_and_the_total_count()
    {
        // Given a frame of 50 rows, one text column holding a raw e-mail
        var frame = new DataFrame(
            new Int32DataFrameColumn("n", Enumerable.Range(0, 50)),
            new StringDataFrameColumn("note", Enumerable.Range(0, 50).Select(i => i == 3 ? "me@example.com" : $"row {i}")));
        // When it is shown
        var html = System.Net.WebUtility.HtmlDecode(new DataFrameFormatter { MaxRows = 5 }.ToHtml(frame));
        // Then 5 rows show, the caption counts all 50, types are named, and the e-mail is masked
        Assert.Contains("50 rows × 2 columns; first 5 shown", html);
        Assert.Contains("n (Int32)", html);
        Assert.Contains("row 4", html);
        Assert.DoesNotContain("row 5<", html);
        Assert.DoesNotContain("example.com", html);
        Assert.Contains("[email hidden]", html);
    }
}
