namespace Workbench.Images;

/// <summary>Where a sub-window sits along one axis of an image.</summary>
public enum WindowAnchor
{
    /// <summary>The window spans the whole axis (nothing cut on this axis).</summary>
    Whole,

    /// <summary>The window starts at the left or top edge (the far side is cut).</summary>
    Start,

    /// <summary>The window is centred (both sides cut equally).</summary>
    Centre,

    /// <summary>The window ends at the right or bottom edge (the near side is cut).</summary>
    End,
}

/// <summary>
/// One sub-window of an image whose DCT hash is kept beside the global one (<see cref="CropMatchOptions"/>): along
/// each axis it spans the whole side or <see cref="CropMatchOptions.WindowShare"/> of it, anchored at an edge or centred.
/// </summary>
/// <param name="Horizontal">Anchor along the width.</param>
/// <param name="Vertical">Anchor along the height.</param>
public readonly record struct CropWindow(WindowAnchor Horizontal, WindowAnchor Vertical)
{
    /// <summary>
    /// The window's pixel range along an axis of <paramref name="length"/> pixels: [<c>From</c>, <c>To</c>).
    /// </summary>
    internal static (int From, int To) Span(WindowAnchor anchor, int length, double share)
    {
        var kept = Math.Clamp((int)Math.Round(length * share), 1, length);
        return anchor switch
        {
            WindowAnchor.Start => (0, kept),
            WindowAnchor.Centre => ((length - kept) / 2, ((length - kept) / 2) + kept),
            WindowAnchor.End => (length - kept, length),
            _ => (0, length),
        };
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Horizontal}/{Vertical}";
}
