namespace Workbench.Notebooks;

/// <summary>The cell a run stopped at.</summary>
/// <param name="Cell">Its number, counting every cell (markdown too) from 1, as an editor lists them.</param>
/// <param name="FirstLine">The cell's first line of code, to find it.</param>
/// <param name="Error">The compiler or runtime error as the kernel reported it.</param>
public sealed record CellFailure(int Cell, string FirstLine, string Error);
