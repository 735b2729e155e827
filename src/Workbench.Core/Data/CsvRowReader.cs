using System.Text;

namespace Workbench.Data;

/// <summary>
/// Streams RFC 4180 CSV records with a header row: quoted fields may hold commas, doubled quotes and line breaks.
/// </summary>
/// <remarks>
/// Written here rather than taken from a CSV package because the quarantine needs three things at once that the served
/// CSV libraries do not all report: the line on which each record starts, an unterminated quote detected as an error
/// (not silently swallowing the rest of the file), and a record with the wrong number of cells reported, not padded.
/// The reader keeps one record in memory at a time. Bare quotes inside an unquoted cell are kept as text, as most
/// producers mean them.
/// </remarks>
internal sealed class CsvRowReader(string path) : IRowReader
{
    public long BlankLines { get; private set; }

    public IEnumerable<RawRow> Rows()
    {
        using var reader = SourceFiles.OpenText(path);
        var scanner = new Scanner(reader);
        string[]? header = null;
        var cells = new List<string>(32);
        var raw = new StringBuilder();
        while (true)
        {
            var status = scanner.ReadRecord(cells, raw, out var startLine);
            if (status == Scanner.Status.End) yield break;
            var location = new SourceLocation(path, startLine, IsLine: true);
            if (status == Scanner.Status.Blank)
            {
                BlankLines++;
                continue;
            }
            var excerpt = RawExcerpt.Mask(raw.ToString());
            if (status == Scanner.Status.UnterminatedQuote)
            {
                yield return new RawRow(location, null,
                    $"quoted field opened on line {startLine} is never closed (unterminated quote; the rest of the file was read as this record)",
                    excerpt);
                yield break;
            }
            if (header is null)
            {
                header = cells.Select(c => c.Trim()).ToArray();
                var duplicate = header.GroupBy(h => h, StringComparer.Ordinal).FirstOrDefault(g => g.Key.Length > 0 && g.Count() > 1);
                if (duplicate is not null)
                {
                    throw new InvalidDataException($"{path}:{startLine}: header names column '{duplicate.Key}' twice.");
                }
                continue;
            }
            if (cells.Count != header.Length)
            {
                yield return new RawRow(location, null,
                    $"record has {cells.Count} cells but the header has {header.Length} (check quoting of commas and line breaks)",
                    excerpt);
                continue;
            }
            var fields = new List<KeyValuePair<string, RawValue>>(header.Length);
            for (var i = 0; i < header.Length; i++)
            {
                fields.Add(new(header[i], RawValue.OfString(cells[i], fromText: true)));
            }
            yield return new RawRow(location, fields, null, excerpt);
        }
    }

    public void Dispose()
    {
    }

    /// <summary>A character-level RFC 4180 state machine over a buffered reader.</summary>
    private sealed class Scanner(TextReader reader)
    {
        public enum Status
        {
            Record,
            Blank,
            End,
            UnterminatedQuote,
        }

        private readonly char[] _buffer = new char[1 << 16];
        private int _length;
        private int _position;
        private long _line = 1;
        private readonly StringBuilder _cell = new();

        private int Peek()
        {
            if (_position < _length) return _buffer[_position];
            _length = reader.Read(_buffer, 0, _buffer.Length);
            _position = 0;
            return _length == 0 ? -1 : _buffer[0];
        }

        private int Next()
        {
            var c = Peek();
            if (c >= 0) _position++;
            return c;
        }

        public Status ReadRecord(List<string> cells, StringBuilder raw, out long startLine)
        {
            cells.Clear();
            raw.Clear();
            startLine = _line;
            if (Peek() < 0) return Status.End;
            _cell.Clear();
            var quoted = false;
            var inQuotes = false;
            var sawAnything = false;
            while (true)
            {
                var c = Next();
                if (c < 0)
                {
                    if (inQuotes) return Status.UnterminatedQuote;
                    if (!sawAnything && cells.Count == 0 && _cell.Length == 0) return Status.End;
                    cells.Add(_cell.ToString());
                    return Status.Record;
                }
                if (raw.Length < 256) raw.Append((char)c);
                if (inQuotes)
                {
                    if (c == '"')
                    {
                        if (Peek() == '"')
                        {
                            Next();
                            _cell.Append('"');
                        }
                        else
                        {
                            inQuotes = false;
                        }
                    }
                    else
                    {
                        if (c == '\n') _line++;
                        _cell.Append((char)c);
                    }
                    continue;
                }
                switch (c)
                {
                    case '"' when _cell.Length == 0 && !quoted:
                        quoted = true;
                        inQuotes = true;
                        sawAnything = true;
                        break;
                    case ',':
                        cells.Add(_cell.ToString());
                        _cell.Clear();
                        quoted = false;
                        sawAnything = true;
                        break;
                    case '\r':
                        if (Peek() == '\n') Next();
                        goto case '\n';
                    case '\n':
                        _line++;
                        if (!sawAnything && _cell.Length == 0 && cells.Count == 0) return Status.Blank;
                        cells.Add(_cell.ToString());
                        return Status.Record;
                    default:
                        _cell.Append((char)c);
                        sawAnything = true;
                        break;
                }
            }
        }
    }
}
