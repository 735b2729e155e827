using System.Globalization;
using System.Text;
using Workbench.Data;

namespace Workbench.Review;

/// <summary>
/// Labels as CSV (<c>data-schemas/label.md</c>, section In CSV) for sharing between stores and with spreadsheets: one row per
/// current label, the label schema's fields as columns. No raw identifier can travel this way: targets are ad ids or
/// cluster ids, reviewers are pseudonymous codes, and a rationale holding a phone number, e-mail, handle or URL is
/// refused on both export and import.
/// </summary>
public static class LabelCsv
{
    /// <summary>The header, in schema order.</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["label_id", "target_kind", "target_id", "organized_activity", "spam", "scam", "massage_parlour", "benign", "rationale", "reviewer", "labelled_at", "supersedes"];

    /// <summary>Writes labels to a CSV file.</summary>
    public static void Write(string path, IEnumerable<Label> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        using var w = new StreamWriter(path, false, new UTF8Encoding(false));
        w.Write(string.Join(',', Columns) + "\n");
        foreach (var l in labels)
        {
            l.Validated();
            string R(int? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "";
            w.Write(string.Join(',', [l.LabelId, Label.KindName(l.TargetKind), Quote(l.TargetId), R(l.OrganizedActivity), R(l.Spam), R(l.Scam), R(l.MassageParlour), R(l.Benign),
                Quote(l.Rationale), l.Reviewer, Label.FormatTime(l.LabelledAt), l.Supersedes ?? ""]) + "\n");
        }
    }

    /// <summary>Reads labels from a CSV file written by <see cref="Write"/> (or by hand with the same header).</summary>
    /// <exception cref="InvalidDataException">A row is malformed or breaks a label rule; the message names file, line and field.</exception>
    public static IReadOnlyList<Label> Read(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: labels file not found", path);
        var labels = new List<Label>();
        using var reader = new CsvRowReader(path);
        foreach (var row in reader.Rows())
        {
            if (row.Fields is null) throw new InvalidDataException($"{row.Location}: {row.Error}");
            var f = row.Fields.ToDictionary(kv => kv.Key, kv => kv.Value.Text ?? "", StringComparer.Ordinal);
            var missing = Columns.Where(c => c != "supersedes" && !f.ContainsKey(c)).ToList();
            if (missing.Count > 0) throw new InvalidDataException($"{path}: header lacks column(s) {string.Join(", ", missing)}");
            var unknown = f.Keys.Where(k => !Columns.Contains(k)).ToList();
            if (unknown.Count > 0) throw new InvalidDataException($"{path}: unknown column(s) {string.Join(", ", unknown)}");
            labels.Add(Parse(row.Location, f));
        }
        return labels;
    }

    private static Label Parse(SourceLocation at, Dictionary<string, string> f)
    {
        int? Rating(string name)
        {
            var t = f[name].Trim();
            if (t.Length == 0) return null;
            return int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : throw new InvalidDataException($"{at}: field '{name}': '{t}' is not a rating 1–5");
        }
        LabelTargetKind kind;
        try { kind = Label.ParseKind(f["target_kind"].Trim()); }
        catch (FormatException ex) { throw new InvalidDataException($"{at}: field 'target_kind': {ex.Message}"); }
        DateTimeOffset time;
        try { time = Label.ParseTime(f["labelled_at"].Trim()); }
        catch (FormatException) { throw new InvalidDataException($"{at}: field 'labelled_at': '{f["labelled_at"]}' is not an RFC 3339 UTC time"); }
        var label = new Label
        {
            LabelId = f["label_id"].Trim(),
            TargetKind = kind,
            TargetId = f["target_id"].Trim(),
            OrganizedActivity = Rating("organized_activity"),
            Spam = Rating("spam"),
            Scam = Rating("scam"),
            MassageParlour = Rating("massage_parlour"),
            Benign = Rating("benign"),
            Rationale = f["rationale"],
            Reviewer = f["reviewer"].Trim(),
            LabelledAt = time,
            Supersedes = f.TryGetValue("supersedes", out var s) && s.Trim().Length > 0 ? s.Trim() : null,
        };
        var problems = label.Problems();
        if (problems.Count > 0) throw new InvalidDataException($"{at}: {string.Join("; ", problems)}");
        return label;
    }

    /// <summary>
    /// Adds imported labels to a store: a label whose id is already there is skipped (import is idempotent), one that
    /// supersedes is applied as a supersede. Returns (added, skipped).
    /// </summary>
    public static (int Added, int Skipped) Import(ILabelStore store, IEnumerable<Label> labels, string actor)
    {
        ArgumentNullException.ThrowIfNull(store);
        var known = store.Audit().Select(e => e.Label.LabelId).ToHashSet(StringComparer.Ordinal);
        int added = 0, skipped = 0;
        foreach (var l in labels)
        {
            if (!known.Add(l.LabelId))
            {
                skipped++;
                continue;
            }
            if (l.Supersedes is null) store.Create(l, $"imported by {actor}");
            else store.Supersede(l, $"imported by {actor}");
            added++;
        }
        return (added, skipped);
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
