namespace Workbench.Clustering;

/// <summary>How one member ad aligns to its cluster's template, with its bits before and after.</summary>
/// <param name="AdId">The member.</param>
/// <param name="CostBeforeBits">Bits of the ad's text alone.</param>
/// <param name="CostAfterBits">Bits of the ad's text given the template, including the bits that name the template.</param>
/// <param name="Operations">The edit script in reading order; applied to the template it gives back the ad's words.</param>
/// <param name="SameAs">
/// When the ad's words are exactly those of an earlier member (a verbatim repost), that member's id: its
/// <paramref name="Operations"/> are the same and files may omit them.
/// </param>
public sealed record MemberAlignment(string AdId, double CostBeforeBits, double CostAfterBits, IReadOnlyList<AlignmentStep> Operations, string? SameAs);
