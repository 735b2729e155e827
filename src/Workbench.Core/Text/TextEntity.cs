namespace Workbench.Text;

/// <summary>
/// One contact found in a text: where it is in the raw text and what it normalizes to.
/// </summary>
/// <remarks>
/// <see cref="Start"/> and <see cref="End"/> are offsets into the <em>raw</em> string the caller passed
/// (UTF-16 code units, <c>[Start, End)</c>), so that the pseudonymizer can replace exactly the characters that
/// spelled the contact, whatever disguise they wore. <see cref="Value"/> is the canonical form the keyed token
/// is computed over, so two disguises of one contact get one token.
/// </remarks>
/// <param name="Kind">What was found.</param>
/// <param name="Start">First raw UTF-16 offset of the span (inclusive).</param>
/// <param name="End">Raw UTF-16 offset just past the span (exclusive).</param>
/// <param name="Value">Canonical value: E.164 for phones, lower-cased e-mail, <c>platform:name</c>, or URL.</param>
/// <param name="Confidence">Heuristic confidence in [0, 1]: lower for decoded disguises and weak contexts.</param>
public sealed record TextEntity(EntityKind Kind, int Start, int End, string Value, double Confidence)
{
    /// <summary>Length of the raw span in UTF-16 code units.</summary>
    public int Length => End - Start;
}
