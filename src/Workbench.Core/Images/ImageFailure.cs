namespace Workbench.Images;

/// <summary>A file that could not be hashed, and why.</summary>
/// <param name="Path">Path relative to the folder, with <c>/</c> separators (or as referenced by an ad).</param>
/// <param name="Reason">One line: what was wrong.</param>
public sealed record ImageFailure(string Path, string Reason);
