namespace Workbench.Review;

/// <summary>
/// A heuristic that votes on one candidate: <see cref="Organized"/>, <see cref="NotOrganized"/> or <see cref="Abstain"/>.
/// Weak supervision (Ratner et al., Snorkel, VLDB 2017; T-Net, Tong et al. 2017, for escort ads) combines many noisy
/// ones through a label model instead of trusting any single rule.
/// </summary>
/// <param name="Name">Short identifier shown in reports.</param>
/// <param name="Description">What the function looks at and why it is evidence.</param>
/// <param name="Vote">The vote on a candidate.</param>
public sealed record LabellingFunction(string Name, string Description, Func<ReviewCandidate, int> Vote)
{
    /// <summary>A vote for signals of organized activity.</summary>
    public const int Organized = 1;

    /// <summary>A vote against.</summary>
    public const int NotOrganized = 0;

    /// <summary>No opinion.</summary>
    public const int Abstain = -1;

    /// <summary>
    /// The default functions, from the indicator lexicons and the cluster features. Each reads one published indicator
    /// (third-person or "we" voice, several personas behind one template, rotated phones, movement language,
    /// restricted service; against: bulk spam and scam text, spa vocabulary, one persona with one phone). They are
    /// deliberately simple and disagree: touring independents use movement language, agencies use several names.
    /// </summary>
    public static IReadOnlyList<LabellingFunction> Defaults { get; } =
    [
        new("third_person_voice", "most ads speak of the advertiser in the third person or as 'we' (lexicon third_person)",
            c => c.Feature("cue_third_person") >= 0.5 ? Organized : Abstain),
        new("many_personas", "three or more names behind one template",
            c => c.Feature("names") >= 3 ? Organized : Abstain),
        new("rotated_phones", "two to five phones across one template (rotation; more is bulk spam)",
            c => c.Feature("phones") is >= 2 and <= 5 ? Organized : Abstain),
        new("movement_language", "most ads announce arrival or a short stay (lexicon movement); touring independents do too",
            c => c.Feature("cue_movement") >= 0.5 ? Organized : Abstain),
        new("restricted_service", "most ads say incall only or restrict the service (lexicon restricted_service)",
            c => c.Feature("cue_restricted_service") >= 0.5 || c.Feature("incall_only_share") >= 0.8 ? Organized : Abstain),
        new("linked_templates", "its meta-cluster joins several templates through shared contacts or images",
            c => c.Feature("meta_micro_clusters") >= 3 ? Organized : Abstain),
        new("spam_scam_text", "most ads carry deposit, gift-card or bulk-posting text (lexicon spam_scam)",
            c => c.Feature("cue_spam_scam") >= 0.5 ? NotOrganized : Abstain),
        new("spa_vocabulary", "most ads use spa or massage vocabulary (lexicon spa_massage)",
            c => c.Feature("cue_spa_massage") >= 0.5 ? NotOrganized : Abstain),
        new("bulk_spread", "more than five phones or ten cities: bulk posting rather than a group of personas",
            c => c.Feature("phones") > 5 || c.Feature("cities") > 10 ? NotOrganized : Abstain),
        new("single_persona", "one name and at most one phone: one advertiser reposting",
            c => c.Feature("names") <= 1 && c.Feature("phones") <= 1 ? NotOrganized : Abstain),
    ];
}
