namespace Workbench.Data;

/// <summary>
/// One source file of ads in JSONL, CSV or Parquet: streams every record, validated, as kept or quarantined.
/// </summary>
/// <remarks>
/// <para>This is the loader's front door. <see cref="Rows"/> yields one <see cref="RowOutcome"/> per record read, in
/// file order, and <see cref="Counts"/> keeps the tally, so that read = kept + quarantined holds at every moment.
/// Memory stays constant in the size of the file apart from the set of ad ids seen (for duplicate detection).</para>
/// <para>The ads are raw: their contacts are not yet pseudonymized. Only <c>Ingestor</c>, which pseudonymizes them, may pass them on.</para>
/// </remarks>
public sealed class AdSource
{
    private readonly Dictionary<string, long> _firstSeen = new(StringComparer.Ordinal);
    private long _read;
    private long _kept;
    private long _quarantined;
    private long _blank;

    private AdSource(string path, AdFormat format, LoaderOptions options)
    {
        Path = path;
        Format = format;
        Options = options;
    }

    /// <summary>Path of the file.</summary>
    public string Path { get; }

    /// <summary>Format the file is read as.</summary>
    public AdFormat Format { get; }

    /// <summary>Validation settings.</summary>
    public LoaderOptions Options { get; }

    /// <summary>The tally so far (complete once <see cref="Rows"/> has been enumerated to the end).</summary>
    public LoadCounts Counts => new(_read, _kept, _quarantined, _blank);

    /// <summary>
    /// Opens a source. The format is taken from <paramref name="format"/>, else from the file extension.
    /// </summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="ArgumentException">The format is neither given nor implied by the extension.</exception>
    public static AdSource Open(string path, AdFormat? format = null, LoaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: file not found.", path);
        var resolved = format ?? AdFormats.FromPath(path)
            ?? throw new ArgumentException($"{path}: cannot tell the format from the extension; give it (jsonl, csv or parquet).", nameof(format));
        return new AdSource(path, resolved, options ?? LoaderOptions.Default);
    }

    /// <summary>Streams every record of the file as kept or quarantined. Enumerate once.</summary>
    public IEnumerable<RowOutcome> Rows()
    {
        using var reader = CreateReader();
        foreach (var row in reader.Rows())
        {
            _read++;
            var outcome = Judge(row);
            if (outcome.IsKept) _kept++;
            else _quarantined++;
            yield return outcome;
        }
        _blank = reader.BlankLines;
    }

    /// <summary>Streams only the valid ads (raw), skipping quarantined rows; <see cref="Counts"/> still counts them.</summary>
    public IEnumerable<Ad> Ads()
    {
        foreach (var outcome in Rows())
        {
            if (outcome.Ad is { } ad) yield return ad;
        }
    }

    /// <summary>Adds ids that already exist elsewhere (the store), so that rows repeating them are quarantined.</summary>
    public void ExcludeIds(IEnumerable<string> existingIds, string where)
    {
        ArgumentNullException.ThrowIfNull(existingIds);
        foreach (var id in existingIds) _firstSeen.TryAdd(id, -1);
        _existingWhere = where;
    }

    private string _existingWhere = "the store";

    private IRowReader CreateReader() => Format switch
    {
        AdFormat.Jsonl => new JsonlRowReader(Path),
        AdFormat.Csv => new CsvRowReader(Path),
        AdFormat.Parquet => new ParquetRowReader(Path),
        _ => throw new InvalidOperationException($"Unknown format {Format}."),
    };

    private RowOutcome Judge(RawRow row)
    {
        if (row.Fields is null) return RowOutcome.Quarantined(row.Location, null, row.Error ?? "unreadable record", row.Excerpt);
        var result = AdRowValidator.Validate(row.Fields, Options);
        if (result.Ad is not { } ad) return RowOutcome.Quarantined(row.Location, result.Field, result.Reason!, row.Excerpt);
        if (Options.QuarantineDuplicateIds)
        {
            if (!_firstSeen.TryAdd(ad.AdId, row.Location.Position))
            {
                var first = _firstSeen[ad.AdId];
                var previous = first < 0 ? $"already in {_existingWhere}" : $"first seen at {(row.Location.IsLine ? "line" : "row")} {first}";
                return RowOutcome.Quarantined(row.Location, AdFields.AdId, $"duplicate ad_id ({previous}); the first occurrence is kept", row.Excerpt);
            }
        }
        return RowOutcome.Kept(row.Location, ad);
    }
}
