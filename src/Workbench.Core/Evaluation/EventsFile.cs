using System.Globalization;
using Workbench.Synthetic;

namespace Workbench.Evaluation;

/// <summary>Reads the generator's <c>events.csv</c> (the planted events beside <c>truth.jsonl</c>).</summary>
public static class EventsFile
{
    private const string Header = "event_id,name,city,province,start,end,happened,uplift,extra_ads";

    /// <summary>The planted events; a malformed line fails with the file, line and field.</summary>
    public static IReadOnlyList<PlantedEvent> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: events file not found (events.csv lies beside truth.jsonl)", path);
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0].Trim() != Header) throw new InvalidDataException($"{path}:1: header must be {Header}");
        var events = new List<PlantedEvent>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i])) continue;
            var f = lines[i].Split(',');
            if (f.Length != 9) throw new InvalidDataException($"{path}:{i + 1}: expected 9 fields, found {f.Length}");
            DateOnly Date(int k, string name) => DateOnly.TryParseExact(f[k], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d : throw new InvalidDataException($"{path}:{i + 1}: field {name} '{f[k]}' is not a yyyy-MM-dd date");
            var happened = f[6] switch
            {
                "yes" => true,
                "no" => false,
                _ => throw new InvalidDataException($"{path}:{i + 1}: field happened '{f[6]}' must be yes or no"),
            };
            if (!double.TryParse(f[7], NumberStyles.Float, CultureInfo.InvariantCulture, out var uplift))
                throw new InvalidDataException($"{path}:{i + 1}: field uplift '{f[7]}' is not a number");
            if (!int.TryParse(f[8], NumberStyles.Integer, CultureInfo.InvariantCulture, out var extra))
                throw new InvalidDataException($"{path}:{i + 1}: field extra_ads '{f[8]}' is not an integer");
            events.Add(new PlantedEvent(f[0], f[1], f[2], f[3], Date(4, "start"), Date(5, "end"), happened, uplift, extra));
        }
        return events;
    }
}
