using Workbench.Text;

namespace Workbench.Retrieval;

/// <summary>
/// Word shingles of a text (runs of <see cref="Size"/> consecutive words, lower-cased and accent-folded), hashed
/// without building strings: the set whose Jaccard similarity "more like this" estimates.
/// </summary>
/// <remarks>Words are runs of letters, digits and underscores, so keyed tokens (<c>ph_…</c>) are single words and two ads
/// that share a phone share its shingles. A text shorter than <see cref="Size"/> words is one shingle of all its words.</remarks>
/// <param name="Size">Words per shingle (3 by default: short ads make longer shingles too sparse).</param>
public sealed record WordShingles(int Size = 3)
{
    /// <summary>The distinct shingle hashes of <paramref name="text"/>.</summary>
    public HashSet<ulong> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = WordHashes(text);
        var result = new HashSet<ulong>();
        if (words.Count == 0) return result;
        var size = Math.Min(Size, words.Count);
        for (var i = 0; i + size <= words.Count; i++)
        {
            var h = 1469598103934665603UL;
            for (var k = 0; k < size; k++)
            {
                h ^= words[i + k];
                h *= 1099511628211UL;
            }
            result.Add(MinHash.Mix(h));
        }
        return result;
    }

    /// <summary>A MinHash of the shingles of <paramref name="text"/>.</summary>
    public MinHash MinHashOf(string text, int numPerm, int seed)
    {
        var m = new MinHash(numPerm, seed);
        foreach (var h in Of(text)) m.Update(h);
        return m;
    }

    private static List<ulong> WordHashes(string text)
    {
        var words = new List<ulong>(text.Length / 5);
        Span<char> buffer = stackalloc char[64];
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && IsWordChar(text[i])) i++;
            var word = text.AsSpan(start, i - start);
            if (word.Length > buffer.Length) word = word[..buffer.Length];
            for (var k = 0; k < word.Length; k++) buffer[k] = TextFolding.Fold(word[k]);
            words.Add(MinHash.Hash(buffer[..word.Length]));
        }
        return words;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
