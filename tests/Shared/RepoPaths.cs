namespace Workbench.Tests;

/// <summary>Finds the repository root by walking up to Workbench.sln, as DESIGN.md asks (never by counting ../).</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Workbench.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Workbench.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => LazyRoot.Value;
}
