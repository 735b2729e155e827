using System.Collections.Concurrent;

namespace Workbench.Clustering;

/// <summary>
/// The fine stage of InfoShield, group by group: take the heaviest unassigned text as seed, align its neighbours to
/// it, let those whose text is cheaper given the template than alone join, build the consensus template with slots,
/// re-align, and keep the cluster only if the total description length falls. Repeat on what is left.
/// </summary>
/// <remarks>
/// <para>Two rings of neighbours. Near duplicates (estimated shingle similarity at least the core similarity) join by
/// InfoShield's rule and extend the search. Weaker neighbours join only when the template is also cheaper than their
/// own best alternative, a template shared with their own near duplicates: model selection by description length,
/// which keeps two families that share a few sentences apart while a lone variant still joins.</para>
/// <para>Candidates come from the coarse stage's buckets, so the work per seed follows its neighbourhood, not the size of
/// its group. Small groups run in parallel, each sequentially. A large group runs its seeds in windows: every seed of
/// a window grows in parallel against the state at the window's start, then results are committed in seed order, and
/// a seed whose inputs an earlier commit changed is grown again. The result is therefore exactly the sequential one,
/// whatever the number of threads.</para>
/// </remarks>
internal sealed class FineStage
{
    private const int ScreenSlack = 16;
    private const int SpeculativeGroup = 256;
    private const int Window = 64;

    private readonly ClusterCorpus _corpus;
    private readonly ShapeSignatures _signatures;
    private readonly CoarseIndex _index;
    private readonly int _wordBits;
    private readonly double _minSimilarity;
    private readonly double _coreSimilarity;
    private readonly int _rounds;
    private readonly bool[] _assigned;
    private readonly bool[] _triedAsSeed;
    private readonly int[] _coreWeight;
    private readonly int[] _coreAssigned;
    private readonly int[] _assignedAt;
    private readonly int[] _coreChangedAt;
    private int _commits;

    public FineStage(ClusterCorpus corpus, ShapeSignatures signatures, CoarseIndex index, int wordBits, double minSimilarity, double coreSimilarity, int rounds)
    {
        _corpus = corpus;
        _signatures = signatures;
        _index = index;
        _wordBits = wordBits;
        _minSimilarity = minSimilarity;
        _coreSimilarity = coreSimilarity;
        _rounds = rounds;
        var n = index.Shapes.Length;
        _assigned = new bool[n];
        _triedAsSeed = new bool[n];
        _assignedAt = new int[n];
        _coreWeight = new int[index.CoreCount];
        _coreAssigned = new int[index.CoreCount];
        _coreChangedAt = new int[index.CoreCount];
        for (var i = 0; i < n; i++) _coreWeight[index.Core[i]] += corpus.ShapeWeight[index.Shapes[i]];
    }

    public long Alignments { get; private set; }

    public long Regrown { get; private set; }

    public List<FoundCluster> Run(int degreeOfParallelism)
    {
        var n = _index.Shapes.Length;
        var groupSize = new int[_index.GroupCount];
        for (var i = 0; i < n; i++)
        {
            if (_index.Group[i] >= 0) groupSize[_index.Group[i]]++;
        }
        var start = new int[_index.GroupCount + 1];
        for (var g = 0; g < _index.GroupCount; g++) start[g + 1] = start[g] + groupSize[g];
        var members = new int[start[^1]];
        var fill = (int[])start.Clone();
        for (var i = 0; i < n; i++)
        {
            if (_index.Group[i] >= 0) members[fill[_index.Group[i]]++] = i;
        }
        int[] Seeds(int g)
        {
            var shapes = members.AsSpan(start[g], start[g + 1] - start[g]).ToArray();
            var global = _index.Shapes;
            Array.Sort(shapes, (x, y) =>
            {
                var c = _corpus.ShapeWeight[global[y]].CompareTo(_corpus.ShapeWeight[global[x]]);
                if (c != 0) return c;
                c = _corpus.Length(global[y]).CompareTo(_corpus.Length(global[x]));
                return c != 0 ? c : x.CompareTo(y);
            });
            return shapes;
        }

        var results = new List<FoundCluster>?[_index.GroupCount];
        var workers = new ConcurrentBag<Worker>();
        Worker Rent() => workers.TryTake(out var w) ? w : new Worker(this);
        var order = Enumerable.Range(0, _index.GroupCount).OrderByDescending(g => groupSize[g]).ThenBy(g => g).ToArray();
        var options = new ParallelOptions { MaxDegreeOfParallelism = degreeOfParallelism };
        foreach (var g in order.Where(g => groupSize[g] >= SpeculativeGroup))
        {
            results[g] = RunWindows(g, Seeds(g), options, Rent, workers);
        }
        Parallel.ForEach(
            Partitioner.Create(order.Where(g => groupSize[g] < SpeculativeGroup).ToArray(), EnumerablePartitionerOptions.NoBuffering),
            options,
            Rent,
            (g, _, worker) =>
            {
                var found = new List<FoundCluster>();
                foreach (var seed in Seeds(g))
                {
                    if (_assigned[seed] || _triedAsSeed[seed]) continue;
                    _triedAsSeed[seed] = true;
                    var grown = worker.Grow(seed, g);
                    if (grown.Cluster is not null)
                    {
                        Commit(grown);
                        found.Add(grown.Cluster);
                    }
                }
                results[g] = found;
                return worker;
            },
            workers.Add);
        Alignments = workers.Sum(w => w.Alignments);
        var all = new List<FoundCluster>();
        foreach (var r in results)
        {
            if (r is not null) all.AddRange(r);
        }
        return all;
    }

