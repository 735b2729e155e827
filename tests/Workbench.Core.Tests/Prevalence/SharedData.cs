namespace Workbench.Tests.Prevalence;

/// <summary>Files of <c>shared/data</c>, which sits beside the repository (CI clones it there too).</summary>
internal static class SharedData
{
    public static string Path(string file) => System.IO.Path.Combine(RepoPaths.Root, "..", "shared", "data", file);
}
