using Plotly.NET;
using Workbench.Charts;

namespace Workbench.Cli.Figures;

/// <summary>Figure: ads posted per day (UTC) over the corpus's span.</summary>
internal sealed class AdsPerDayFigure : Figure<AdsPerDayFigure.Data>
{
    /// <summary>Days and their ad counts, in date order.</summary>
    public sealed record Data(IReadOnlyList<string> Days, IReadOnlyList<long> Ads);

    public override string Id => "corpus-ads-per-day";

    public override string Title => "Ads posted per day";

    public override Data Compute(FigureInput input) => new(
        input.Summary.AdsPerDay.Select(d => d.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToList(),
        input.Summary.AdsPerDay.Select(d => d.Ads).ToList());

    public override GenericChart Plot(Data data) =>
        Plotly.NET.CSharp.Chart.Line<string, long, string>(x: data.Days, y: data.Ads, Name: "ads")
            .Titled(Title, "day (UTC)", "ads", FigureStyle.Width, FigureStyle.Height)
            .Paper();
}