    private List<FoundCluster> RunWindows(int group, int[] seeds, ParallelOptions options, Func<Worker> rent, ConcurrentBag<Worker> workers)
    {
        var found = new List<FoundCluster>();
        var window = new List<int>(Window);
        var grown = new Grown[Window];
        var position = 0;
        while (position < seeds.Length)
        {
            window.Clear();
            while (position < seeds.Length && window.Count < Window)
            {
                var seed = seeds[position++];
                if (_assigned[seed] || _triedAsSeed[seed]) continue;
                _triedAsSeed[seed] = true;
                window.Add(seed);
            }
            if (window.Count == 0) break;
            var epoch = _commits;
            Parallel.For(0, window.Count, options, rent, (i, _, worker) =>
            {
                grown[i] = worker.Grow(window[i], group);
                return worker;
            }, workers.Add);
            var local = rent();
            for (var i = 0; i < window.Count; i++)
            {
                if (_assigned[window[i]]) continue;
                var g = grown[i];
                if (Stale(g, epoch))
                {
                    Regrown++;
                    g = local.Grow(window[i], group);
                }
                if (g.Cluster is null) continue;
                Commit(g);
                found.Add(g.Cluster);
            }
            workers.Add(local);
        }
        return found;
    }

    /// <summary>Whether a commit after <paramref name="epoch"/> assigned a text the growth looked at, or changed a family it priced.</summary>
    private bool Stale(Grown g, int epoch)
    {
        foreach (var s in g.Considered)
        {
            if (_assigned[s] && _assignedAt[s] > epoch) return true;
        }
        foreach (var c in g.Families)
        {
            if (_coreChangedAt[c] > epoch) return true;
        }
        return false;
    }

    private void Commit(Grown g)
    {
        var commit = Interlocked.Increment(ref _commits);
        foreach (var m in g.Members)
        {
            _assigned[m] = true;
            _assignedAt[m] = commit;
            var core = _index.Core[m];
            _coreAssigned[core] += _corpus.ShapeWeight[_index.Shapes[m]];
            _coreChangedAt[core] = commit;
        }
    }

    /// <summary>A seed's outcome: the cluster or null, its members, and what it depended on (texts looked at, families priced).</summary>
    private readonly record struct Grown(FoundCluster? Cluster, int[] Members, int[] Considered, int[] Families);

    private sealed class Worker
    {
        private readonly FineStage _s;
        private readonly TemplateAligner _aligner;
        private readonly int[] _visited;
        private readonly int[] _weakSeen;
        private readonly int[][] _bucketStamp;
        private readonly int[] _wordMark;
        private readonly List<AlignOp> _ops = new(256);
        private readonly Queue<int> _frontier = new();
        private readonly List<int> _considered = [];
        private readonly List<int> _weak = [];
        private readonly List<int> _families = [];
        private int _stamp;
        private int _wordStamp;
        private int[]? _marked;

