using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Workbench.Cli.Figures;
using Workbench.Data;
using Workbench.Synthetic;

namespace Workbench.Tests.Figures;

/// <summary>
/// <c>workbench figures</c> end to end. PNG and SVG need Debian's headless Chromium, which environment/setup.sh
/// --with-browser installs (environment/test.sh does): where it is missing, these tests fail and say so.
/// </summary>
[Collection("cli")]
public class FiguresCommandTests : IDisposable
{
    private const int Ads = 2_000;
    private const int Seed = 3;
    private readonly TempDir _dir = new();
    private readonly Dictionary<string, string?> _env = new() { [PseudonymKey.KeyVariable] = null, [PseudonymKey.KeyFileVariable] = null };

    public void Dispose() => _dir.Dispose();

    private string Run(string name, params string[] extra)
    {
        var outDir = _dir.File(name);
        var result = CliRunner.Run(_env, ["figures", "--out", outDir, "--ads", $"{Ads}", "--seed", $"{Seed}", .. extra]);
        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}: {result.Error}{result.Out}");
        return outDir;
    }

    [Fact]
    public void Two_runs_write_identical_chart_json_data_and_manifest_and_every_png_has_a_chart_on_it()
    {
        // PNG and SVG are rendered by a browser (fonts, anti-aliasing): they are checked for content, not for bytes.
        Assert.True(ChromiumExporter.Find() is not null,
            "headless Chromium not found: PNG and SVG figures need it; run environment/setup.sh --with-browser (environment/test.sh does)");
        // Given two runs on the same corpus size and seed
        var a = Run("a");
        var b = Run("b");

        // Then the chart JSON, the data and the manifest's figure entries are byte-identical
        foreach (var figure in FigureCatalog.All)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(a, figure.Id + ".json")), File.ReadAllBytes(Path.Combine(b, figure.Id + ".json")));
            Assert.Equal(File.ReadAllBytes(Path.Combine(a, figure.Id + ".data.json")), File.ReadAllBytes(Path.Combine(b, figure.Id + ".data.json")));
        }
        Assert.Equal(File.ReadAllBytes(Path.Combine(a, "manifest.json")), File.ReadAllBytes(Path.Combine(b, "manifest.json")));

        // And every PNG is the chart at twice its size, not a blank page
        foreach (var figure in FigureCatalog.All)
        {
            var png = PngPixels.Decode(File.ReadAllBytes(Path.Combine(a, figure.Id + ".png")));
            Assert.Equal((figure.Size.Width * FigureStyle.PngScale, figure.Size.Height * FigureStyle.PngScale), (png.Width, png.Height));
            Assert.True(png.DistinctColours() > 20, $"{figure.Id}.png has {png.DistinctColours()} colours");
            Assert.True(png.InkShare() > 0.02, $"{figure.Id}.png is {png.InkShare():P2} ink");
            Assert.StartsWith("<svg", File.ReadAllText(Path.Combine(a, figure.Id + ".svg")));
        }
    }

    [Fact]
    public void The_manifest_records_id_inputs_hash_parameters_and_seed()
    {
        var outDir = Run("m", "--format", "html", "--only", "corpus-ads-per-site");
        var corpus = _dir.File("corpus");
        SyntheticCorpusWriter.Write(corpus, new SyntheticOptions { Ads = Ads, Seed = Seed });
        var sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(corpus, "ads.jsonl"))));

        var entry = JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "manifest.json")))!["figures"]!.AsArray().Single()!;
        Assert.Equal("corpus-ads-per-site", entry["id"]!.GetValue<string>());
        Assert.Equal(sha, entry["inputs_sha256"]!.GetValue<string>());
        Assert.Equal(Seed, entry["seed"]!.GetValue<int>());
        Assert.Equal($"{Ads}", entry["parameters"]!["ads"]!.GetValue<string>());
        Assert.False(File.Exists(Path.Combine(outDir, "corpus-ads-per-day.json")));
    }

    [Fact]
    public void No_written_figure_carries_a_raw_contact_of_the_corpus_and_html_is_self_contained()
    {
        var outDir = Run("s", "--format", "html");
        var corpus = _dir.File("corpus");
        SyntheticCorpusWriter.Write(corpus, new SyntheticOptions { Ads = Ads, Seed = Seed });
        var scan = RawContactScan.FromTruthFiles([Path.Combine(corpus, "truth.jsonl")]);
        Assert.NotEmpty(scan.Phones);
        foreach (var file in Directory.GetFiles(outDir))
        {
            var text = RawContactScan.WithoutPlotly(File.ReadAllText(file));
            Assert.True(scan.FindIn(text).Count == 0, $"{Path.GetFileName(file)}: {string.Join(", ", scan.FindIn(text))}");
            if (file.EndsWith(".html", StringComparison.Ordinal))
            {
                Assert.Contains("plotly.js v2", File.ReadAllText(file));
                Assert.DoesNotContain("<script src=", text, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public void An_unknown_figure_or_format_is_refused()
    {
        var unknown = CliRunner.Run(_env, "figures", "--out", _dir.File("x"), "--only", "no-such-figure", "--format", "html", "--ads", "1000");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("unknown figure no-such-figure", unknown.Error);
        Assert.Equal(2, CliRunner.Run(_env, "figures", "--format", "bmp").ExitCode);
    }
}
