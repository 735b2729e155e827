namespace Workbench.Notebooks;

/// <summary>Settings of the stdio kernel host.</summary>
public sealed record KernelHostOptions
{
    /// <summary>The current directory for cells (VS Code passes the notebook's folder as <c>--working-dir</c>).</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>
    /// Serve VS Code's Polyglot Notebooks extension: adds the proxy kernels <c>vscode</c> (which answers input
    /// requests) and <c>javascript</c> that the extension expects.
    /// </summary>
    public bool VsCode { get; init; }
}
