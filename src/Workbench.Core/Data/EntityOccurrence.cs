namespace Workbench.Data;

/// <summary>One pseudonymized contact of one ad, as stored in the entities table.</summary>
/// <param name="AdId">The ad.</param>
/// <param name="Field">Where it was found: <c>title</c>, <c>body</c>, or a list field (<c>phones</c>, …).</param>
/// <param name="Kind">Phone, e-mail, handle or URL.</param>
/// <param name="Token">The keyed token that replaced it.</param>
/// <param name="Start">Start offset in the raw field (for list fields, the item's index).</param>
/// <param name="End">End offset in the raw field (for list fields, the item's index + 1).</param>
/// <param name="Confidence">How sure the finder was, 0 to 1.</param>
public sealed record EntityOccurrence(string AdId, string Field, ContactKind Kind, string Token, int Start, int End, double Confidence);
