namespace Workbench.Data;

/// <summary>One pseudonymized contact of one ad, as stored in the entities table.</summary>
/// <param name="AdId">The ad.</param>
/// <param name="Field">Where it was found: <c>title</c>, <c>body</c>, or a list field (<c>phones</c>, …).</param>
/// <param name="Kind">Phone, e-mail, handle or URL.</param>
/// <param name="Token">The keyed token that replaced it.</param>
/// <param name="Start">Where the token starts in the stored (pseudonymized) title or body; null for a list field.</param>
/// <param name="End">Just past the token in the stored text (exclusive); null for a list field.</param>
/// <param name="Confidence">How sure the finder was, 0 to 1.</param>
public sealed record EntityOccurrence(string AdId, string Field, ContactKind Kind, string Token, int? Start, int? End, double Confidence);
