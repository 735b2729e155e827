namespace Workbench.Data;

/// <summary>Where a row came from: the file, and the 1-based line (JSONL, CSV) or 0-based row (Parquet).</summary>
/// <param name="Source">Path of the source file as given to the loader.</param>
/// <param name="Position">1-based line where the record starts (text formats) or 0-based row index (Parquet).</param>
/// <param name="IsLine">True when <paramref name="Position"/> is a line number, false when it is a row index.</param>
public readonly record struct SourceLocation(string Source, long Position, bool IsLine)
{
    /// <inheritdoc />
    public override string ToString() => IsLine ? $"{Source}:{Position}" : $"{Source} row {Position}";
}
