using System.Globalization;
using Plotly.NET;
using Plotly.NET.LayoutObjects;
using Plotly.NET.TraceObjects;
using Workbench.Prevalence;

namespace Workbench.Charts;

/// <summary>
/// Charts of prevalence results: pure functions from rates and estimates to Plotly charts, shared by the demo report,
/// notebook <c>06-prevalence</c> and paper figures. Every chart shows intervals, and suppressed cells never show a number.
/// </summary>
public static class PrevalenceCharts
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>
    /// A map of Canada with one bubble per province at its approximate centroid, its area proportional to the rate per
    /// 100,000 residents, the interval in the label. No base map is downloaded (this works offline): the outline is a
    /// schematic of straight-line provincial borders written into the code, and suppressed provinces are grey dots.
    /// </summary>
    public static GenericChart ProvinceMap(PrevalenceRates rates, RateMeasure measure = RateMeasure.Ads)
    {
        ArgumentNullException.ThrowIfNull(rates);
        var cells = rates.Select(RateDimension.Province, measure).ToList();
        var shown = cells.Where(c => !c.Suppressed && c.Rate is not null && ProvinceCentroids.Has(c.Key)).ToList();
        var hidden = cells.Where(c => (c.Suppressed || c.Rate is null) && ProvinceCentroids.Has(c.Key)).ToList();
        var max = shown.Count == 0 ? 1 : shown.Max(c => c.Rate!.Value);
        var charts = new List<GenericChart>();
        foreach (var (lons, lats) in ProvinceCentroids.SchematicBorders)
        {
            var line = Plotly.NET.CSharp.Chart.LineGeo<double, double, string>(longitudes: lons, latitudes: lats, ShowLegend: false, LineColor: Color.fromString("#9aa5b1"));
            charts.Add(line);
        }
        if (shown.Count > 0)
        {
            charts.Add(Plotly.NET.CSharp.Chart.BubbleGeo<double, double, string>(
                longitudes: shown.Select(c => ProvinceCentroids.Of(c.Key).Lon),
                latitudes: shown.Select(c => ProvinceCentroids.Of(c.Key).Lat),
                sizes: shown.Select(c => (int)Math.Round(8 + 52 * Math.Sqrt(c.Rate!.Value / max))),
                Name: Measure(measure) + " per 100,000 residents",
                MultiText: shown.Select(c => string.Create(Inv, $"{c.Key} {c.Rate:F1} [{c.RateLower:F1}–{c.RateUpper:F1}]")).ToArray(),
                TextPosition: StyleParam.TextPosition.BottomCenter,
                MarkerColor: Color.fromString("#c0392b"),
                Opacity: 0.75));
        }
        if (hidden.Count > 0)
        {
            charts.Add(Plotly.NET.CSharp.Chart.PointGeo<double, double, string>(
                longitudes: hidden.Select(c => ProvinceCentroids.Of(c.Key).Lon),
                latitudes: hidden.Select(c => ProvinceCentroids.Of(c.Key).Lat),
                Name: string.Create(Inv, $"suppressed (fewer than {rates.Options.SuppressBelow})"),
                MultiText: hidden.Select(c => c.Key + " <" + rates.Options.SuppressBelow.ToString(Inv)).ToArray(),
                TextPosition: StyleParam.TextPosition.BottomCenter,
                MarkerColor: Color.fromString("#aaaaaa")));
        }
        var chart = Plotly.NET.CSharp.Chart.Combine(charts);
        chart = Plotly.NET.Chart.withGeo(OfflineCanada(), null).Invoke(chart);
        chart = Plotly.NET.Chart.withTitle(string.Create(Inv, $"{Measure(measure)} per 100,000 residents by province ({rates.Options.Confidence * 100:0.#}% interval in brackets)"), null).Invoke(chart);
        return Plotly.NET.CSharp.GenericChartExtensions.WithSize(chart, 900, 560);
    }

    /// <summary>Weekly rate per 100,000 residents (Canada) with its bootstrap interval as a band; suppressed weeks are gaps.</summary>
    public static GenericChart WeeklyRates(PrevalenceRates rates, RateMeasure measure = RateMeasure.Ads)
    {
        ArgumentNullException.ThrowIfNull(rates);
        var weeks = rates.Select(RateDimension.Week, measure).Where(c => !c.Suppressed && c.Rate is not null).ToList();
        var chart = Plotly.NET.CSharp.Chart.Range<DateTime, double, string>(
            x: weeks.Select(c => c.WeekStart!.Value.ToDateTime(TimeOnly.MinValue)),
            y: weeks.Select(c => c.Rate!.Value),
            upper: weeks.Select(c => c.RateUpper!.Value),
            lower: weeks.Select(c => c.RateLower!.Value),
            mode: StyleParam.Mode.Lines_Markers,
            Name: Measure(measure) + " per 100,000 residents",
            RangeColor: Color.fromString("rgba(192,57,43,0.2)"),
            UpperName: string.Create(Inv, $"upper {rates.Options.Confidence * 100:0.#}%"),
            LowerName: string.Create(Inv, $"lower {rates.Options.Confidence * 100:0.#}%"));
        return chart.Titled(
            string.Create(Inv, $"{Measure(measure)} per week per 100,000 residents, with {rates.Options.Confidence * 100:0.#}% bootstrap band"),
            "week starting (UTC, ISO weeks)", Measure(measure) + " per 100,000 residents");
    }

    /// <summary>
    /// N̂ of several multiple-systems models side by side with their intervals (profile likelihood), the observed
    /// count as a floor line and, on synthetic data, the true population.
    /// </summary>
    public static GenericChart MseModels(IReadOnlyList<(string Label, MseEstimate Estimate)> models, double? truth = null, string title = "Multiple-systems estimates by model")
    {
        ArgumentNullException.ThrowIfNull(models);
        var labels = models.Select(m => m.Label).ToArray();
        var points = Plotly.NET.CSharp.Chart.Point<string, double, string>(
            x: labels, y: models.Select(m => m.Estimate.NHat), Name: "N̂ with profile-likelihood interval",
            MarkerColor: Color.fromString("#2c3e50"));
        var error = new Error();
        error.SetProperty("type", "data");
        error.SetProperty("symmetric", false);
        error.SetProperty("array", models.Select(m => m.Estimate.ProfileInterval.Upper - m.Estimate.NHat).ToArray());
        error.SetProperty("arrayminus", models.Select(m => m.Estimate.NHat - m.Estimate.ProfileInterval.Lower).ToArray());
        points = Plotly.NET.Chart.withYError(error).Invoke(points);
        var charts = new List<GenericChart>
        {
            points,
            Plotly.NET.CSharp.Chart.Line<string, double, string>(x: labels, y: models.Select(m => (double)m.Estimate.Observed), Name: "observed (seen on a list)", LineDash: StyleParam.DrawingStyle.Dot),
        };
        if (truth is { } t)
        {
            charts.Add(Plotly.NET.CSharp.Chart.Line<string, double, string>(x: labels, y: labels.Select(_ => t), Name: "true population (synthetic)", LineDash: StyleParam.DrawingStyle.Dash, LineColor: Color.fromString("#27ae60")));
        }
        return Plotly.NET.CSharp.Chart.Combine(charts).Titled(title, "model", "population size N̂");
    }

    /// <summary>How far estimates land from the truth in each scenario of the simulation: N̂ / truth per run, 1 = exact.</summary>
    public static GenericChart SimulationErrors(MseSimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var charts = new List<GenericChart>();
        foreach (var model in new[] { "main", "stepwise" })
        {
            var rows = result.Rows.Where(r => r.Model == model && r.NHat is not null).ToList();
            var chart = Plotly.NET.CSharp.Chart.Point<string, double, string>(
                x: rows.Select(r => r.Scenario), y: rows.Select(r => r.NHat!.Value / r.TrueCount), Name: model,
                MultiText: rows.Select(r => string.Create(Inv, $"seed {r.Seed}: N̂ {r.NHat:N0} vs truth {r.TrueCount:N0}")).ToArray());
            var error = new Error();
            error.SetProperty("type", "data");
            error.SetProperty("symmetric", false);
            error.SetProperty("array", rows.Select(r => (r.Upper!.Value - r.NHat!.Value) / r.TrueCount).ToArray());
            error.SetProperty("arrayminus", rows.Select(r => (r.NHat!.Value - r.Lower!.Value) / r.TrueCount).ToArray());
            charts.Add(Plotly.NET.Chart.withYError(error).Invoke(chart));
        }
        var scenarios = result.Rows.Select(r => r.Scenario).Distinct().ToArray();
        charts.Add(Plotly.NET.CSharp.Chart.Line<string, double, string>(x: scenarios, y: scenarios.Select(_ => 1.0), Name: "truth", LineDash: StyleParam.DrawingStyle.Dash, LineColor: Color.fromString("#27ae60")));
        var combined = Plotly.NET.CSharp.Chart.Combine(charts).Titled("Estimate ÷ true population on synthetic corpora (1 = exact; bars: 95% interval)", "scenario", "N̂ / truth");
        return Plotly.NET.CSharp.GenericChartExtensions.WithYAxisStyle<double, double, string>(combined, TitleText: "N̂ / truth (log scale)", AxisType: StyleParam.AxisType.Log);
    }

    private static string Measure(RateMeasure measure) => measure switch
    {
        RateMeasure.Ads => "Ads",
        RateMeasure.Advertisers => "Phone-linked advertisers",
        RateMeasure.Clusters => "Clusters",
        _ => "Clusters with signals",
    };

    /// <summary>A geo subplot framed on Canada with every base layer off, so plotly.js fetches no map data.</summary>
    /// <param name="frame">Longitude and latitude ranges to show (null: the whole country); narrower to zoom on the places drawn.</param>
    internal static Geo OfflineCanada((double West, double East, double South, double North)? frame = null)
    {
        var geo = new Geo();
        foreach (var layer in new[] { "showcoastlines", "showland", "showocean", "showlakes", "showrivers", "showcountries", "showsubunits" })
        {
            geo.SetProperty(layer, false);
        }
        geo.SetProperty("showframe", true);
        geo.SetProperty("projection", new Dictionary<string, object> { ["type"] = "mercator" });
        geo.SetProperty("lonaxis", new Dictionary<string, object> { ["range"] = new[] { frame?.West ?? -141.0, frame?.East ?? -52.0 }, ["showgrid"] = true, ["dtick"] = 10, ["gridcolor"] = "#eeeeee" });
        geo.SetProperty("lataxis", new Dictionary<string, object> { ["range"] = new[] { frame?.South ?? 41.5, frame?.North ?? 72.0 }, ["showgrid"] = true, ["dtick"] = 5, ["gridcolor"] = "#eeeeee" });
        return geo;
    }
}
