namespace Workbench.Data;

/// <summary>A contact found in a text: where it is in the raw text, and its normalized value.</summary>
/// <param name="Kind">Phone, e-mail, handle or URL.</param>
/// <param name="Start">Start offset in the raw text (inclusive).</param>
/// <param name="End">End offset in the raw text (exclusive).</param>
/// <param name="Value">Normalized value the token is computed over (E.164, lower-cased e-mail, <c>platform:name</c>, URL).</param>
/// <param name="Confidence">How sure the finder is, 0 to 1.</param>
public readonly record struct ContactSpan(ContactKind Kind, int Start, int End, string Value, double Confidence);
