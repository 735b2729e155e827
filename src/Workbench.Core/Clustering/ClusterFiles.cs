using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Workbench.Clustering;

/// <summary>
/// Writes a <see cref="MicroClusterResult"/> as files: <c>clusters.csv</c>, one row per ad
/// (<c>data-schemas/clusters-csv.md</c>), and the templates as JSON Lines, one micro-cluster per line
/// (<c>data-schemas/cluster.md</c>). Texts are the pseudonymized ones: contacts appear as tokens only.
/// </summary>
public static class ClusterFiles
{
    /// <summary>The header of <c>clusters.csv</c>.</summary>
    public const string CsvHeader = "ad_id,micro_cluster_id,template_id,meta_cluster_id,score";

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The templates file that goes beside a <c>clusters.csv</c>: <c>clusters.templates.jsonl</c> for <c>clusters.csv</c>.</summary>
    public static string TemplatesPathFor(string csvPath)
    {
        ArgumentNullException.ThrowIfNull(csvPath);
        var dir = Path.GetDirectoryName(csvPath) ?? "";
        return Path.Combine(dir, Path.GetFileNameWithoutExtension(csvPath) + ".templates.jsonl");
    }

    /// <summary>Writes one row per ad, in the result's order.</summary>
    public static void WriteCsv(MicroClusterResult result, string path)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(path);
        CreateDirectory(path);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        WriteCsv(result, writer);
    }

    /// <summary>Writes one row per ad to a text writer.</summary>
    public static void WriteCsv(MicroClusterResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        var inv = CultureInfo.InvariantCulture;
        writer.Write(CsvHeader);
        writer.Write('\n');
        foreach (var a in result.Assignments)
        {
            writer.Write(Quote(a.AdId));
            writer.Write(',');
            writer.Write(a.MicroClusterId.ToString(inv));
            writer.Write(',');
            writer.Write(a.TemplateId.ToString(inv));
            writer.Write(',');
            writer.Write(a.MetaClusterId.ToString(inv));
            writer.Write(',');
            writer.Write(a.MicroClusterId < 0 ? "0" : a.Score.ToString("R", inv));
            writer.Write('\n');
        }
    }

    /// <summary>Writes one JSON object per micro-cluster; a verbatim repost's alignment names its original (<c>same_as</c>).</summary>
    public static void WriteTemplates(MicroClusterResult result, string path)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(path);
        CreateDirectory(path);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        WriteTemplates(result, stream);
    }

    /// <summary>Writes one JSON object per micro-cluster to a stream.</summary>
    public static void WriteTemplates(MicroClusterResult result, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(stream);
        using var json = new Utf8JsonWriter(stream, JsonOptions);
        foreach (var cluster in result.Clusters)
        {
            WriteCluster(json, cluster);
            json.Flush();
            json.Reset();
            stream.WriteByte((byte)'\n');
        }
    }

    /// <summary>One micro-cluster as the JSON object of <c>cluster.schema.json</c>.</summary>
    public static string ToJson(MicroCluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonOptions)) WriteCluster(json, cluster);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteCluster(Utf8JsonWriter json, MicroCluster cluster)
    {
        json.WriteStartObject();
        json.WriteNumber("cluster_id", cluster.ClusterId);
        json.WriteNumber("template_id", cluster.TemplateId);
        json.WriteStartArray("template");
        foreach (var item in cluster.Template)
        {
            if (item.IsSlot)
            {
                json.WriteStartObject();
                json.WriteNumber("slot", item.Slot);
                json.WriteEndObject();
            }
            else
            {
                json.WriteStringValue(item.Word);
            }
        }
        json.WriteEndArray();
        json.WriteStartArray("members");
        foreach (var m in cluster.Members) json.WriteStringValue(m);
        json.WriteEndArray();
        json.WriteStartArray("alignments");
        var lazy = cluster.Alignments as LazyAlignments;
        for (var i = 0; i < cluster.Alignments.Count; i++)
        {
            // Verbatim reposts are most members of a large cluster: their steps are not even built.
            if (lazy is not null && lazy.IsCopy(i))
            {
                var (adId, before, after, sameAs) = lazy.Summary(i);
                json.WriteStartObject();
                json.WriteString("ad_id", adId);
                json.WriteNumber("cost_before_bits", before);
                json.WriteNumber("cost_after_bits", after);
                json.WriteString("same_as", sameAs);
                json.WriteEndObject();
                continue;
            }
            WriteAlignment(json, cluster.Alignments[i]);
        }
        json.WriteEndArray();
        json.WriteNumber("cost_before_bits", cluster.CostBeforeBits);
        json.WriteNumber("cost_after_bits", cluster.CostAfterBits);
        json.WriteNumber("compression_rate", cluster.CompressionRate);
        json.WriteNumber("meta_cluster_id", cluster.MetaClusterId);
        json.WriteEndObject();
    }

    private static void WriteAlignment(Utf8JsonWriter json, MemberAlignment a)
    {
        json.WriteStartObject();
        json.WriteString("ad_id", a.AdId);
        json.WriteNumber("cost_before_bits", a.CostBeforeBits);
        json.WriteNumber("cost_after_bits", a.CostAfterBits);
        if (a.SameAs is not null)
        {
            json.WriteString("same_as", a.SameAs);
            json.WriteEndObject();
            return;
        }
        json.WriteStartArray("operations");
        foreach (var op in a.Operations)
        {
            json.WriteStartObject();
            switch (op.Kind)
            {
                case AlignmentKind.Match:
                    json.WriteString("op", "match");
                    json.WriteString("word", op.Word);
                    break;
                case AlignmentKind.Substitution:
                    json.WriteString("op", "substitution");
                    json.WriteString("template_word", op.TemplateWord);
                    json.WriteString("word", op.Word);
                    break;
                case AlignmentKind.Insertion:
                    json.WriteString("op", "insertion");
                    json.WriteString("word", op.Word);
                    break;
                case AlignmentKind.Deletion:
                    json.WriteString("op", "deletion");
                    json.WriteString("template_word", op.TemplateWord);
                    break;
                default:
                    json.WriteString("op", "slot");
                    json.WriteNumber("slot", op.Slot);
                    json.WriteStartArray("words");
                    foreach (var w in op.Words) json.WriteStringValue(w);
                    json.WriteEndArray();
                    break;
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static void CreateDirectory(string path)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
    }
}
