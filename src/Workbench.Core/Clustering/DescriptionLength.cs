using System.Numerics;

namespace Workbench.Clustering;

/// <summary>
/// The cost model of InfoShield (Lee, Vajiac et al., "InfoShield: Generalizable Information-Theoretic Human-Trafficking
/// Detection", ICDE 2021), as summarized in <c>shared/data/infoshield-notes.md</c>: the number of bits needed to
/// write a document plainly, a template, and a document given a template. All costs are whole bits.
/// </summary>
public static class DescriptionLength
{
    /// <summary>The least cost of one word in bits, whatever the vocabulary (8, as in the paper).</summary>
    public const int MinimumWordBits = 8;

    /// <summary>Bits for the kind of an edit (substitution, insertion or deletion).</summary>
    public const int EditKindBits = 2;

    /// <summary>Universal code length of a positive integer, log*(x) ≈ 2⌈log2 x⌉ + 1 (Elias gamma); 1 for x ≤ 1.</summary>
    public static int LogStar(int x) => x <= 1 ? 1 : (2 * CeilLog2(x)) + 1;

    /// <summary>⌈log2 x⌉ for x ≥ 1; 0 for x ≤ 1.</summary>
    public static int CeilLog2(int x) => x <= 1 ? 0 : 32 - BitOperations.LeadingZeroCount((uint)(x - 1));

    /// <summary>Bits per word, W = max(8, ⌈log2 |V|⌉), for a vocabulary of <paramref name="vocabularySize"/> words.</summary>
    public static int WordBits(int vocabularySize) => Math.Max(MinimumWordBits, CeilLog2(Math.Max(1, vocabularySize)));

    /// <summary>Plain cost of a document of <paramref name="words"/> words: log*(|d|) + |d|·W.</summary>
    public static int Plain(int words, int wordBits) => LogStar(words) + (words * wordBits);

    /// <summary>Cost of a template of <paramref name="words"/> words and <paramref name="slots"/> slots: log*(v) + v·W + (s + 1)·⌈log2 v⌉.</summary>
    public static int Template(int words, int slots, int wordBits) =>
        LogStar(words) + (words * wordBits) + ((slots + 1) * CeilLog2(words));

    /// <summary>Cost of filling one slot with <paramref name="words"/> words: 1 bit (used or not), then log*(k) + k·W when used.</summary>
    public static int SlotFill(int words, int wordBits) => words == 0 ? 1 : 1 + LogStar(words) + (words * wordBits);

    /// <summary>
    /// Cost of a document given a template: log*(L) + L (one match bit per aligned position) + e·(⌈log2 L⌉ + 2) for the
    /// position and kind of each edit + W per substituted or inserted word + the slot fills (passed in
    /// <paramref name="slotBits"/>, see <see cref="SlotFill"/>).
    /// </summary>
    /// <param name="length">L: aligned positions outside slots (matches, substitutions, insertions, deletions).</param>
    /// <param name="edits">e: substitutions + insertions + deletions.</param>
    /// <param name="newWords">Substituted plus inserted words.</param>
    /// <param name="slotBits">Total bits of the slot fills.</param>
    /// <param name="wordBits">W.</param>
    public static int Conditional(int length, int edits, int newWords, int slotBits, int wordBits) =>
        LogStar(length) + length + (edits * (CeilLog2(length) + EditKindBits)) + (newWords * wordBits) + slotBits;

    /// <summary>
    /// Bits that say a document is encoded with its cluster's template (1 per member). The reference code spends
    /// ⌈log2(number of templates + 1)⌉; one bit keeps each cluster's decision independent of how many others exist,
    /// which makes results independent of processing order and of later incremental updates.
    /// </summary>
    public const int MembershipBits = 1;
}
