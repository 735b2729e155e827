using System.Globalization;

namespace Workbench.Text;

/// <summary>A price found in a text, with the duration it buys when the text says so.</summary>
/// <param name="Start">First raw UTF-16 offset of the span (amount, currency and duration words).</param>
/// <param name="End">Raw offset just past the span.</param>
/// <param name="Amount">The amount.</param>
/// <param name="Currency">ISO 4217 code; <c>CAD</c> for a bare <c>$</c> or a euphemism such as <c>roses</c>.</param>
/// <param name="DurationMinutes">Minutes the price buys (60 for <c>/hr</c>, 30 for <c>HH</c>), or null when not stated.</param>
/// <param name="Confidence">Heuristic confidence in [0, 1]: highest with both a currency and a duration.</param>
public sealed record PriceMention(int Start, int End, decimal Amount, string Currency, int? DurationMinutes, double Confidence)
{
    /// <summary>The normalized value: <c>150 CAD/60min</c>, or <c>150 CAD</c> without a duration.</summary>
    public string Value => DurationMinutes is { } d
        ? string.Create(CultureInfo.InvariantCulture, $"{Amount:0.##} {Currency}/{d}min")
        : string.Create(CultureInfo.InvariantCulture, $"{Amount:0.##} {Currency}");

    /// <summary>This price as a <see cref="TextEntity"/> of kind <see cref="EntityKind.Price"/>.</summary>
    public TextEntity ToEntity() => new(EntityKind.Price, Start, End, Value, Confidence);
}
