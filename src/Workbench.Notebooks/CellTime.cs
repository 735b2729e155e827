namespace Workbench.Notebooks;

/// <summary>How long one cell ran.</summary>
/// <param name="Cell">Cell number, counting every cell from 1.</param>
/// <param name="Elapsed">Wall time.</param>
public sealed record CellTime(int Cell, TimeSpan Elapsed);
