using System.Text.Encodings.Web;
using System.Text.Json;

namespace Workbench.Synthetic;

/// <summary>Writes <see cref="AdTruth"/> lines in snake_case, every key always present, byte for byte deterministic.</summary>
internal sealed class TruthJsonWriter : IDisposable
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    private readonly Stream _stream;
    private readonly Utf8JsonWriter _json;

    public TruthJsonWriter(Stream stream)
    {
        _stream = stream;
        _json = new Utf8JsonWriter(stream, WriterOptions);
    }

    public static string TypeName(ActorType type) => type switch
    {
        ActorType.Independent => "independent",
        ActorType.Collective => "collective",
        ActorType.Organized => "organized",
        ActorType.Spam => "spam",
        ActorType.Spa => "spa",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public void Write(AdTruth t)
    {
        var json = _json;
        json.WriteStartObject();
        json.WriteString("ad_id", t.AdId);
        json.WriteString("actor_id", t.ActorId);
        json.WriteString("actor_type", TypeName(t.ActorType));
        List(json, "persona_ids", t.PersonaIds);
        json.WriteString("template_id", t.TemplateId);
        json.WriteString("micro_cluster_id", t.MicroClusterId);
        json.WriteString("meta_cluster_id", t.MetaClusterId);
        if (t.TripId is null) json.WriteNull("trip_id");
        else json.WriteString("trip_id", t.TripId);
        if (t.EventId is null) json.WriteNull("event_id");
        else json.WriteString("event_id", t.EventId);
        List(json, "obfuscation_ops", t.ObfuscationOps);
        json.WriteBoolean("touring", t.Touring);
        List(json, "phones", t.Phones);
        List(json, "emails", t.Emails);
        List(json, "handles", t.Handles);
        List(json, "urls", t.Urls);
        if (t.UnusualKind is { } kind) json.WriteString("unusual_kind", kind.Name());
        else json.WriteNull("unusual_kind");
        List(json, "image_ids", t.ImageIds);
        json.WriteStartArray("cropped_images");
        for (var i = 0; i < t.CroppedImages.Count; i++) json.WriteBooleanValue(t.CroppedImages[i]);
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        json.Reset();
        _stream.WriteByte((byte)'\n');
    }

    private static void List(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        for (var i = 0; i < values.Count; i++) json.WriteStringValue(values[i]);
        json.WriteEndArray();
    }

    public void Dispose() => _json.Dispose();
}
