namespace Workbench.Review;

/// <summary>How <see cref="ActiveLearner.Queue"/> orders the unlabelled candidates.</summary>
public enum QueueStrategy
{
    /// <summary>
    /// Uncertainty sampling (Settles 2009): the candidates the model can least tell apart first, plus a diversity term.
    /// Good for the classifier's accuracy; it spends labels on borderline clusters rather than on finding positives.
    /// </summary>
    Uncertainty,

    /// <summary>
    /// Relevance feedback, as in continuous active learning for technology-assisted review (Cormack and Grossman,
    /// SIGIR 2014): the candidates the model rates most likely organized first, with a small diversity term that
    /// breaks near-ties and explores. Aims at finding all positives with few labels.
    /// </summary>
    Relevance,

    /// <summary>Relevance, except that a fixed share of each batch (<see cref="ActiveLearningOptions.UncertaintyShare"/>) is picked by uncertainty.</summary>
    Mixed,
}
