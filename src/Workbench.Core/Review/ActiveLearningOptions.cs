namespace Workbench.Review;

/// <summary>Settings for <see cref="ActiveLearner"/>.</summary>
public sealed record ActiveLearningOptions
{
    /// <summary>
    /// How the queue is ordered. Default <see cref="QueueStrategy.Mixed"/> with half of each batch by uncertainty,
    /// chosen by <c>workbench eval review</c> on 40 synthetic corpora of 3,000 to 100,000 ads (batches of 10): to reach
    /// 0.9 recall at precision ≥ 0.8 it needed as many labels as uncertainty alone (mean 43.5 against 43.8; fewer on
    /// corpora up to 5,000 ads, about one batch more from 20,000 on), and the reviewer had labelled 0.9 of the
    /// organized clusters themselves far sooner (e.g. 57 against 142 labels at 10,000 ads). Relevance alone needed the
    /// most labels as the organized clusters grew in number (125 against 50 at 100,000 ads): that recall counts the
    /// model's ranking, and labelling clusters it already ranks on top adds little to it.
    /// </summary>
    public QueueStrategy Strategy { get; init; } = QueueStrategy.Mixed;

    /// <summary>Weight of the diversity term against uncertainty in the uncertainty priority (0 = pure uncertainty).</summary>
    public double DiversityWeight { get; init; } = 0.3;

    /// <summary>
    /// Weight of the diversity term against the probability in the relevance priority: small, so that it breaks
    /// near-ties between similar probabilities and now and then explores an unlike cluster.
    /// </summary>
    public double RelevanceDiversityWeight { get; init; } = 0.1;

    /// <summary>Share of each batch picked by uncertainty under <see cref="QueueStrategy.Mixed"/> (the rest by relevance).</summary>
    public double UncertaintyShare { get; init; } = 0.5;

    /// <summary>Bits of the hashed word bags over the template text (2^bits dimensions).</summary>
    public int TextHashBits { get; init; } = 10;

    /// <summary>Total weight of the weak-supervision pseudo-labels relative to one human label, before decay.</summary>
    public double WeakLabelWeight { get; init; } = 0.5;

    /// <summary>Human labels after which the pseudo-labels' weight has halved.</summary>
    public int WeakLabelHalfLife { get; init; } = 20;

    /// <summary>L2 regularization of the logistic regression.</summary>
    public float L2Regularization { get; init; } = 1f;

    /// <summary>Probability at or above which a candidate counts as flagged.</summary>
    public double FlagThreshold { get; init; } = 0.5;

    /// <summary>Seed of ML.NET.</summary>
    public int Seed { get; init; } = 1;
}
