using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Workbench.Cli.Figures;

/// <summary>
/// Renders a chart to PNG and SVG with Debian's headless Chromium (installed by <c>environment/setup.sh
/// --with-browser</c>), with the launch flags DESIGN.md lists: no sandbox (containers), no GPU, no network chatter,
/// a fresh profile per run. plotly.js itself draws the images (<c>Plotly.toImage</c>), so PNG and SVG match the chart.
/// </summary>
internal sealed partial class ChromiumExporter(string browser)
{
    /// <summary>Environment variable naming the browser executable, when it is not on PATH.</summary>
    public const string BrowserVariable = "WORKBENCH_CHROMIUM";

    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    public string Browser { get; } = browser;

    /// <summary>The browser: <see cref="BrowserVariable"/>, else chromium, chromium-browser or google-chrome on PATH.</summary>
    public static string? Find()
    {
        var named = Environment.GetEnvironmentVariable(BrowserVariable);
        if (!string.IsNullOrWhiteSpace(named)) return File.Exists(named) ? named : null;
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var name in new[] { "chromium", "chromium-browser", "google-chrome" })
        {
            foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate)) return candidate;
            }
        }
        return null;
    }

    /// <summary>Renders the chart in each format (<c>png</c>, <c>svg</c>); returns the file bytes by format.</summary>
    public IReadOnlyDictionary<string, byte[]> Export(string chartJson, IReadOnlyList<string> formats, int width, int height, int scale)
    {
        var dir = Path.Combine(Path.GetTempPath(), "workbench-chromium-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dir);
        try
        {
            var page = Path.Combine(dir, "export.html");
            File.WriteAllText(page, FigurePage.Export(chartJson, formats, width, height, scale));
            var dom = Run(dir, page);
            var status = Element(dom, "status");
            if (status != "done") throw new UserError($"Chromium could not render the figure: {status ?? "no result (is the browser working?)"}");
            var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var format in formats)
            {
                var url = System.Net.WebUtility.HtmlDecode(Element(dom, "out-" + format) ?? "");
                files[format] = format switch
                {
                    "png" when url.StartsWith("data:image/png;base64,", StringComparison.Ordinal) => Convert.FromBase64String(url[22..]),
                    "svg" when url.StartsWith("data:image/svg+xml,", StringComparison.Ordinal) => System.Text.Encoding.UTF8.GetBytes(Uri.UnescapeDataString(url[19..])),
                    _ => throw new UserError($"Chromium returned no {format} image"),
                };
            }
            return files;
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private string Run(string dir, string page)
    {
        var start = new ProcessStartInfo(Browser)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--user-data-dir=" + Path.Combine(dir, "profile"), "--virtual-time-budget=30000", "--dump-dom",
                     new Uri(page).AbsoluteUri,
                 })
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start) ?? throw new UserError($"could not start {Browser}");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            throw new UserError($"{Browser} did not finish within {Limit.TotalSeconds:F0} s");
        }
        if (process.ExitCode != 0)
        {
            var reason = stderr.Result.Split('\n').LastOrDefault(l => l.Trim().Length > 0)?.Trim() ?? "";
            throw new UserError($"{Browser} failed (exit {process.ExitCode}): {reason}");
        }
        return stdout.Result;
    }

    private static string? Element(string dom, string id)
    {
        var match = Regex.Match(dom, "<pre id=\"" + Regex.Escape(id) + "\">(.*?)</pre>", RegexOptions.Singleline);
        return match.Success ? match.Groups[1].Value : null;
    }
}
