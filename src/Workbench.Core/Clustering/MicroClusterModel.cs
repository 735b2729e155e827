using System.Diagnostics;
using Workbench.Data;

namespace Workbench.Clustering;

/// <summary>
/// A fitted micro-cluster model: the corpus in compact form, its templates and its result. Read-only; <see cref="Update"/>
/// returns a new model with more ads (DeltaShield: new ads first try the existing templates, and only the rest go
/// through the full procedure, together with the ads that were in no cluster).
/// </summary>
public sealed class MicroClusterModel
{
    private readonly ClusterCorpus _corpus;
    private readonly ShapeSignatures _signatures;
    private readonly List<Entry> _clusters;

    private MicroClusterModel(ClusterCorpus corpus, ShapeSignatures signatures, List<Entry> clusters, MicroClusterOptions options, Stats stats)
    {
        _corpus = corpus;
        _signatures = signatures;
        _clusters = clusters;
        Options = options;
        WordBits = DescriptionLength.WordBits(corpus.Vocabulary.Count);
        Result = BuildResult(stats);
    }

    /// <summary>The settings the model was fitted with.</summary>
    public MicroClusterOptions Options { get; }

    /// <summary>W, bits per word for this corpus's vocabulary.</summary>
    public int WordBits { get; }

    /// <summary>The clusters, assignments and meta-clusters of all ads seen so far.</summary>
    public MicroClusterResult Result { get; }

    /// <summary>Ads seen so far.</summary>
    public int AdCount => _corpus.AdCount;

    internal static MicroClusterModel Fit(IEnumerable<Ad> ads, MicroClusterOptions options, IProgress<StageTiming>? progress)
    {
        var stats = new Stats(progress);
        var watch = Stopwatch.StartNew();
        var corpus = new ClusterCorpus(options.MaxWordsPerAd, options.IncludeTitle);
        corpus.Add(ads);
        stats.Add("read and tokenize", watch, corpus.AdCount);

        var signatures = new ShapeSignatures(new MinHasher(options.HashCount, options.ShingleSize, options.Seed));
        signatures.Extend(corpus, options.Threads);
        stats.Add("minhash", watch, corpus.ShapeCount);

        var shapes = Enumerable.Range(0, corpus.ShapeCount).ToArray();
        var found = FullProcedure(corpus, signatures, shapes, options, stats, watch);
        var entries = Number(found, corpus, 0);
        return new MicroClusterModel(corpus, signatures, entries, options, stats);
    }

