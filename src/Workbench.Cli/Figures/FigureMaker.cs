using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Workbench.Cli.Commands;
using Workbench.Data;
using Workbench.Interactive;
using Workbench.Reports;
using Workbench.Store;

namespace Workbench.Cli.Figures;

/// <summary>
/// Makes the paper figures: generates the seeded synthetic corpus, ingests it into a temporary store, computes every
/// figure's data, plots it, and writes chart JSON, data, the requested formats and the manifest.
/// </summary>
internal static class FigureMaker
{
    public static readonly string[] KnownFormats = ["png", "svg", "html"];

    public static (FigureManifest Manifest, IReadOnlyList<FigureTiming> Timings) Make(FigureOptions options, Action<string>? log = null)
    {
        var figures = Select(options.Only);
        var staticFormats = options.Formats.Where(f => f is "png" or "svg").ToList();
        ChromiumExporter? exporter = null;
        if (staticFormats.Count > 0)
        {
            var browser = ChromiumExporter.Find() ?? throw new UserError(
                $"PNG and SVG need headless Chromium, which was not found: run 'environment/setup.sh --with-browser' "
                + $"(or set {ChromiumExporter.BrowserVariable}), or ask for --format html");
            exporter = new ChromiumExporter(browser);
        }

        var work = Path.Combine(Path.GetTempPath(), "workbench-figures-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            var input = Input(options, work);
            Directory.CreateDirectory(options.OutputDirectory);
            var entries = new List<FigureManifestEntry>();
            var timings = new List<FigureTiming>();
            foreach (var figure in figures)
            {
                var watch = Stopwatch.StartNew();
                var made = figure.Make(input);
                var chartJson = ChartFormatter.MaskedJson(made.Chart);
                var make = watch.Elapsed;
                var files = new List<string>();
                void Write(string name, byte[] bytes)
                {
                    File.WriteAllBytes(Path.Combine(options.OutputDirectory, name), bytes);
                    files.Add(name);
                }
                var utf8 = new UTF8Encoding(false);
                Write($"{figure.Id}.json", utf8.GetBytes(chartJson + "\n"));
                Write($"{figure.Id}.data.json", utf8.GetBytes(made.DataJson + "\n"));
                if (options.Formats.Contains("html"))
                {
                    Write($"{figure.Id}.html", utf8.GetBytes(FigurePage.Html(figure.Title, chartJson, figure.Size.Width, figure.Size.Height)));
                }
                watch.Restart();
                if (exporter is not null)
                {
                    var images = exporter.Export(chartJson, staticFormats, figure.Size.Width, figure.Size.Height, FigureStyle.PngScale);
                    foreach (var format in staticFormats) Write($"{figure.Id}.{format}", images[format]);
                }
                timings.Add(new FigureTiming(figure.Id, make, watch.Elapsed));
                log?.Invoke($"{figure.Id}: {string.Join(", ", files)}");
                entries.Add(new FigureManifestEntry(
                    figure.Id, figure.Title, input.InputsSha256,
                    new Dictionary<string, string>
                    {
                        ["corpus"] = "synthetic",
                        ["ads"] = input.Ads.ToString(CultureInfo.InvariantCulture),
                        ["preset"] = input.Preset,
                        ["png_scale"] = FigureStyle.PngScale.ToString(CultureInfo.InvariantCulture),
                        ["size"] = string.Create(CultureInfo.InvariantCulture, $"{figure.Size.Width}x{figure.Size.Height}"),
                    },
                    input.Seed, Sha256(chartJson), Sha256(made.DataJson), files));
            }
            var manifest = new FigureManifest(typeof(FigureMaker).Assembly.GetName().Version?.ToString(3) ?? "0.0.0", entries);
            File.WriteAllText(Path.Combine(options.OutputDirectory, "manifest.json"), manifest.ToJson(), new UTF8Encoding(false));
            return (manifest, timings);
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static List<IFigure> Select(IReadOnlyList<string> only)
    {
        if (only.Count == 0) return [.. FigureCatalog.All];
        var unknown = only.Where(id => FigureCatalog.All.All(f => f.Id != id)).ToList();
        if (unknown.Count > 0)
        {
            throw new UserError($"unknown figure {string.Join(", ", unknown)}; figures: {string.Join(", ", FigureCatalog.All.Select(f => f.Id))}");
        }
        return FigureCatalog.All.Where(f => only.Contains(f.Id)).ToList();
    }

    private static FigureInput Input(FigureOptions options, string work)
    {
        var corpus = Path.Combine(work, "corpus");
        GenerateCommand.Run(corpus, GenerateCommand.Options(options.Preset, options.Ads, options.Seed));
        var adsFile = Path.Combine(corpus, "ads.jsonl");
        string hash;
        using (var stream = File.OpenRead(adsFile)) hash = Convert.ToHexStringLower(SHA256.HashData(stream));
        // The figures count ads, never tokens, so a throw-away key changes none of them.
        var key = PseudonymKey.FromHex(PseudonymKey.NewHex(), "figures (temporary)");
        using var store = AdStore.Open(Path.Combine(work, "figures.duckdb"));
        new Ingestor(store, key).Ingest(adsFile, new IngestOptions { QuarantinePath = Path.Combine(work, "quarantine.jsonl") });
        return new FigureInput(CorpusSummary.Compute(store), hash, options.Ads, options.Seed, options.Preset);
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
