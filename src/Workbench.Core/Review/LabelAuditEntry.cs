using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Workbench.Review;

/// <summary>
/// One entry of the append-only audit log (<c>data-schemas/label-audit.md</c>). <see cref="Line"/> is the entry exactly
/// as stored; the next entry's <see cref="PrevHash"/> is its SHA-256, so that an edited, deleted or reordered entry
/// breaks the chain even when someone bypasses the store and its triggers.
/// </summary>
public sealed record LabelAuditEntry
{
    /// <summary>The 64 zeros the first entry carries.</summary>
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>1, 2, … with no gaps.</summary>
    public required long Seq { get; init; }

    /// <summary>What happened.</summary>
    public required LabelAction Action { get; init; }

    /// <summary>The new label (create, supersede) or the withdrawn one (retract).</summary>
    public required Label Label { get; init; }

    /// <summary>Who made the change (pseudonymous code).</summary>
    public required string Actor { get; init; }

    /// <summary>When the entry was appended (UTC).</summary>
    public required DateTimeOffset RecordedAt { get; init; }

    /// <summary>Why (required for supersede and retract).</summary>
    public required string Reason { get; init; }

    /// <summary>SHA-256 of the previous entry's line.</summary>
    public required string PrevHash { get; init; }

    /// <summary>The entry as one JSON line (schema order).</summary>
    public string Line
    {
        get
        {
            using var buffer = new MemoryStream();
            using (var w = new Utf8JsonWriter(buffer))
            {
                w.WriteStartObject();
                w.WriteNumber("seq", Seq);
                w.WriteString("action", ActionName(Action));
                w.WritePropertyName("label");
                Label.Write(w);
                w.WriteString("actor", Actor);
                w.WriteString("recorded_at", Label.FormatTime(RecordedAt));
                w.WriteString("reason", Reason);
                w.WriteString("prev_hash", PrevHash);
                w.WriteEndObject();
            }
            return Encoding.UTF8.GetString(buffer.ToArray());
        }
    }

    /// <summary>SHA-256 (lower-case hex) of a stored line.</summary>
    public static string Hash(string line) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(line)));

    /// <summary>Wire name of an action.</summary>
    public static string ActionName(LabelAction action) => action switch
    {
        LabelAction.Create => "create",
        LabelAction.Supersede => "supersede",
        LabelAction.Retract => "retract",
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    /// <summary>Parses one stored line.</summary>
    /// <exception cref="FormatException">Not an audit entry.</exception>
    public static LabelAuditEntry Parse(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var r = doc.RootElement;
        string S(string n) => r.TryGetProperty(n, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : throw new FormatException($"field '{n}' is missing or not a string");
        return new LabelAuditEntry
        {
            Seq = r.GetProperty("seq").GetInt64(),
            Action = S("action") switch
            {
                "create" => LabelAction.Create,
                "supersede" => LabelAction.Supersede,
                "retract" => LabelAction.Retract,
                var a => throw new FormatException($"action '{a}' is not create, supersede or retract"),
            },
            Label = Label.FromElement(r.GetProperty("label")),
            Actor = S("actor"),
            RecordedAt = Label.ParseTime(S("recorded_at")),
            Reason = S("reason"),
            PrevHash = S("prev_hash"),
        };
    }

    /// <summary>
    /// Checks a log read in order: seq 1, 2, … with no gap, each prev_hash the hash of the line before, each line
    /// parses back to itself. Returns the problems (empty when intact).
    /// </summary>
    public static IReadOnlyList<string> Verify(IEnumerable<string> lines)
    {
        var problems = new List<string>();
        var expectedHash = GenesisHash;
        long expectedSeq = 1;
        foreach (var line in lines)
        {
            LabelAuditEntry e;
            try { e = Parse(line); }
            catch (Exception ex) when (ex is FormatException or JsonException or KeyNotFoundException or InvalidOperationException)
            {
                problems.Add($"entry {expectedSeq}: not an audit entry ({ex.Message})");
                return problems;
            }
            if (e.Seq != expectedSeq) problems.Add($"entry {expectedSeq}: seq is {e.Seq}");
            if (e.PrevHash != expectedHash) problems.Add($"entry {e.Seq}: prev_hash does not match the previous entry (edited, deleted or reordered)");
            if (e.Line != line) problems.Add($"entry {e.Seq}: not in canonical form");
            expectedHash = Hash(line);
            expectedSeq = e.Seq + 1;
        }
        return problems;
    }
}
