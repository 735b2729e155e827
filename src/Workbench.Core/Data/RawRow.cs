namespace Workbench.Data;

/// <summary>
/// One record as a format reader saw it: its fields, or the reason it could not be read at all.
/// </summary>
/// <param name="Location">File and line or row.</param>
/// <param name="Fields">Field names and raw values in source order; null when the record is unreadable.</param>
/// <param name="Error">Why the record is unreadable (bad JSON, unterminated quote, wrong column count), else null.</param>
/// <param name="Excerpt">The record's first characters, masked (<see cref="RawExcerpt"/>).</param>
internal readonly record struct RawRow(
    SourceLocation Location,
    IReadOnlyList<KeyValuePair<string, RawValue>>? Fields,
    string? Error,
    string Excerpt);
