using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Workbench.Text;

namespace Workbench.Review;

/// <summary>
/// One reviewer's judgement of one ad, micro-cluster or meta-cluster (<c>data-schemas/label.md</c>): 1–5 ratings on
/// the TrafficVis categories, the rationale, the pseudonymous reviewer and the time. Labels are never edited: a
/// correction is a new label that <see cref="Supersedes"/> the old one, so that the audit log tells the whole story.
/// </summary>
public sealed partial record Label
{
    /// <summary>Unique, never reused.</summary>
    public required string LabelId { get; init; }

    /// <summary>What is judged.</summary>
    public required LabelTargetKind TargetKind { get; init; }

    /// <summary>The ad id, or the cluster id as a decimal string.</summary>
    public required string TargetId { get; init; }

    /// <summary>Signals of organized activity, 1 (no sign) to 5 (clear).</summary>
    public int? OrganizedActivity { get; init; }

    /// <summary>Bulk or automated posting, 1–5.</summary>
    public int? Spam { get; init; }

    /// <summary>An attempt to defraud clients, 1–5.</summary>
    public int? Scam { get; init; }

    /// <summary>A massage parlour or spa business, 1–5.</summary>
    public int? MassageParlour { get; init; }

    /// <summary>An independent adult advertiser with no sign of the other categories, 1–5.</summary>
    public int? Benign { get; init; }

    /// <summary>Why, in the reviewer's words (no raw contacts).</summary>
    public required string Rationale { get; init; }

    /// <summary>Pseudonymous reviewer code (letters, digits, '.', '_', '-').</summary>
    public required string Reviewer { get; init; }

    /// <summary>When the label was made (UTC).</summary>
    public required DateTimeOffset LabelledAt { get; init; }

    /// <summary>The label this one replaces, if any.</summary>
    public string? Supersedes { get; init; }

    /// <summary>A new label with a fresh id, made now.</summary>
    public static Label New(LabelTargetKind kind, string targetId, string reviewer, string rationale, int? organizedActivity = null,
        int? spam = null, int? scam = null, int? massageParlour = null, int? benign = null, string? supersedes = null) => new()
    {
        LabelId = Guid.NewGuid().ToString("D"),
        TargetKind = kind,
        TargetId = targetId,
        OrganizedActivity = organizedActivity,
        Spam = spam,
        Scam = scam,
        MassageParlour = massageParlour,
        Benign = benign,
        Rationale = rationale,
        Reviewer = reviewer,
        LabelledAt = DateTimeOffset.UtcNow,
        Supersedes = supersedes,
    };

