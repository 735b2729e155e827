using System.Globalization;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Workbench.Review;

/// <summary>
/// Active learning over review candidates (Settles, "Active Learning Literature Survey", 2009; RedThread, Rabbany et
/// al., KDD 2018, for a small label budget on escort ads): an ML.NET logistic regression over the cluster features and
/// hashed word bags of the template text, trained on the human labels plus the weak-supervision pseudo-labels (whose
/// weight fades as human labels arrive), and a queue that ranks candidates by the model's probability of organized
/// activity (relevance feedback, as in continuous active learning: Cormack and Grossman, SIGIR 2014), by uncertainty,
/// or a mix (<see cref="QueueStrategy"/>), each with a diversity term so a batch does not spend labels on near-copies. Cost per refresh: one fit on the labelled and weakly labelled rows plus
/// one linear scoring pass over all candidates.
/// </summary>
public sealed class ActiveLearner
{
    private readonly MLContext _ml;
    private readonly IReadOnlyList<ReviewCandidate> _candidates;
    private readonly WeakSupervisionResult _weak;
    private readonly float[][] _vectors;
    private readonly float[][] _scaled;
    private readonly double[] _nearestLabelled;
    private readonly Dictionary<int, bool> _labels = [];
    private readonly SchemaDefinition _schema;
    private double[] _probabilities;

