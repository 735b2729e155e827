namespace Workbench.Clustering;

/// <summary>Figures of one run: sizes, the cost model's word cost, coarse-stage work and time per stage.</summary>
/// <param name="Ads">Ads.</param>
/// <param name="DistinctTexts">Distinct word sequences (contact tokens as their class).</param>
/// <param name="VocabularySize">Distinct words.</param>
/// <param name="WordBits">W, bits per word.</param>
/// <param name="CandidateGroups">Groups of two or more texts the coarse stage proposed.</param>
/// <param name="LargestGroup">Texts in the largest group.</param>
/// <param name="PairsChecked">Candidate pairs whose similarity was estimated.</param>
/// <param name="Alignments">Alignments the fine stage computed.</param>
/// <param name="Stages">Time per stage.</param>
public sealed record MicroClusterStatistics(
    int Ads, int DistinctTexts, int VocabularySize, int WordBits, int CandidateGroups, int LargestGroup, long PairsChecked,
    long Alignments, IReadOnlyList<StageTiming> Stages);
