namespace Workbench.Text;

/// <summary>
/// Entities found in an ad's title and body read together, each with raw spans into its own field.
/// </summary>
/// <remarks>
/// A phone split between the fields (area code at the end of the title, the rest at the start of the body)
/// appears in both lists with the same E.164 value: the title entity covers the title's part, the body entity
/// the body's part, so that the pseudonymizer can replace both.
/// </remarks>
/// <param name="Title">Entities in the title, sorted by start, offsets into the raw title.</param>
/// <param name="Body">Entities in the body, sorted by start, offsets into the raw body.</param>
public sealed record CrossFieldEntities(IReadOnlyList<TextEntity> Title, IReadOnlyList<TextEntity> Body);