    /// <summary>Featurizes the candidates once (hashed text bags are fit without labels); no model yet.</summary>
    public ActiveLearner(IReadOnlyList<ReviewCandidate> candidates, WeakSupervisionResult weak, ActiveLearningOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(weak);
        if (weak.Probabilities.Count != candidates.Count) throw new ArgumentException("the weak-supervision result is for another candidate list");
        Options = options ?? new();
        if (Options.DiversityWeight is < 0 or > 1 || Options.RelevanceDiversityWeight is < 0 or > 1 || Options.UncertaintyShare is < 0 or > 1)
            throw new ArgumentOutOfRangeException(nameof(options), "DiversityWeight, RelevanceDiversityWeight and UncertaintyShare must lie in [0, 1]");
        _candidates = candidates;
        _weak = weak;
        _ml = new MLContext(Options.Seed);
        var d = ReviewFeatures.Names.Count;
        // z-scored numeric features: the regression's scale and the diversity distance share them.
        var mean = new double[d];
        var sd = new double[d];
        foreach (var c in candidates) for (var k = 0; k < d; k++) mean[k] += c.Features[k];
        for (var k = 0; k < d; k++) mean[k] /= Math.Max(1, candidates.Count);
        foreach (var c in candidates) for (var k = 0; k < d; k++) sd[k] += Math.Pow(c.Features[k] - mean[k], 2);
        for (var k = 0; k < d; k++) sd[k] = Math.Sqrt(sd[k] / Math.Max(1, candidates.Count)) is var s && s > 1e-9 ? s : 1;
        _scaled = [.. candidates.Select(c => Enumerable.Range(0, d).Select(k => (float)((c.Features[k] - mean[k]) / sd[k])).ToArray())];

        var text = _ml.Data.LoadFromEnumerable(candidates.Select(c => new TextRow { Text = c.TemplateText }));
        var bags = _ml.Transforms.Text.ProduceHashedWordBags("Bag", "Text", numberOfBits: Options.TextHashBits, ngramLength: 2)
            .Append(_ml.Transforms.NormalizeLpNorm("Bag"));
        var bagColumn = bags.Fit(text).Transform(text).GetColumn<VBuffer<float>>("Bag").ToList();
        var width = d + (1 << Options.TextHashBits);
        _vectors = new float[candidates.Count][];
        for (var i = 0; i < candidates.Count; i++)
        {
            var v = new float[width];
            Array.Copy(_scaled[i], v, d);
            var bag = bagColumn[i];
            var values = bag.GetValues();
            var indices = bag.GetIndices();
            if (bag.IsDense) for (var k = 0; k < values.Length; k++) v[d + k] = values[k];
            else for (var k = 0; k < values.Length; k++) v[d + indices[k]] = values[k];
            _vectors[i] = v;
        }
        _schema = SchemaDefinition.Create(typeof(TrainRow));
        _schema[nameof(TrainRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, width);
        _nearestLabelled = Enumerable.Repeat(double.PositiveInfinity, candidates.Count).ToArray();
        _probabilities = [.. weak.Probabilities];
    }

    /// <summary>The settings.</summary>
    public ActiveLearningOptions Options { get; }

    /// <summary>Labels given so far, by candidate index (true = signals of organized activity).</summary>
    public IReadOnlyDictionary<int, bool> Labels => _labels;

    /// <summary>Current P(organized) per candidate (the label model's before the first <see cref="Retrain"/>).</summary>
    public IReadOnlyList<double> Probabilities => _probabilities;

    /// <summary>Whether the last retrain had both classes among its rows (else the weak probabilities stand).</summary>
    public bool Trained { get; private set; }

    /// <summary>Records a reviewer's answer for a candidate (the latest answer wins).</summary>
    public void AddLabel(int index, bool organized)
    {
        if ((uint)index >= (uint)_candidates.Count) throw new ArgumentOutOfRangeException(nameof(index));
        _labels[index] = organized;
        var x = _scaled[index];
        for (var i = 0; i < _scaled.Length; i++)
        {
            var dist = Distance(_scaled[i], x);
            if (dist < _nearestLabelled[i]) _nearestLabelled[i] = dist;
        }
    }

    /// <summary>Fits the classifier on the labels so far and rescores every candidate.</summary>
    public void Retrain()
    {
        var weakWeight = Options.WeakLabelWeight * Math.Pow(0.5, _labels.Count / (double)Options.WeakLabelHalfLife);
        var rows = new List<TrainRow>();
        var weakRows = 0;
        for (var i = 0; i < _candidates.Count; i++)
        {
            if (!_labels.ContainsKey(i) && _weak.Votes[i].Any(v => v >= 0)) weakRows++;
        }
        // The pseudo-labels together weigh as much as max(10, labels) human labels times the decaying weight.
        var perWeak = weakRows == 0 ? 0 : (float)(weakWeight * Math.Max(10, _labels.Count) / weakRows);
        for (var i = 0; i < _candidates.Count; i++)
        {
            if (_labels.TryGetValue(i, out var y))
            {
                rows.Add(new TrainRow { Features = _vectors[i], Label = y, Weight = 1f });
            }
            else if (perWeak > 0 && _weak.Votes[i].Any(v => v >= 0))
            {
                var p = _weak.Probabilities[i];
                rows.Add(new TrainRow { Features = _vectors[i], Label = p >= 0.5, Weight = perWeak * (float)Math.Abs(2 * p - 1) });
            }
        }
        rows.RemoveAll(r => r.Weight <= 0);
        if (!rows.Any(r => r.Label) || rows.All(r => r.Label))
        {
            Trained = false;
            return;
        }
        var train = _ml.Data.LoadFromEnumerable(rows, _schema);
        var trainer = _ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new Microsoft.ML.Trainers.LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(TrainRow.Label),
            FeatureColumnName = nameof(TrainRow.Features),
            ExampleWeightColumnName = nameof(TrainRow.Weight),
            L2Regularization = Options.L2Regularization,
            L1Regularization = 0,
            NumberOfThreads = 1,
        });
        var model = trainer.Fit(train);
        var all = _ml.Data.LoadFromEnumerable(_vectors.Select(v => new TrainRow { Features = v }), _schema);
        var scored = model.Transform(all).GetColumn<float>("Probability").ToArray();
        _probabilities = [.. scored.Select(p => (double)p)];
        Trained = true;
    }

    /// <summary>
    /// The next <paramref name="count"/> unlabelled candidates to review, chosen greedily (each pick counts as labelled
    /// for the diversity of the next) by the <see cref="ActiveLearningOptions.Strategy"/>: relevance ranks by
    /// (1 − λr)·p + λr·diversity, uncertainty by (1 − λ)·uncertainty + λ·diversity, mixed takes a fixed share of the
    /// batch by uncertainty and the rest by relevance.
    /// </summary>
    public IReadOnlyList<QueueItem> Queue(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var nearest = (double[])_nearestLabelled.Clone();
        var scale = nearest.Where(double.IsFinite).DefaultIfEmpty(0).Max();
        var picked = new List<QueueItem>(count);
        var taken = new HashSet<int>();
        for (var r = 0; r < count; r++)
        {
            var kind = PickKind(r);
            var best = -1;
            var bestScore = double.NegativeInfinity;
            double bestU = 0, bestD = 0;
            for (var i = 0; i < _candidates.Count; i++)
            {
                if (_labels.ContainsKey(i) || taken.Contains(i)) continue;
                var u = 1 - Math.Abs(2 * _probabilities[i] - 1);
                var div = double.IsFinite(nearest[i]) && scale > 0 ? Math.Min(1, nearest[i] / scale) : 1;
                var s = kind == QueueStrategy.Relevance
                    ? ((1 - Options.RelevanceDiversityWeight) * _probabilities[i]) + (Options.RelevanceDiversityWeight * div)
                    : ((1 - Options.DiversityWeight) * u) + (Options.DiversityWeight * div);
                if (s > bestScore)
                {
                    bestScore = s;
                    best = i;
                    bestU = u;
                    bestD = div;
                }
            }
            if (best < 0) break;
            taken.Add(best);
            var x = _scaled[best];
            for (var i = 0; i < nearest.Length; i++) nearest[i] = Math.Min(nearest[i], Distance(_scaled[i], x));
            if (scale == 0) scale = nearest.Where(double.IsFinite).DefaultIfEmpty(0).Max();
            picked.Add(new QueueItem(r + 1, best, _candidates[best].ClusterId, _probabilities[best], bestU, bestD, bestScore, Reason(best, kind, bestU, bestD), kind));
        }
        return picked;
    }

    /// <summary>Which priority the pick at batch position <paramref name="r"/> uses (mixed: every 1/share-th pick by uncertainty).</summary>
    private QueueStrategy PickKind(int r) => Options.Strategy switch
    {
        QueueStrategy.Uncertainty => QueueStrategy.Uncertainty,
        QueueStrategy.Mixed when Math.Floor(((r + 1) * Options.UncertaintyShare) + 1e-9) > Math.Floor((r * Options.UncertaintyShare) + 1e-9) => QueueStrategy.Uncertainty,
        _ => QueueStrategy.Relevance,
    };

    private string Reason(int i, QueueStrategy kind, double uncertainty, double diversity)
    {
        var inv = CultureInfo.InvariantCulture;
        var p = _probabilities[i];
        var ps = $"p = {p.ToString("F2", inv)}";
        var why = kind == QueueStrategy.Relevance
            ? p >= 0.5 ? $"the model rates it likely organized ({ps})"
                : $"the most likely organized of the clusters left, though the model rates it unlikely ({ps})"
            : uncertainty >= 0.6 ? $"the model is unsure ({ps}); a label here teaches it most"
                : $"the model leans {(p >= 0.5 ? "organized" : "not organized")} ({ps}) but is not sure";
        var parts = new List<string>
        {
            why,
            diversity >= 0.5 ? "unlike anything labelled yet" : diversity >= 0.2 ? "somewhat unlike the labelled clusters" : "close to labelled clusters",
        };
        var votes = _weak.Votes[i];
        var yes = _weak.Functions.Where((f, k) => votes[k] == LabellingFunction.Organized).Select(f => f.Name).ToList();
        var no = _weak.Functions.Where((f, k) => votes[k] == LabellingFunction.NotOrganized).Select(f => f.Name).ToList();
        if (yes.Count > 0 && no.Count > 0) parts.Add($"labelling functions disagree ({string.Join(", ", yes)} vs {string.Join(", ", no)})");
        else if (yes.Count > 0) parts.Add($"for: {string.Join(", ", yes)}");
        else if (no.Count > 0) parts.Add($"against: {string.Join(", ", no)}");
        else parts.Add("no labelling function votes");
        return string.Join("; ", parts);
    }

    private static double Distance(float[] a, float[] b)
    {
        double s = 0;
        for (var k = 0; k < a.Length; k++)
        {
            var d = a[k] - b[k];
            s += d * d;
        }
        return Math.Sqrt(s);
    }

    private sealed class TextRow
    {
        public string Text { get; set; } = "";
    }

    private sealed class TrainRow
    {
        public float[] Features { get; set; } = [];

        public bool Label { get; set; }

        public float Weight { get; set; } = 1f;
    }
}
