using System.Diagnostics;

namespace Workbench.Notebooks;

/// <summary>
/// The published library folder that notebooks reference (<c>environment/.published</c>, git-ignored): a
/// <c>dotnet publish</c> of the workbench command with every dependency, because a notebook cannot <c>#r</c> a plain
/// build output (its dependencies are missing there). It holds the libraries the notebooks' shared setup
/// (<c>notebooks/setup.dib</c>) references by a relative path, and <c>workbench.dll</c>, the kernel host that VS Code
/// launches (<c>.vscode/settings.json</c>). The runner and the test script bring it up to date.
/// </summary>
public static class LibraryFolder
{
    /// <summary>The folder, relative to the repository root.</summary>
    public const string RelativePath = "environment/.published";

    private const string StampFile = ".published-stamp";

    /// <summary>The folder under a repository root.</summary>
    public static string PathUnder(string root) => Path.Combine(root, RelativePath);

    /// <summary>The repository root above <paramref name="start"/> (the folder holding Workbench.sln), or null.</summary>
    public static string? FindRepositoryRoot(string start)
    {
        ArgumentNullException.ThrowIfNull(start);
        var dir = new DirectoryInfo(Path.GetFullPath(start));
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Workbench.sln"))) dir = dir.Parent;
        return dir?.FullName;
    }

    /// <summary>Whether the folder exists and is newer than every source it is built from.</summary>
    public static bool IsCurrent(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var stamp = Path.Combine(PathUnder(root), StampFile);
        if (!File.Exists(stamp)) return false;
        return File.GetLastWriteTimeUtc(stamp) >= NewestSource(root);
    }

    /// <summary>Publishes the library when it is missing or older than its sources; returns whether it published.</summary>
    /// <remarks>
    /// The folder is published for this machine's runtime identifier and compiled ahead of time (ReadyToRun): a kernel
    /// spends its first seconds JIT-compiling the C# compiler, Plotly.NET and the workbench, and ReadyToRun took the
    /// first chart from 6.4 s to 4.0 s after process start here (CPU 7.7 s to 4.5 s). The folder is built on the machine
    /// that uses it (it is git-ignored), so tying it to that machine costs nothing. Where ahead-of-time compilation is
    /// not available (no crossgen package on an offline feed), a portable publish is made instead and the log says so.
    /// </remarks>
    public static bool EnsurePublished(string root, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (IsCurrent(root)) return false;
        var folder = PathUnder(root);
        log?.Invoke($"publishing the notebook library to {RelativePath} …");
        // Start clean (a portable and a machine-specific publish differ in layout), unless this very process runs from it.
        var runningFromIt = Path.GetFullPath(AppContext.BaseDirectory).StartsWith(Path.GetFullPath(folder), StringComparison.Ordinal);
        if (Directory.Exists(folder) && !runningFromIt) Directory.Delete(folder, recursive: true);
        var project = Path.Combine("src", "Workbench.Cli", "Workbench.Cli.csproj");
        string[] common = ["publish", project, "-c", "Release", "-o", folder, "--nologo", "-v", "q"];
        string[] readyToRun =
        [
            .. common, "-r", System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier, "--self-contained", "false",
            "-p:PublishReadyToRun=true",
        ];
        var (exit, output) = Publish(root, readyToRun);
        if (exit != 0)
        {
            log?.Invoke($"ahead-of-time publish failed ({FirstLine(output)}); publishing portable instead");
            (exit, output) = Publish(root, common);
        }
        if (exit != 0)
        {
            throw new InvalidOperationException($"'dotnet publish' of the notebook library failed (exit {exit}): {output}");
        }
        File.WriteAllText(Path.Combine(folder, StampFile), "published from src/ by the workbench (see Workbench.Notebooks.LibraryFolder)\n");
        return true;
    }

    private static (int Exit, string Output) Publish(string root, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start 'dotnet publish'");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, (stdout.Trim() + " " + stderr.Result.Trim()).Trim());
    }

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault(l => l.Contains("error", StringComparison.OrdinalIgnoreCase));
        return line ?? "no error text";
    }

    private static DateTime NewestSource(string root)
    {
        var newest = DateTime.MinValue;
        foreach (var dir in Directory.EnumerateDirectories(Path.Combine(root, "src")))
        {
            foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(dir, file);
                if (relative.StartsWith("bin", StringComparison.Ordinal) || relative.StartsWith("obj", StringComparison.Ordinal)) continue;
                var t = File.GetLastWriteTimeUtc(file);
                if (t > newest) newest = t;
            }
        }
        foreach (var props in new[] { "Directory.Build.props", "Directory.Packages.props" })
        {
            var path = Path.Combine(root, props);
            if (File.Exists(path) && File.GetLastWriteTimeUtc(path) > newest) newest = File.GetLastWriteTimeUtc(path);
        }
        return newest;
    }
}