    /// <summary>
    /// Adds ads (e.g. a new week) without refitting: each new text is first aligned to the templates of the clusters
    /// whose members it resembles and joins the cheapest one that compresses it; the new texts left over and the
    /// texts that were in no cluster then go through the coarse and fine stages. Existing templates and their ids stay.
    /// </summary>
    /// <param name="ads">The new ads (pseudonymized).</param>
    /// <param name="progress">Told when each stage ends.</param>
    /// <exception cref="ArgumentException">An ad id was already seen, or is empty.</exception>
    public MicroClusterModel Update(IEnumerable<Ad> ads, IProgress<StageTiming>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(ads);
        var stats = new Stats(progress);
        var watch = Stopwatch.StartNew();
        var corpus = _corpus.Clone();
        var firstAd = corpus.AdCount;
        var oldShapes = corpus.ShapeCount;
        corpus.Add(ads);
        stats.Add("read and tokenize", watch, corpus.AdCount - firstAd);
        var signatures = _signatures.Clone();
        signatures.Extend(corpus, Options.Threads);
        stats.Add("minhash", watch, corpus.ShapeCount - oldShapes);

        var w = DescriptionLength.WordBits(corpus.Vocabulary.Count);
        var aligner = new TemplateAligner(w);
        var ops = new List<AlignOp>();
        // Costs of the existing members under the (possibly larger) vocabulary's word cost.
        var clusters = _clusters.Select(e => e with { Cluster = Reprice(e.Cluster, corpus, w) }).ToList();
        var clusterOfShape = new int[corpus.ShapeCount];
        Array.Fill(clusterOfShape, -1);
        for (var c = 0; c < clusters.Count; c++)
        {
            foreach (var s in clusters[c].Cluster.Shapes) clusterOfShape[s] = c;
        }

        // 1. New texts try the existing templates, found through the texts of their members.
        var newShapes = Enumerable.Range(oldShapes, corpus.ShapeCount - oldShapes).ToArray();
        var reference = Enumerable.Range(0, oldShapes).Where(s => clusterOfShape[s] >= 0);
        var lookup = CoarseIndex.Build(
            [.. reference, .. newShapes], signatures, Options.BandRows, Options.MinCandidateSimilarity, Options.CoreSimilarity, Options.Threads, joinGroups: false);
        var added = clusters.Select(_ => new List<(int Shape, AlignOp[] Ops, int Plain, int Conditional)>()).ToList();
        var residual = Enumerable.Range(0, oldShapes).Where(s => clusterOfShape[s] < 0).ToList();
        var firstNew = lookup.Shapes.Length - newShapes.Length;
        for (var local = firstNew; local < lookup.Shapes.Length; local++)
        {
            var shape = lookup.Shapes[local];
            var candidates = new Dictionary<int, double>();
            for (var band = 0; band < lookup.Bands; band++)
            {
                var b = lookup.BucketOf[band][local];
                if (b < 0) continue;
                foreach (var other in lookup.Bucket(band, b))
                {
                    if (other >= firstNew) continue;
                    var c = clusterOfShape[lookup.Shapes[other]];
                    var sim = signatures.Similarity(shape, lookup.Shapes[other]);
                    if (sim >= Options.MinCandidateSimilarity && sim > candidates.GetValueOrDefault(c, -1)) candidates[c] = sim;
                }
            }
            var words = corpus.Words(shape);
            var plain = DescriptionLength.Plain(words.Length, w);
            int best = -1, bestCost = int.MaxValue;
            AlignOp[]? bestOps = null;
            foreach (var c in candidates.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(MaxTemplatesTried).Select(kv => kv.Key))
            {
                var cluster = clusters[c].Cluster;
                if (aligner.CostBound(cluster.Template, words, plain - cluster.Bookkeeping + 16) == int.MaxValue) continue;
                var cond = aligner.Align(cluster.Template, words, ops);
                if (cond + cluster.Bookkeeping < plain && cond < bestCost)
                {
                    best = c;
                    bestCost = cond;
                    bestOps = [.. ops];
                }
            }
            if (best >= 0)
            {
                added[best].Add((shape, bestOps!, plain, bestCost));
                clusterOfShape[shape] = best;
            }
            else
            {
                residual.Add(shape);
            }
        }
        for (var c = 0; c < clusters.Count; c++) clusters[c] = clusters[c] with { Cluster = clusters[c].Cluster.WithMembers(added[c]) };
        stats.Add("match existing templates", watch, newShapes.Length);

        // 2. The rest, with the texts that were in no cluster, through the full procedure.
        residual.Sort();
        var found = FullProcedure(corpus, signatures, [.. residual], Options, stats, watch);
        var next = clusters.Count == 0 ? 0 : clusters.Max(e => e.TemplateId) + 1;
        clusters.AddRange(Number(found, corpus, next));
        return new MicroClusterModel(corpus, signatures, clusters, Options, stats);
    }

    private const int MaxTemplatesTried = 4;

    private static List<FoundCluster> FullProcedure(
        ClusterCorpus corpus, ShapeSignatures signatures, int[] shapes, MicroClusterOptions options, Stats stats, Stopwatch watch)
    {
        var index = CoarseIndex.Build(shapes, signatures, options.BandRows, options.MinCandidateSimilarity, options.CoreSimilarity, options.Threads);
        stats.Add("coarse (LSH + union-find)", watch, shapes.Length);
        stats.Groups += index.MultiShapeGroups;
        stats.LargestGroup = Math.Max(stats.LargestGroup, index.LargestGroup);
        stats.Pairs += index.PairsChecked;
        var w = DescriptionLength.WordBits(corpus.Vocabulary.Count);
        var fine = new FineStage(corpus, signatures, index, w, options.MinCandidateSimilarity, options.CoreSimilarity, options.RefinementRounds);
        var found = fine.Run(options.Threads);
        stats.Alignments += fine.Alignments;
        stats.Add("fine (alignment + MDL)", watch, shapes.Length);
        return found;
    }

    private static FoundCluster Reprice(FoundCluster cluster, ClusterCorpus corpus, int wordBits)
    {
        var plain = new int[cluster.Shapes.Length];
        var cond = new int[cluster.Shapes.Length];
        for (var i = 0; i < plain.Length; i++)
        {
            plain[i] = DescriptionLength.Plain(corpus.Length(cluster.Shapes[i]), wordBits);
            cond[i] = TemplateAligner.Cost([.. cluster.Ops[i]], wordBits);
        }
        return cluster with { Plain = plain, Conditional = cond };
    }

