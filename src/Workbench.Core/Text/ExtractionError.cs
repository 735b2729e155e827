namespace Workbench.Text;

/// <summary>One snippet where an extractor missed or invented values of one kind.</summary>
/// <param name="SnippetId">Id of the snippet.</param>
/// <param name="Category">Category of the snippet.</param>
/// <param name="Kind">Entity kind.</param>
/// <param name="Missed">Expected values not found.</param>
/// <param name="Spurious">Values found but not expected.</param>
public sealed record ExtractionError(string SnippetId, string Category, EntityKind Kind, IReadOnlyList<string> Missed, IReadOnlyList<string> Spurious);
