using System.Globalization;
using System.Text;

namespace Workbench.Synthetic;

/// <summary>
/// How a generated corpus compares with the targets of <c>shared/data/synthetic-corpus.md</c>: unique-text ratio,
/// posts per phone, ads per advertiser-month, names per advertiser, lifetime quartiles, actor mix, contact shares,
/// obfuscation rates, how often naive keyword rules flag independents, the flow matrix of planted trips, and the
/// measured effect of each planted event.
/// </summary>
/// <param name="Rows">One statistic per row, with its target where the specification gives one.</param>
/// <param name="Flows">The city-to-city flow matrix of planted trips, as (from, to, legs) cells, largest first.</param>
/// <param name="Events">Measured ads-per-day ratio of each planted event's city and window against the weeks around it.</param>
public sealed record SyntheticValidationReport(
    IReadOnlyList<ValidationRow> Rows,
    IReadOnlyList<CityFlow> Flows,
    IReadOnlyList<EventEffect> Events)
{
    /// <summary>
    /// Computes the report from a stream of generated ads (for example <see cref="SyntheticCorpus.Generate"/>), in one
    /// pass. Planted quantities that the ads do not show (lifetimes, trips, events) are re-derived from
    /// <paramref name="options"/>, which must be the options the ads were generated with.
    /// </summary>
    public static SyntheticValidationReport Compute(IEnumerable<SyntheticAd> ads, SyntheticOptions options)
    {
        ArgumentNullException.ThrowIfNull(ads);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var accumulator = new ValidationAccumulator(SyntheticPlan.Build(options));
        foreach (var ad in ads) accumulator.Add(ad);
        return accumulator.Build();
    }

    /// <summary>The row of a metric (exact name), or null.</summary>
    public ValidationRow? Row(string metric) => Rows.FirstOrDefault(r => string.Equals(r.Metric, metric, StringComparison.Ordinal));

    /// <summary>The report as plain-text tables, for the console and for reading.</summary>
    public string ToText()
    {
        var sb = new StringBuilder();
        var width = Math.Max(10, Rows.Count == 0 ? 10 : Rows.Max(r => r.Metric.Length));
        sb.Append("Synthetic corpus: validation against the specification\n\n");
        sb.Append("metric".PadRight(width)).Append("  ").Append("value".PadLeft(10)).Append("  ").Append("target".PadRight(32)).Append("  ok\n");
        sb.Append(new string('-', width + 50)).Append('\n');
        foreach (var r in Rows)
        {
            var ok = r.WithinTarget switch { true => "yes", false => "NO", null => "" };
            sb.Append(r.Metric.PadRight(width)).Append("  ")
              .Append(FormatValue(r.Value).PadLeft(10)).Append("  ")
              .Append(r.Target.PadRight(32)).Append("  ").Append(ok).Append('\n');
        }

        sb.Append("\nPlanted events (ads per day in the event city: window vs. 28 days either side)\n");
        sb.Append(string.Create(CultureInfo.InvariantCulture, $"{"id",-4} {"event",-36} {"city",-10} {"dates",-23} {"happened",-8} {"uplift",6} {"extra",6} {"window",7} {"base",7} {"ratio",6}\n"));
        foreach (var e in Events)
        {
            var p = e.Event;
            sb.Append(string.Create(CultureInfo.InvariantCulture,
                $"{p.Id,-4} {p.Name,-36} {p.City,-10} {p.StartDate:yyyy-MM-dd}..{p.EndDate:yyyy-MM-dd} {(p.Happened ? "yes" : "no"),-8} {p.Uplift,6:0.00} {p.ExtraAds,6} {e.WindowAdsPerDay,7:0.0} {e.BaselineAdsPerDay,7:0.0} {e.ObservedRatio,6:0.00}\n"));
        }

        sb.Append("\nCity-to-city flow matrix of planted trips (legs; rows: from, columns: to)\n");
        var cities = Flows.SelectMany(f => new[] { f.From, f.To }).Distinct(StringComparer.Ordinal).OrderBy(c => c, StringComparer.Ordinal).ToArray();
        if (cities.Length > 0)
        {
            var cell = new Dictionary<(string, string), int>();
            foreach (var f in Flows) cell[(f.From, f.To)] = f.Legs;
            var label = cities.Max(c => c.Length);
            sb.Append(new string(' ', label));
            foreach (var c in cities) sb.Append(' ').Append(Abbreviate(c).PadLeft(5));
            sb.Append('\n');
            foreach (var from in cities)
            {
                sb.Append(from.PadRight(label));
                foreach (var to in cities)
                {
                    var v = cell.GetValueOrDefault((from, to));
                    sb.Append(' ').Append((v == 0 ? "." : v.ToString(CultureInfo.InvariantCulture)).PadLeft(5));
                }
                sb.Append('\n');
            }
            sb.Append("(columns: ").AppendJoin(", ", cities.Select(c => Abbreviate(c) + " = " + c)).Append(")\n");
        }
        return sb.ToString();
    }

    private static string Abbreviate(string city)
    {
        var parts = city.Split(' ', '-', '.');
        var letters = parts.Length > 1
            ? string.Concat(parts.Where(p => p.Length > 0).Select(p => p[0]))
            : city[..Math.Min(4, city.Length)];
        return letters.Length > 5 ? letters[..5] : letters;
    }

    private static string FormatValue(double v) =>
        Math.Abs(v - Math.Round(v)) < 1e-9 && Math.Abs(v) >= 1
            ? v.ToString("0", CultureInfo.InvariantCulture)
            : v.ToString("0.000", CultureInfo.InvariantCulture);
}
