using System.Collections;

namespace Workbench.Clustering;

/// <summary>
/// The members' alignments of one cluster, materialized on access from the compact per-text steps, so that a
/// million-ad result holds steps per distinct text only. A verbatim repost (same words, same tokens as an earlier
/// member) names that member in <see cref="MemberAlignment.SameAs"/> and shares its steps.
/// </summary>
internal sealed class LazyAlignments : IReadOnlyList<MemberAlignment>
{
    private readonly ClusterCorpus _corpus;
    private readonly FoundCluster _cluster;
    private readonly int[] _ads;
    private readonly int[] _member;
    private readonly int _wordBits;
    private readonly IReadOnlyList<AlignmentStep>?[] _first;
    private readonly int[] _firstAd;

    public LazyAlignments(ClusterCorpus corpus, FoundCluster cluster, int[] ads, int[] member, int wordBits)
    {
        _corpus = corpus;
        _cluster = cluster;
        _ads = ads;
        _member = member;
        _wordBits = wordBits;
        _first = new IReadOnlyList<AlignmentStep>?[cluster.Shapes.Length];
        _firstAd = new int[cluster.Shapes.Length];
        Array.Fill(_firstAd, -1);
        for (var i = 0; i < ads.Length; i++)
        {
            if (_firstAd[member[i]] < 0) _firstAd[member[i]] = ads[i];
        }
    }

    public int Count => _ads.Length;

    public MemberAlignment this[int index]
    {
        get
        {
            var ad = _ads[index];
            var m = _member[index];
            var first = _firstAd[m];
            var sameAs = first != ad && SameTokens(first, ad) ? _corpus.AdIds[first] : null;
            IReadOnlyList<AlignmentStep> steps;
            if (sameAs is not null)
            {
                steps = _first[m] ??= Steps(first, m);
            }
            else if (first == ad)
            {
                steps = _first[m] ??= Steps(ad, m);
            }
            else
            {
                steps = Steps(ad, m);
            }
            return new MemberAlignment(
                _corpus.AdIds[ad], _cluster.Plain[m], _cluster.Conditional[m] + _cluster.Bookkeeping, steps, sameAs);
        }
    }

    /// <summary>Whether the ad is a verbatim copy of the first ad of its text (same tokens too), without building steps.</summary>
    internal bool IsCopy(int index)
    {
        var ad = _ads[index];
        var first = _firstAd[_member[index]];
        return first != ad && SameTokens(first, ad);
    }

    /// <summary>A member's bits before and after, without building its steps.</summary>
    internal (double Before, double After) Costs(int index)
    {
        var m = _member[index];
        return (_cluster.Plain[m], _cluster.Conditional[m] + _cluster.Bookkeeping);
    }

    /// <summary>Id, bits and original of a verbatim copy, without building its steps.</summary>
    internal (string AdId, double Before, double After, string SameAs) Summary(int index)
    {
        var m = _member[index];
        return (_corpus.AdIds[_ads[index]], _cluster.Plain[m], _cluster.Conditional[m] + _cluster.Bookkeeping, _corpus.AdIds[_firstAd[m]]);
    }

    private bool SameTokens(int a, int b)
    {
        var ta = _corpus.AdTokens[a];
        var tb = _corpus.AdTokens[b];
        if (ta is null || tb is null) return ta is null && tb is null;
        return ta.AsSpan().SequenceEqual(tb);
    }

    private List<AlignmentStep> Steps(int ad, int m)
    {
        var vocabulary = _corpus.Vocabulary;
        var words = _corpus.Words(_cluster.Shapes[m]).ToArray();
        var tokens = _corpus.AdTokens[ad];
        // Rank of each class symbol among the text's symbols = index of its token.
        var tokenAt = new int[words.Length];
        var rank = 0;
        for (var i = 0; i < words.Length; i++) tokenAt[i] = Vocabulary.IsClass(words[i]) ? rank++ : -1;
        string Word(int i) => tokenAt[i] >= 0 && tokens is not null && tokenAt[i] < tokens.Length ? tokens[tokenAt[i]] : vocabulary.Word(words[i]);
        string TemplateWord(int item) => vocabulary.Word(_cluster.Template[item]);

        var steps = new List<AlignmentStep>(_cluster.Ops[m].Length);
        foreach (var op in _cluster.Ops[m])
        {
            steps.Add(op.Kind switch
            {
                OpKind.Match => new AlignmentStep(AlignmentKind.Match, Word(op.DocFrom), null, -1, []),
                OpKind.Substitution => new AlignmentStep(AlignmentKind.Substitution, Word(op.DocFrom), TemplateWord(op.Item), -1, []),
                OpKind.Insertion => new AlignmentStep(AlignmentKind.Insertion, Word(op.DocFrom), null, -1, []),
                OpKind.Deletion => new AlignmentStep(AlignmentKind.Deletion, null, TemplateWord(op.Item), -1, []),
                _ => new AlignmentStep(AlignmentKind.Slot, null, null, -1 - _cluster.Template[op.Item],
                    [.. Enumerable.Range(op.DocFrom, op.DocCount).Select(Word)]),
            });
        }
        return steps;
    }

    public IEnumerator<MemberAlignment> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
