using Plotly.NET;
using Workbench.Charts;

namespace Workbench.Cli.Figures;

/// <summary>Figure: ads per site, largest first.</summary>
internal sealed class AdsPerSiteFigure : Figure<AdsPerSiteFigure.Data>
{
    /// <summary>Sites with their ads, largest first.</summary>
    public sealed record Data(IReadOnlyList<string> Sites, IReadOnlyList<long> Ads);

    public override string Id => "corpus-ads-per-site";

    public override string Title => "Ads per site";

    public override Data Compute(FigureInput input)
    {
        var rows = input.Summary.Sites.OrderByDescending(s => s.Ads).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();
        return new Data(rows.Select(s => s.Name).ToList(), rows.Select(s => s.Ads).ToList());
    }

    public override GenericChart Plot(Data data) =>
        Plotly.NET.CSharp.Chart.Column<long, string, string>(values: data.Ads, Keys: data.Sites.ToArray(), Name: "ads")
            .Titled(Title, "site", "ads", FigureStyle.Width, FigureStyle.Height)
            .Paper();
}
