namespace Workbench.Prevalence;

/// <summary>
/// One cell of the rates table: a count of advertising activity in one place or week, its bootstrap interval, and
/// the same per 100,000 residents. A count below the suppression threshold is withheld here already (all numbers
/// null), so that no chart, table or file made from a cell can show it.
/// </summary>
/// <param name="Dimension">How the cell is defined.</param>
/// <param name="Key">Province code, metro name, ISO week (<c>2026-W23</c>) or <c>CA</c>.</param>
/// <param name="Label">Readable name (province name, metro name, week start date).</param>
/// <param name="Measure">What is counted.</param>
/// <param name="Count">The count; null when suppressed.</param>
/// <param name="Lower">Lower end of the bootstrap interval of the count; null when suppressed.</param>
/// <param name="Upper">Upper end; null when suppressed.</param>
/// <param name="Population">Residents (2021 census) of the place; Canada's for weeks.</param>
/// <param name="Rate">Count per <see cref="RateOptions.PerResidents"/> residents; null when suppressed.</param>
/// <param name="RateLower">Lower end of the rate's interval.</param>
/// <param name="RateUpper">Upper end of the rate's interval.</param>
public sealed record RateCell(
    RateDimension Dimension,
    string Key,
    string Label,
    RateMeasure Measure,
    long? Count,
    double? Lower,
    double? Upper,
    long Population,
    double? Rate,
    double? RateLower,
    double? RateUpper)
{
    /// <summary>Whether the cell's numbers are withheld because the count is below the threshold.</summary>
    public bool Suppressed => Count is null;

    /// <summary>For a week cell, the Monday it starts on; otherwise null.</summary>
    public DateOnly? WeekStart =>
        Dimension == RateDimension.Week && Key.Length == 8
            ? DateOnly.FromDateTime(System.Globalization.ISOWeek.ToDateTime(int.Parse(Key[..4], System.Globalization.CultureInfo.InvariantCulture), int.Parse(Key[6..], System.Globalization.CultureInfo.InvariantCulture), DayOfWeek.Monday))
            : null;
}
