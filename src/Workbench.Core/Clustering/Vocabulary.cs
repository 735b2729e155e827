namespace Workbench.Clustering;

/// <summary>
/// The words of a corpus as the micro-cluster detector sees them, each with an integer id. Ids 0–3 stand for the
/// four kinds of contact token (<c>&lt;phone&gt;</c>, <c>&lt;email&gt;</c>, <c>&lt;handle&gt;</c>, <c>&lt;url&gt;</c>):
/// every token of a kind is the same symbol, so that sharing an identifier never makes two texts cheaper to encode.
/// </summary>
/// <remarks>Not thread-safe for adding; read-only use from several threads is safe once filled.</remarks>
internal sealed class Vocabulary
{
    /// <summary>Number of reserved contact-class ids.</summary>
    public const int ClassCount = 4;

    private static readonly string[] ClassWords = ["<phone>", "<email>", "<handle>", "<url>"];

    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<string> _words = [.. ClassWords];
    private readonly List<bool> _hasDigit = [false, false, false, false];

    public Vocabulary()
    {
        _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < ClassWords.Length; i++) _ids[ClassWords[i]] = i;
    }

    /// <summary>Words known, including the four class symbols.</summary>
    public int Count => _words.Count;

    /// <summary>The word of an id.</summary>
    public string Word(int id) => _words[id];

    /// <summary>Whether an id is a contact-class symbol.</summary>
    public static bool IsClass(int id) => id < ClassCount;

    /// <summary>Whether an id counts for the text signal of the coarse stage: no class symbol, no digit.</summary>
    public bool IsTextWord(int id) => id >= ClassCount && !_hasDigit[id];

    /// <summary>The id of a word, added when new.</summary>
    public int Intern(ReadOnlySpan<char> word)
    {
        if (_lookup.TryGetValue(word, out var id)) return id;
        var text = word.ToString();
        id = _words.Count;
        _ids[text] = id;
        _words.Add(text);
        _hasDigit.Add(word.IndexOfAnyInRange('0', '9') >= 0);
        return id;
    }

    /// <summary>The id of a known word, or -1.</summary>
    public int Find(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var id) ? id : -1;

    /// <summary>A copy that can grow independently (incremental updates never change a fitted model).</summary>
    public Vocabulary Clone()
    {
        var copy = new Vocabulary();
        for (var i = ClassCount; i < _words.Count; i++) copy.Intern(_words[i]);
        return copy;
    }
}
