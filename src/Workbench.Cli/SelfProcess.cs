using System.Diagnostics;

namespace Workbench.Cli;

/// <summary>
/// Starts this workbench again as a child process (benchmarks measure in a fresh process), whether it runs through its
/// native launcher (<c>workbench</c>, as <c>dotnet run</c> and the published folder start it) or through the .NET host
/// (<c>dotnet workbench.dll</c>): only the host needs the assembly path as its first argument.
/// </summary>
internal static class SelfProcess
{
    /// <summary>Start information for this program with <paramref name="args"/>; output redirected, no shell.</summary>
    public static ProcessStartInfo StartInfo(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        if (IsDotNetHost(Environment.ProcessPath!)) start.ArgumentList.Add(typeof(SelfProcess).Assembly.Location);
        foreach (var a in args) start.ArgumentList.Add(a);
        return start;
    }

    /// <summary>
    /// Start information for another .NET program given by its assembly (<paramref name="assembly"/>), through the
    /// .NET host this process runs on, or the one the SDK names (<c>DOTNET_HOST_PATH</c>), or <c>dotnet</c> on PATH.
    /// </summary>
    public static ProcessStartInfo HostStartInfo(string assembly, params string[] args)
    {
        var host = IsDotNetHost(Environment.ProcessPath!) ? Environment.ProcessPath!
            : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } named && File.Exists(named) ? named
            : "dotnet";
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(assembly);
        foreach (var a in args) start.ArgumentList.Add(a);
        return start;
    }

    private static bool IsDotNetHost(string path) =>
        Path.GetFileNameWithoutExtension(path).Equals("dotnet", StringComparison.OrdinalIgnoreCase);
}
