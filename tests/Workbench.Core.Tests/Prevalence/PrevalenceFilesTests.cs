using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Workbench.Prevalence;
using Workbench.Tests.Schemas;

namespace Workbench.Tests.Prevalence;

/// <summary>rates.csv and mse.csv, as written, against their schemas in <c>data-schemas/</c>.</summary>
public class PrevalenceFilesTests
{
    private static readonly DateTimeOffset Start = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static List<AdActivity> Ads()
    {
        // Two sites, three provinces, a small province (suppressed cells), advertisers seen on one or both sites
        var random = new Random(11);
        var ads = new List<AdActivity>();
        for (var u = 0; u < 400; u++)
        {
            var (city, province) = (u % 10) switch { < 6 => ("Toronto", "ON"), < 9 => ("Calgary", "AB"), _ => ("Charlottetown", "PE") };
            if (u % 10 == 9 && u > 20) continue; // keep PE small
            if (random.NextDouble() < 0.5) ads.Add(new AdActivity($"a{u}", Start.AddDays(random.Next(28)), "site-a", city, province, [$"ph_{u}"]));
            if (random.NextDouble() < 0.4) ads.Add(new AdActivity($"b{u}", Start.AddDays(random.Next(28)), "site-b", city, province, [$"ph_{u}"]));
        }
        return ads;
    }

    [Fact]
    public void Every_row_of_rates_csv_validates_and_suppressed_rows_carry_no_number()
    {
        // Given rates with both suppressed and reported cells
        var rates = new RateEstimator(new RateOptions { BootstrapReplicates = 50 }).Fit(Ads());
        // When written
        var lines = rates.ToCsv().TrimEnd('\n').Split('\n');
        // Then the header is the schema's column order, and every row is valid
        Assert.Equal(string.Join(',', Columns("rates-csv.schema.json")), lines[0]);
        Assert.Contains(lines, l => l.EndsWith(",true", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith(",false", StringComparison.Ordinal));
        foreach (var line in lines.Skip(1))
        {
            var results = SchemaCatalog.Evaluate("rates-csv.schema.json", Row("rates-csv.schema.json", line));
            Assert.True(results.IsValid, $"{line}: {SchemaCatalog.Describe(results)}");
        }
    }

    [Fact]
    public void Every_row_of_mse_csv_validates_whether_estimated_or_refused()
    {
        // Given one estimate and one refusal (two sites that never share an advertiser)
        var options = new AdMseOptions { Mse = new MseOptions { Model = MseModel.MainEffects, BootstrapReplicates = 0 } };
        var estimated = new AdMseEstimator(options).Fit(Ads());
        var disjoint = Enumerable.Range(0, 20).Select(i => new AdActivity($"{i}", Start, i % 2 == 0 ? "a" : "b", "Toronto", "ON", [$"ph_{i}"])).ToList();
        var refused = new AdMseEstimator(options).Fit(disjoint);
        Assert.NotNull(estimated.Estimate);
        Assert.NotNull(refused.Refusal);
        // When written
        var lines = MseCsv.Write([("main", estimated), ("stepwise", refused)], suppressBelow: 5).TrimEnd('\n').Split('\n');
        // Then
        Assert.Equal(MseCsv.Header, lines[0]);
        Assert.Equal(string.Join(',', Columns("mse-csv.schema.json")), lines[0]);
        Assert.Equal(3, lines.Length);
        foreach (var line in lines.Skip(1))
        {
            var results = SchemaCatalog.Evaluate("mse-csv.schema.json", Row("mse-csv.schema.json", line));
            Assert.True(results.IsValid, $"{line}: {SchemaCatalog.Describe(results)}");
        }
    }

    private static string[] Columns(string schema) =>
        SchemaCatalog.Document(schema).GetProperty("properties").EnumerateObject().Select(p => p.Name).ToArray();

    /// <summary>A CSV row as the JSON object its schema describes: empty cells null, numbers and booleans parsed.</summary>
    private static string Row(string schema, string line)
    {
        var cells = Cells(line);
        var columns = Columns(schema);
        Assert.Equal(columns.Length, cells.Count);
        var row = new JsonObject();
        for (var i = 0; i < columns.Length; i++)
        {
            var cell = cells[i];
            row[columns[i]] = cell.Length == 0 ? null
                : cell is "true" or "false" ? JsonValue.Create(cell == "true")
                : long.TryParse(cell, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? JsonValue.Create(n)
                : double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? JsonValue.Create(d)
                : JsonValue.Create(cell);
        }
        return row.ToJsonString();
    }

    /// <summary>RFC 4180 cells of one line (quoted cells may hold commas and doubled quotes).</summary>
    private static List<string> Cells(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { cells.Add(cell.ToString()); cell.Clear(); }
            else cell.Append(c);
        }
        cells.Add(cell.ToString());
        return cells;
    }
}