    /// <summary>The schema's wire name of a target kind.</summary>
    public static string KindName(LabelTargetKind kind) => kind switch
    {
        LabelTargetKind.Ad => "ad",
        LabelTargetKind.MicroCluster => "micro_cluster",
        LabelTargetKind.MetaCluster => "meta_cluster",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Parses a wire name of a target kind.</summary>
    /// <exception cref="FormatException">Not one of ad, micro_cluster, meta_cluster.</exception>
    public static LabelTargetKind ParseKind(string name) => name switch
    {
        "ad" => LabelTargetKind.Ad,
        "micro_cluster" => LabelTargetKind.MicroCluster,
        "meta_cluster" => LabelTargetKind.MetaCluster,
        _ => throw new FormatException($"target_kind '{name}' is not one of ad, micro_cluster, meta_cluster"),
    };

    /// <summary>
    /// The problems that keep this label out of a store (empty when valid): the rules of <c>label.schema.json</c>,
    /// plus no raw phone number or e-mail address in the rationale, which would carry identifiers out of ingest.
    /// </summary>
    public IReadOnlyList<string> Problems()
    {
        var p = new List<string>();
        if (string.IsNullOrWhiteSpace(LabelId) || LabelId.Any(char.IsWhiteSpace)) p.Add("label_id: must be non-empty without whitespace");
        if (string.IsNullOrWhiteSpace(TargetId)) p.Add("target_id: must not be blank");
        else if (TargetKind != LabelTargetKind.Ad && !ClusterId().IsMatch(TargetId)) p.Add($"target_id: '{TargetId}' is not a cluster id (a decimal number)");
        var ratings = Ratings();
        if (ratings.All(r => r.Value is null)) p.Add("ratings: give at least one of organized_activity, spam, scam, massage_parlour, benign");
        foreach (var (name, value) in ratings)
        {
            if (value is < 1 or > 5) p.Add($"{name}: {value} is outside 1–5");
        }
        if (string.IsNullOrWhiteSpace(Rationale)) p.Add("rationale: must not be blank");
        else if (ContactExtractor.Extract(Rationale).Count > 0) p.Add("rationale: contains a phone number, e-mail, handle or URL; quote keyed tokens (ph_…), never raw contacts");
        if (!ReviewerCode().IsMatch(Reviewer ?? "")) p.Add($"reviewer: '{Reviewer}' is not a pseudonymous code (1–64 letters, digits, '.', '_', '-')");
        if (LabelledAt.Offset != TimeSpan.Zero) p.Add("labelled_at: must be UTC");
        if (Supersedes is not null && (Supersedes.Length == 0 || Supersedes.Any(char.IsWhiteSpace) || Supersedes == LabelId)) p.Add("supersedes: must be another label's id");
        return p;
    }

    /// <summary>Throws when <see cref="Problems"/> is not empty.</summary>
    /// <exception cref="ArgumentException">The label breaks a rule; the message lists them.</exception>
    public Label Validated()
    {
        var p = Problems();
        return p.Count == 0 ? this : throw new ArgumentException($"label {LabelId}: {string.Join("; ", p)}");
    }

    /// <summary>The five ratings by wire name, in schema order.</summary>
    public IReadOnlyList<(string Name, int? Value)> Ratings() =>
        [("organized_activity", OrganizedActivity), ("spam", Spam), ("scam", Scam), ("massage_parlour", MassageParlour), ("benign", Benign)];

    /// <summary>The label as one JSON object in schema order (absent ratings left out).</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer)) Write(w);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    internal void Write(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("label_id", LabelId);
        w.WriteString("target_kind", KindName(TargetKind));
        w.WriteString("target_id", TargetId);
        foreach (var (name, value) in Ratings())
        {
            if (value is int v) w.WriteNumber(name, v);
        }
        w.WriteString("rationale", Rationale);
        w.WriteString("reviewer", Reviewer);
        w.WriteString("labelled_at", FormatTime(LabelledAt));
        if (Supersedes is not null) w.WriteString("supersedes", Supersedes);
        w.WriteEndObject();
    }

    /// <summary>Reads a label written by <see cref="ToJson"/>.</summary>
    /// <exception cref="FormatException">A field is missing or of the wrong type.</exception>
    public static Label FromJson(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return FromElement(doc.RootElement);
    }

    internal static Label FromElement(JsonElement r)
    {
        string S(string n) => r.TryGetProperty(n, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : throw new FormatException($"field '{n}' is missing or not a string");
        int? I(string n) => r.TryGetProperty(n, out var v) ? v.GetInt32() : null;
        return new Label
        {
            LabelId = S("label_id"),
            TargetKind = ParseKind(S("target_kind")),
            TargetId = S("target_id"),
            OrganizedActivity = I("organized_activity"),
            Spam = I("spam"),
            Scam = I("scam"),
            MassageParlour = I("massage_parlour"),
            Benign = I("benign"),
            Rationale = S("rationale"),
            Reviewer = S("reviewer"),
            LabelledAt = ParseTime(S("labelled_at")),
            Supersedes = r.TryGetProperty("supersedes", out var s) ? s.GetString() : null,
        };
    }

    /// <summary>UTC time as the schemas write it: seconds, 7 fraction digits, Z.</summary>
    public static string FormatTime(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Parses an RFC 3339 UTC time.</summary>
    public static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    [GeneratedRegex("^(0|[1-9][0-9]*)$")]
    private static partial Regex ClusterId();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex ReviewerCode();
}
