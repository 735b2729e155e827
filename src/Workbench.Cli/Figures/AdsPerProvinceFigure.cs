using Plotly.NET;
using Workbench.Charts;

namespace Workbench.Cli.Figures;

/// <summary>Figure: ads per 100,000 residents (2021 census) by province or territory, highest first.</summary>
internal sealed class AdsPerProvinceFigure : Figure<AdsPerProvinceFigure.Data>
{
    /// <summary>Provinces with their ads and rate, highest rate first.</summary>
    public sealed record Data(IReadOnlyList<string> Provinces, IReadOnlyList<long> Ads, IReadOnlyList<double> AdsPer100k);

    public override string Id => "corpus-ads-per-province";

    public override string Title => "Ads per 100,000 residents by province";

    public override Data Compute(FigureInput input)
    {
        var rows = input.Summary.Provinces.OrderByDescending(p => p.AdsPer100k).ThenBy(p => p.Province, StringComparer.Ordinal).ToList();
        return new Data(rows.Select(p => p.Province).ToList(), rows.Select(p => p.Ads).ToList(), rows.Select(p => Math.Round(p.AdsPer100k, 3)).ToList());
    }

    public override GenericChart Plot(Data data) =>
        Plotly.NET.CSharp.Chart.Column<double, string, string>(values: data.AdsPer100k, Keys: data.Provinces.ToArray(), Name: "ads per 100k residents")
            .Titled(Title, "province or territory", "ads per 100,000 residents", FigureStyle.Width, FigureStyle.Height)
            .Paper();
}
