namespace Workbench.Cli.Figures;

/// <summary>Size and resolution of paper figures.</summary>
internal static class FigureStyle
{
    /// <summary>Width in CSS pixels.</summary>
    public const int Width = 900;

    /// <summary>Height in CSS pixels.</summary>
    public const int Height = 420;

    /// <summary>PNG pixels per CSS pixel (2: sharp in print at a column's width).</summary>
    public const int PngScale = 2;
}
