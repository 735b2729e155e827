namespace Workbench.Data;

/// <summary>File formats the loaders read.</summary>
public enum AdFormat
{
    /// <summary>JSON Lines: one JSON object per line, UTF-8.</summary>
    Jsonl,

    /// <summary>RFC 4180 CSV with a header row, UTF-8 with or without BOM; lists as JSON arrays in one cell.</summary>
    Csv,

    /// <summary>Apache Parquet, columns named as the schema's fields.</summary>
    Parquet,
}

/// <summary>Guesses a format from a file name.</summary>
public static class AdFormats
{
    /// <summary>The format implied by the extension of <paramref name="path"/>, or null when it implies none.</summary>
    public static AdFormat? FromPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = path.ToLowerInvariant();
        if (name.EndsWith(".gz", StringComparison.Ordinal)) name = name[..^3];
        return Path.GetExtension(name) switch
        {
            ".jsonl" or ".ndjson" or ".json" => AdFormat.Jsonl,
            ".csv" => AdFormat.Csv,
            ".parquet" or ".pq" => AdFormat.Parquet,
            _ => null,
        };
    }

    /// <summary>Parses a format name as the CLI takes it (<c>jsonl</c>, <c>csv</c>, <c>parquet</c>).</summary>
    public static AdFormat Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Trim().ToLowerInvariant() switch
        {
            "jsonl" or "ndjson" or "json" => AdFormat.Jsonl,
            "csv" => AdFormat.Csv,
            "parquet" => AdFormat.Parquet,
            _ => throw new ArgumentException($"Unknown format '{name}': use jsonl, csv or parquet.", nameof(name)),
        };
    }
}
