namespace Workbench.Cli.Figures;

/// <summary>Every paper figure, in paper order. A capability adds its figures here (one line each).</summary>
internal static class FigureCatalog
{
    public static IReadOnlyList<IFigure> All { get; } =
    [
        new AdsPerDayFigure(),
        new AdsPerProvinceFigure(),
        new AdsPerSiteFigure(),
        new ClusterQualityFigure(),
        new ReviewLearningCurvesFigure(),
        new AnomalyEventWindowsFigure(),
        new GraphCorridorsFigure(),
    ];
}