        public Worker(FineStage stage)
        {
            _s = stage;
            _aligner = new TemplateAligner(stage._wordBits);
            _visited = new int[stage._index.Shapes.Length];
            _weakSeen = new int[stage._index.Shapes.Length];
            _wordMark = new int[stage._corpus.Vocabulary.Count];
            _bucketStamp = new int[stage._index.Bands][];
            for (var b = 0; b < stage._index.Bands; b++) _bucketStamp[b] = new int[stage._index.BucketStart[b].Length];
        }

        public long Alignments;

        /// <summary>Grows a cluster from a seed against the current assignment; reads shared state, writes none.</summary>
        public Grown Grow(int seed, int group)
        {
            var corpus = _s._corpus;
            var global = _s._index.Shapes;
            var bookkeeping = DescriptionLength.MembershipBits;
            _stamp++;
            _considered.Clear();
            _weak.Clear();
            _families.Clear();
            var template = corpus.Words(global[seed]).ToArray();
            var members = new List<Candidate>();
            var rejected = new List<int>();
            _visited[seed] = _stamp;
            if (Try(seed, template, bookkeeping) is { } s) members.Add(s);
            else return new Grown(null, [], [], []);
            _frontier.Clear();
            _frontier.Enqueue(seed);

            // The near-duplicate core, by InfoShield's rule, with consensus and re-alignment; weaker neighbours met on
            // the way are kept for later.
            for (var round = 0; round < _s._rounds; round++)
            {
                Expand(group, template, bookkeeping, members, rejected);
                if (Weight(members) < 2) break;
                if (!Refine(ref template, bookkeeping, ref members, ref rejected, retryRejected: true)) break;
            }
            Expand(group, template, bookkeeping, members, rejected);

            // Weaker neighbours join only if the template also beats their own alternative.
            var inCluster = new Dictionary<int, int>();
            foreach (var m in members)
            {
                var core = _s._index.Core[m.Local];
                inCluster[core] = inCluster.GetValueOrDefault(core) + corpus.ShapeWeight[global[m.Local]];
            }
            var weakJoined = false;
            foreach (var t in _weak)
            {
                if (_visited[t] == _stamp) continue;
                _visited[t] = _stamp;
                _considered.Add(t);
                var core = _s._index.Core[t];
                _families.Add(core);
                var alternative = Alternative(t, core, inCluster);
                if (Try(t, template, bookkeeping, alternative) is { } c)
                {
                    members.Add(c with { Alternative = alternative });
                    weakJoined = true;
                }
            }
            if (weakJoined) Refine(ref template, bookkeeping, ref members, ref rejected, retryRejected: false);
            if (Weight(members) < 2) return new Grown(null, [], [.. _considered], [.. _families]);

            members.Sort((a, b) => a.Local.CompareTo(b.Local));
            var cluster = new FoundCluster(
                template,
                [.. members.Select(m => global[m.Local])],
                [.. members.Select(m => m.Ops)],
                [.. members.Select(m => m.Plain)],
                [.. members.Select(m => m.Conditional)],
                bookkeeping);
            if (cluster.CostAfter(corpus.ShapeWeight, _s._wordBits) >= cluster.CostBefore(corpus.ShapeWeight))
            {
                return new Grown(null, [], [.. _considered], [.. _families]);
            }
            return new Grown(cluster, [.. members.Select(m => m.Local)], [.. _considered], [.. _families]);
        }

        private int Weight(List<Candidate> members)
        {
            var total = 0;
            foreach (var m in members) total += _s._corpus.ShapeWeight[_s._index.Shapes[m.Local]];
            return total;
        }

        /// <summary>Consensus template from the members, then members (and rejects) re-aligned to it; false when the template did not change.</summary>
        private bool Refine(ref int[] template, int bookkeeping, ref List<Candidate> members, ref List<int> rejected, bool retryRejected)
        {
            var corpus = _s._corpus;
            var global = _s._index.Shapes;
            var next = TemplateBuilder.Consensus(
                template, members.Select(m => new AlignedMember(corpus.ShapeWeight[global[m.Local]], m.Ops)).ToList(), _s._wordBits, bookkeeping);
            if (next.AsSpan().SequenceEqual(template)) return false;
            template = next;
            var previous = members;
            members = [];
            var stillRejected = new List<int>();
            foreach (var m in previous)
            {
                if (Try(m.Local, template, bookkeeping, m.Alternative) is { } c) members.Add(c with { Alternative = m.Alternative });
                else stillRejected.Add(m.Local);
            }
            foreach (var r in rejected)
            {
                if (retryRejected && Try(r, template, bookkeeping) is { } c)
                {
                    members.Add(c);
                    _frontier.Enqueue(r);
                }
                else
                {
                    stillRejected.Add(r);
                }
            }
            rejected = stillRejected;
            return true;
        }