    /// <summary>Numbers new clusters from <paramref name="next"/>: most ads first, then by first ad.</summary>
    private static List<Entry> Number(List<FoundCluster> found, ClusterCorpus corpus, int next)
    {
        var ordered = found
            .Select(f => (Cluster: f, Ads: f.Shapes.Sum(s => corpus.ShapeWeight[s]), First: f.Shapes.Min(s => corpus.ShapeFirstAd[s])))
            .OrderByDescending(x => x.Ads).ThenBy(x => x.First).ToList();
        return [.. ordered.Select((x, i) => new Entry(next + i, x.Cluster))];
    }

    private MicroClusterResult BuildResult(Stats stats)
    {
        var watch = Stopwatch.StartNew();
        var corpus = _corpus;
        var w = WordBits;
        var clusterOfShape = new int[corpus.ShapeCount];
        var memberOfShape = new int[corpus.ShapeCount];
        Array.Fill(clusterOfShape, -1);
        for (var c = 0; c < _clusters.Count; c++)
        {
            var shapes = _clusters[c].Cluster.Shapes;
            for (var i = 0; i < shapes.Length; i++)
            {
                clusterOfShape[shapes[i]] = c;
                memberOfShape[shapes[i]] = i;
            }
        }
        var adCluster = new int[corpus.AdCount];
        var adsOf = new List<int>[_clusters.Count];
        for (var c = 0; c < adsOf.Length; c++) adsOf[c] = [];
        for (var a = 0; a < corpus.AdCount; a++)
        {
            adCluster[a] = clusterOfShape[corpus.AdShape[a]];
            if (adCluster[a] >= 0) adsOf[adCluster[a]].Add(a);
        }
        var (adMeta, clusterMeta, metas, hubs) = MetaLinker.Link(corpus, adCluster, _clusters.Count, Options.Meta);

        var clusters = new List<MicroCluster>(_clusters.Count);
        var rates = new double[_clusters.Count];
        for (var c = 0; c < _clusters.Count; c++)
        {
            var found = _clusters[c].Cluster;
            var ads = adsOf[c].ToArray();
            var member = ads.Select(a => memberOfShape[corpus.AdShape[a]]).ToArray();
            var before = found.CostBefore(corpus.ShapeWeight);
            var after = found.CostAfter(corpus.ShapeWeight, w);
            clusters.Add(new MicroCluster
            {
                ClusterId = c,
                TemplateId = _clusters[c].TemplateId,
                Template = [.. found.Template.Select(t => t >= 0 ? new TemplateItem(corpus.Vocabulary.Word(t), -1) : new TemplateItem(null, -1 - t))],
                Members = [.. ads.Select(a => corpus.AdIds[a])],
                CostBeforeBits = before,
                CostAfterBits = after,
                MetaClusterId = clusterMeta[c],
                DistinctTexts = found.Shapes.Length,
                Alignments = new LazyAlignments(corpus, found, ads, member, w),
            });
            rates[c] = clusters[c].CompressionRate;
        }
        var assignments = new AdAssignment[corpus.AdCount];
        for (var a = 0; a < assignments.Length; a++)
        {
            var c = adCluster[a];
            assignments[a] = new AdAssignment(
                corpus.AdIds[a], new DateTimeOffset(corpus.PostedTicks[a], TimeSpan.Zero), c, c >= 0 ? _clusters[c].TemplateId : -1,
                adMeta[a], c >= 0 ? rates[c] : 0);
        }
        stats.Add("meta-clusters and result", watch, corpus.AdCount);
        return new MicroClusterResult
        {
            Clusters = clusters,
            Assignments = assignments,
            MetaClusters = metas,
            HubTokens = hubs,
            Options = Options,
            Statistics = new MicroClusterStatistics(
                corpus.AdCount, corpus.ShapeCount, corpus.Vocabulary.Count, w, stats.Groups, stats.LargestGroup, stats.Pairs,
                stats.Alignments, stats.Stages),
        };
    }

    private sealed record Entry(int TemplateId, FoundCluster Cluster);

    private sealed class Stats(IProgress<StageTiming>? progress)
    {
        public List<StageTiming> Stages { get; } = [];

        public int Groups;
        public int LargestGroup;
        public long Pairs;
        public long Alignments;

        public void Add(string stage, Stopwatch watch, long items)
        {
            var timing = new StageTiming(stage, watch.Elapsed, items);
            Stages.Add(timing);
            progress?.Report(timing);
            watch.Restart();
        }
    }
}
