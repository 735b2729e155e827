namespace Workbench.Text;

/// <summary>
/// Finds phrases (sequences of folded tokens) in <see cref="WordTokens"/>: a token trie walked from every token,
/// leftmost-longest, so the cost is linear in the number of tokens times the longest phrase.
/// </summary>
/// <remarks>A phrase token ending in <c>*</c> matches any token that starts with it (<c>arriv*</c> matches
/// <c>arrivee</c>). Tokens of a match must be joined by short gaps (<see cref="WordTokens.JoinsPrevious"/>).</remarks>
/// <typeparam name="T">What a phrase stands for.</typeparam>
internal sealed class PhraseMatcher<T>
    where T : class
{
    private readonly Node _root = new();

    /// <summary>Number of phrases added.</summary>
    public int Count { get; private set; }

    /// <summary>Splits a phrase the way <see cref="WordTokens"/> splits text; a trailing <c>*</c> stays on its token.</summary>
    public static List<string> Tokenize(string phrase)
    {
        var folded = TextFolding.Fold(phrase);
        var tokens = new List<string>();
        var i = 0;
        while (i < folded.Length)
        {
            var c = folded[i];
            var isDigit = char.IsAsciiDigit(c);
            if (!isDigit && !char.IsLetter(c)) { i++; continue; }
            var start = i;
            i++;
            while (i < folded.Length && (isDigit ? char.IsAsciiDigit(folded[i]) : char.IsLetter(folded[i]))) i++;
            var end = i;
            if (i < folded.Length && folded[i] == '*') { end++; i++; }
            tokens.Add(folded[start..end]);
        }
        return tokens;
    }

    /// <summary>Adds a phrase; returns false when it has no tokens or when the same token sequence is already there.</summary>
    public bool Add(string phrase, T value)
    {
        var tokens = Tokenize(phrase);
        if (tokens.Count == 0) return false;
        var node = _root;
        foreach (var token in tokens)
        {
            if (token.EndsWith('*'))
            {
                var prefix = token[..^1];
                var existing = node.Prefixes.Find(p => p.Prefix == prefix);
                if (existing.Node is null)
                {
                    existing = (prefix, new Node());
                    node.Prefixes.Add(existing);
                }
                node = existing.Node;
            }
            else
            {
                if (!node.Children.TryGetValue(token, out var child))
                {
                    child = new Node();
                    node.Children[token] = child;
                }
                node = child;
            }
        }
        if (node.Value is not null) return false;
        node.Value = value;
        Count++;
        return true;
    }

    /// <summary>Every leftmost-longest match: (first token, last token, value).</summary>
    public void FindAll(WordTokens tokens, List<(int First, int Last, T Value)> output)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            var (last, value) = Longest(tokens, i);
            if (value is null)
            {
                i++;
                continue;
            }
            output.Add((i, last, value));
            i = last + 1;
        }
    }

    /// <summary>The longest phrase starting at token <paramref name="first"/>: its last token and value, or (-1, null).</summary>
    public (int Last, T? Value) Longest(WordTokens tokens, int first)
    {
        var bestLast = -1;
        T? best = null;
        Walk(_root, tokens, first, first, ref bestLast, ref best);
        return (bestLast, best);
    }

    private static void Walk(Node node, WordTokens tokens, int first, int at, ref int bestLast, ref T? best)
    {
        if (at >= tokens.Count) return;
        if (at > first && !tokens.JoinsPrevious(at)) return;
        var span = tokens.Folded(at);
        var lookup = node.Children.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(span, out var child))
        {
            if (child.Value is not null && at > bestLast)
            {
                bestLast = at;
                best = child.Value;
            }
            Walk(child, tokens, first, at + 1, ref bestLast, ref best);
        }
        foreach (var (prefix, prefixChild) in node.Prefixes)
        {
            if (!span.StartsWith(prefix, StringComparison.Ordinal)) continue;
            if (prefixChild.Value is not null && at > bestLast)
            {
                bestLast = at;
                best = prefixChild.Value;
            }
            Walk(prefixChild, tokens, first, at + 1, ref bestLast, ref best);
        }
    }

    private sealed class Node
    {
        public Dictionary<string, Node> Children { get; } = new(StringComparer.Ordinal);

        public List<(string Prefix, Node Node)> Prefixes { get; } = [];

        public T? Value { get; set; }
    }
}
