namespace Workbench.Notebooks;

/// <summary>Settings of a headless notebook run.</summary>
public sealed record NotebookRunOptions
{
    /// <summary>Overrides of the parameters cell's variables, by name (values as the command line gives them).</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>Write the outputs back into the .ipynb (a .dib holds no outputs and is never rewritten).</summary>
    public bool WriteOutputs { get; init; }

    /// <summary>Write the executed notebook into this folder instead of over the source (implies writing outputs).</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>Longest time one cell may run before the run stops.</summary>
    public TimeSpan CellTimeout { get; init; } = TimeSpan.FromMinutes(10);
}
