namespace Workbench.Text;

/// <summary>
/// The given-name list behind <see cref="NameExtractor"/> (<c>Text/Names/given-names.txt</c>, embedded): names common
/// in Canada, the U.S., France and Quebec and in escort advertising, each marked when it is also an ordinary word or a
/// place (<c>Angel</c>, <c>Paris</c>, <c>Demi</c>), in which case it needs a name context to count.
/// </summary>
public sealed class NameLexicon
{
    private static readonly Lazy<NameLexicon> LazyDefault = new(() => Parse(ReadEmbedded()));

    private readonly Dictionary<string, bool> _single;

    private NameLexicon(Dictionary<string, bool> single, IReadOnlyList<(string Name, bool Ambiguous)> entries, string version)
    {
        _single = single;
        Entries = entries;
        Version = version;
    }

    /// <summary>The list shipped with the library.</summary>
    public static NameLexicon Default => LazyDefault.Value;

    /// <summary>Every name with its ambiguity flag, as written in the file.</summary>
    public IReadOnlyList<(string Name, bool Ambiguous)> Entries { get; }

    /// <summary>The version line of the file.</summary>
    public string Version { get; }

    /// <summary>Number of names.</summary>
    public int Count => Entries.Count;

    /// <summary>Whether <paramref name="word"/> (any case or accents) is a listed single-word name.</summary>
    public bool IsName(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return IsName(TextFolding.Fold(word).AsSpan());
    }

    /// <summary>Whether a listed name is also an ordinary word or a place; false for unlisted words.</summary>
    public bool IsAmbiguous(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return _single.TryGetValue(TextFolding.Fold(word), out var ambiguous) && ambiguous;
    }

    internal bool IsName(ReadOnlySpan<char> folded) => _single.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(folded);

    /// <summary>Parses a name list: one name per line, <c>,ambiguous</c> after the ones that need a context, <c>#</c> comments.</summary>
    public static NameLexicon Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var single = new Dictionary<string, bool>(StringComparer.Ordinal);
        var entries = new List<(string, bool)>();
        var version = "unversioned";
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0) continue;
            if (line.StartsWith('#'))
            {
                if (line.StartsWith("# Version", StringComparison.Ordinal)) version = line[9..].Trim();
                continue;
            }
            var comma = line.IndexOf(',', StringComparison.Ordinal);
            var name = comma < 0 ? line : line[..comma].Trim();
            var ambiguous = comma >= 0 && line[(comma + 1)..].Trim() == "ambiguous";
            entries.Add((name, ambiguous));
            if (!name.Contains('-', StringComparison.Ordinal)) single.TryAdd(TextFolding.Fold(name), ambiguous);
        }
        return new NameLexicon(single, entries, version);
    }

    internal bool TryGet(ReadOnlySpan<char> folded, out bool ambiguous) =>
        _single.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(folded, out ambiguous);

    private static string ReadEmbedded()
    {
        var assembly = typeof(NameLexicon).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("given-names.txt", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
