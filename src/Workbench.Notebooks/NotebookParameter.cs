namespace Workbench.Notebooks;

/// <summary>A variable declared in a notebook's <c>parameters</c> cell.</summary>
/// <param name="Name">Variable name.</param>
/// <param name="Type">C# keyword of its type (<c>int</c>, <c>double</c>, <c>string</c>, …).</param>
/// <param name="Default">The initializer as written in the cell.</param>
public sealed record NotebookParameter(string Name, string Type, string Default);
