namespace Workbench.Notebooks;

/// <summary>What one headless run of a notebook did.</summary>
/// <param name="Path">The notebook.</param>
/// <param name="CodeCellsRun">Code cells that ran to completion (the injected parameters cell included).</param>
/// <param name="Elapsed">Wall time, kernel start included.</param>
/// <param name="Failure">The failing cell, or null when every cell ran.</param>
/// <param name="WrittenTo">Where the executed notebook was written, if it was.</param>
/// <param name="CellTimes">Wall time of each code cell that ran, by cell number.</param>
public sealed record NotebookRunResult(
    string Path, int CodeCellsRun, TimeSpan Elapsed, CellFailure? Failure, string? WrittenTo, IReadOnlyList<CellTime> CellTimes)
{
    /// <summary>Whether every cell ran.</summary>
    public bool Succeeded => Failure is null;

    /// <summary>One line naming the notebook, the cell and the error, for a terminal or a test message.</summary>
    public string Describe() => Failure is null
        ? $"{Path}: {CodeCellsRun} code cells ran in {Elapsed.TotalSeconds:F1} s"
        : $"{Path}: cell {Failure.Cell} ({Failure.FirstLine}) failed: {Failure.Error}";
}
