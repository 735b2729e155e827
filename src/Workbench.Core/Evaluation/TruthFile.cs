using System.Text.Json;
using Workbench.Synthetic;

namespace Workbench.Evaluation;

/// <summary>
/// Reads the synthetic corpus's <c>truth.jsonl</c> (snake_case, one <see cref="AdTruth"/> per line). Only evaluations
/// read it; detectors never do.
/// </summary>
public static class TruthFile
{
    /// <summary>Streams the truth records of a file.</summary>
    /// <exception cref="InvalidDataException">A line is not a truth record (the message names the file and line).</exception>
    public static IEnumerable<AdTruth> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: truth file not found (it is written by 'workbench generate' beside ads.jsonl).", path);
        return ReadLines(path);
    }

    private static IEnumerable<AdTruth> ReadLines(string path)
    {
        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text)) continue;
            AdTruth truth;
            try
            {
                using var doc = JsonDocument.Parse(text);
                var r = doc.RootElement;
                truth = new AdTruth
                {
                    AdId = Required(r, "ad_id"),
                    ActorId = Required(r, "actor_id"),
                    ActorType = ParseType(Required(r, "actor_type")),
                    PersonaIds = List(r, "persona_ids"),
                    TemplateId = Required(r, "template_id"),
                    MicroClusterId = Required(r, "micro_cluster_id"),
                    MetaClusterId = Required(r, "meta_cluster_id"),
                    TripId = Optional(r, "trip_id"),
                    EventId = Optional(r, "event_id"),
                    ObfuscationOps = List(r, "obfuscation_ops"),
                    Touring = r.TryGetProperty("touring", out var t) && t.ValueKind == JsonValueKind.True,
                    Phones = List(r, "phones"),
                    Emails = List(r, "emails"),
                    Handles = List(r, "handles"),
                    Urls = List(r, "urls"),
                    // Files written before unusual actors were planted have no unusual_kind: read as null, like an ordinary actor's.
                    UnusualKind = Optional(r, "unusual_kind") is { } kind ? UnusualKindNames.Parse(kind) : null,
                    // Files written before planted image ids have none: read as empty.
                    ImageIds = List(r, "image_ids"),
                    CroppedImages = r.TryGetProperty("cropped_images", out var c) && c.ValueKind == JsonValueKind.Array
                        ? c.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.True).ToArray() : [],
                };
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or FormatException)
            {
                throw new InvalidDataException($"{path}:{line}: not a truth record: {ex.Message}", ex);
            }
            yield return truth;
        }
    }

    private static string Required(JsonElement r, string name) =>
        r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : throw new KeyNotFoundException($"field '{name}' is missing or not a string");

    private static string? Optional(JsonElement r, string name) =>
        r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string[] List(JsonElement r, string name) =>
        r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? [.. v.EnumerateArray().Select(e => e.GetString() ?? "")] : [];

    private static ActorType ParseType(string name) => name switch
    {
        "independent" => ActorType.Independent,
        "collective" => ActorType.Collective,
        "organized" => ActorType.Organized,
        "spam" => ActorType.Spam,
        "spa" => ActorType.Spa,
        _ => throw new FormatException($"unknown actor_type '{name}'"),
    };
}
