using System.Text.Json;
using System.Text.Json.Serialization;

namespace Workbench.Cli.Figures;

/// <summary>
/// <c>manifest.json</c> of a <c>figures</c> run: for each figure its id, the hash of its inputs, its parameters and seed,
/// and hashes of its chart JSON and data. No times or paths, so two runs on the same inputs write the same manifest.
/// </summary>
internal sealed record FigureManifest(
    [property: JsonPropertyName("workbench_version")] string WorkbenchVersion,
    [property: JsonPropertyName("figures")] IReadOnlyList<FigureManifestEntry> Figures)
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public string ToJson() => JsonSerializer.Serialize(this, Options) + "\n";
}

/// <summary>One figure in the manifest.</summary>
internal sealed record FigureManifestEntry(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("inputs_sha256")] string InputsSha256,
    [property: JsonPropertyName("parameters")] IReadOnlyDictionary<string, string> Parameters,
    [property: JsonPropertyName("seed")] int Seed,
    [property: JsonPropertyName("chart_sha256")] string ChartSha256,
    [property: JsonPropertyName("data_sha256")] string DataSha256,
    [property: JsonPropertyName("files")] IReadOnlyList<string> Files);
