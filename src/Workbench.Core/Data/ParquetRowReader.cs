using DuckDB.NET.Data;

namespace Workbench.Data;

/// <summary>Streams the rows of a Parquet file through embedded DuckDB, one row at a time.</summary>
/// <remarks>
/// DuckDB reads Parquet natively (no extension download) and its streaming result mode keeps memory bounded by a row
/// group, not the file. Positions are 0-based row indexes, as Parquet tools count them.
/// </remarks>
internal sealed class ParquetRowReader(string path) : IRowReader
{
    public long BlankLines => 0;

    public IEnumerable<RawRow> Rows()
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: file not found.", path);
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM read_parquet($path)";
        command.Parameters.Add(new DuckDBParameter("path", path));
        command.UseStreamingMode = true;
        DuckDBDataReader reader;
        try
        {
            reader = (DuckDBDataReader)command.ExecuteReader();
        }
        catch (DuckDBException ex)
        {
            throw new InvalidDataException($"{path}: not a readable Parquet file: {ex.Message}", ex);
        }
        using (reader)
        {
            var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
            long row = 0;
            while (reader.Read())
            {
                var location = new SourceLocation(path, row++, IsLine: false);
                var fields = new List<KeyValuePair<string, RawValue>>(names.Length);
                for (var i = 0; i < names.Length; i++)
                {
                    fields.Add(new(names[i], reader.IsDBNull(i) ? RawValue.Null : RawValue.FromClr(reader.GetValue(i))));
                }
                var idIndex = Array.IndexOf(names, AdFields.AdId);
                var excerpt = idIndex >= 0 && !reader.IsDBNull(idIndex)
                    ? RawExcerpt.Mask($"ad_id={reader.GetValue(idIndex)}")
                    : string.Empty;
                yield return new RawRow(location, fields, null, excerpt);
            }
        }
    }

    public void Dispose()
    {
    }
}