        /// <summary>
        /// Breadth-first over the coarse buckets from the frontier: near duplicates are aligned and join when cheaper
        /// given the template, extending the frontier; weaker neighbours are set aside for the second ring.
        /// </summary>
        private void Expand(int group, int[] template, int bookkeeping, List<Candidate> members, List<int> rejected)
        {
            var index = _s._index;
            var signatures = _s._signatures;
            while (_frontier.Count > 0)
            {
                var x = _frontier.Dequeue();
                var sx = index.Shapes[x];
                for (var band = 0; band < index.Bands; band++)
                {
                    var b = index.BucketOf[band][x];
                    if (b < 0 || _bucketStamp[band][b] == _stamp) continue;
                    _bucketStamp[band][b] = _stamp;
                    foreach (var t in index.Bucket(band, b))
                    {
                        if (_visited[t] == _stamp || _s._assigned[t] || index.Group[t] != group) continue;
                        var similarity = signatures.Similarity(sx, index.Shapes[t]);
                        if (similarity < _s._coreSimilarity)
                        {
                            if (similarity >= _s._minSimilarity && _weakSeen[t] != _stamp)
                            {
                                _weakSeen[t] = _stamp;
                                _weak.Add(t);
                            }
                            continue;
                        }
                        _visited[t] = _stamp;
                        _considered.Add(t);
                        if (Try(t, template, bookkeeping) is { } c)
                        {
                            members.Add(c);
                            _frontier.Enqueue(t);
                        }
                        else
                        {
                            rejected.Add(t);
                        }
                    }
                }
            }
        }

        /// <summary>
        /// Bits per ad of a text's best alternative to joining: alone, or, when its family (near duplicates: pairs at
        /// least the core similarity alike) still has free texts outside the current cluster, its share of a template
        /// of its own that they all match.
        /// </summary>
        private int Alternative(int local, int core, Dictionary<int, int> inCluster)
        {
            var length = _s._corpus.Length(_s._index.Shapes[local]);
            var family = _s._coreWeight[core] - _s._coreAssigned[core] - inCluster.GetValueOrDefault(core);
            var plain = DescriptionLength.Plain(length, _s._wordBits);
            if (family < 2) return plain;
            var own = (DescriptionLength.Template(length, 0, _s._wordBits) / family) + DescriptionLength.LogStar(length) + length + DescriptionLength.MembershipBits;
            return Math.Min(plain, own);
        }

        /// <summary>Aligns a text to the template; a candidate member when cheaper given the template than the limit (default: alone).</summary>
        private Candidate? Try(int local, int[] template, int bookkeeping, int limit = int.MaxValue)
        {
            var words = _s._corpus.Words(_s._index.Shapes[local]);
            var plain = DescriptionLength.Plain(words.Length, _s._wordBits);
            limit = Math.Min(limit, plain);
            if (!ReferenceEquals(template, _marked)) MarkTemplate(template);
            // A lower bound without aligning: a word the template lacks costs at least W (in a slot or as an edit).
            var missing = 0;
            foreach (var word in words)
            {
                if (_wordMark[word] != _wordStamp) missing++;
            }
            if (words.Length + (missing * (_s._wordBits - 1)) + bookkeeping >= limit) return null;
            Alignments++;
            if (_aligner.CostBound(template, words, limit - bookkeeping + ScreenSlack) == int.MaxValue) return null;
            var cond = _aligner.Align(template, words, _ops);
            if (cond + bookkeeping >= limit) return null;
            return new Candidate(local, [.. _ops], plain, cond);
        }

        private void MarkTemplate(int[] template)
        {
            _wordStamp++;
            foreach (var t in template)
            {
                if (t >= 0) _wordMark[t] = _wordStamp;
            }
            _marked = template;
        }
    }

    private sealed record Candidate(int Local, AlignOp[] Ops, int Plain, int Conditional)
    {
        /// <summary>For a weak joiner, the bits per ad of its best alternative; otherwise int.MaxValue.</summary>
        public int Alternative { get; init; } = int.MaxValue;
    }
}
