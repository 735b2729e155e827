namespace Workbench.Review;

/// <summary>
/// One micro-cluster as the review sees it: what a criminologist reads on its card and the numbers the labelling
/// functions and the classifier use. Built from pseudonymized ads only (keyed tokens, never raw contacts).
/// </summary>
public sealed record ReviewCandidate
{
    /// <summary>The micro-cluster id (the label's target id).</summary>
    public required int ClusterId { get; init; }

    /// <summary>Its meta-cluster, or −1.</summary>
    public required int MetaClusterId { get; init; }

    /// <summary>The template as text, slots as <c>[*]</c>.</summary>
    public required string TemplateText { get; init; }

    /// <summary>Member ad ids.</summary>
    public required IReadOnlyList<string> AdIds { get; init; }

    /// <summary>Named numeric features (<see cref="ReviewFeatures.Names"/> order).</summary>
    public required float[] Features { get; init; }

    /// <summary>Share of member ads with each indicator category (lexicon category id → share).</summary>
    public required IReadOnlyDictionary<string, double> CueShares { get; init; }

    /// <summary>The most frequent stated ethnicity of the members ("unstated" when none): for the bias audit only.</summary>
    public required string StatedEthnicity { get; init; }

    /// <summary>Distinct cities, most ads first.</summary>
    public required IReadOnlyList<string> Cities { get; init; }

    /// <summary>First and last post.</summary>
    public required DateTimeOffset FirstPost { get; init; }

    /// <summary>Last post.</summary>
    public required DateTimeOffset LastPost { get; init; }

    /// <summary>A feature by name.</summary>
    public double Feature(string name) => Features[ReviewFeatures.Index(name)];
}
