namespace Workbench.Notebooks;

/// <summary>The notebooks of a folder: every <c>.ipynb</c> and <c>.dib</c> except the shared setup, in name order.</summary>
public static class NotebookCatalog
{
    /// <summary>File name of the shared setup every notebook imports first.</summary>
    public const string SetupFile = "setup.dib";

    /// <summary>The notebooks in <paramref name="directory"/> (not its subfolders), in name order.</summary>
    public static IReadOnlyList<string> In(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory)) throw new DirectoryNotFoundException($"{directory}: folder not found");
        return Directory.EnumerateFiles(directory)
            .Where(f => f.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".dib", StringComparison.OrdinalIgnoreCase))
            .Where(f => !Path.GetFileName(f).Equals(SetupFile, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Expands command-line paths: a folder stands for its notebooks, a file for itself.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return paths.SelectMany(p => Directory.Exists(p) ? In(p) : [p]).ToList();
    }
}
