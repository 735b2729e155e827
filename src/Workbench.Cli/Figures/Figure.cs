using System.Text.Json;
using Plotly.NET;

namespace Workbench.Cli.Figures;

/// <summary>A figure whose data is a record of type <typeparamref name="TData"/>.</summary>
internal abstract class Figure<TData> : IFigure
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true };

    public abstract string Id { get; }

    public abstract string Title { get; }

    public virtual (int Width, int Height) Size => (FigureStyle.Width, FigureStyle.Height);

    /// <summary>The numbers, from the inputs (no plotting here).</summary>
    public abstract TData Compute(FigureInput input);

    /// <summary>The chart, from the numbers alone (a pure function).</summary>
    public abstract GenericChart Plot(TData data);

    public FigureResult Make(FigureInput input)
    {
        var data = Compute(input);
        return new FigureResult(JsonSerializer.Serialize(data, Json), Plot(data));
    }
}
