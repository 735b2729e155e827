using Workbench.Reference;

namespace Workbench.Text;

/// <summary>A Canadian city (or one of its aliases) named in a text, resolved to the reference table.</summary>
/// <param name="Start">First raw UTF-16 offset of the span.</param>
/// <param name="End">Raw offset just past the span.</param>
/// <param name="City">The reference city (<see cref="CanadaGeography.Cities"/>); an alias maps to its market (Laval → Montreal).</param>
/// <param name="Matched">The name or alias as the table spells it.</param>
/// <param name="Confidence">Heuristic confidence in [0, 1]: highest after a place word (<c>in</c>, <c>à</c>) and capitalized.</param>
public sealed record LocationMention(int Start, int End, City City, string Matched, double Confidence)
{
    /// <summary>The normalized value: reference city and province (<c>Montreal, QC</c>).</summary>
    public string Value => City.Name + ", " + City.Province;

    /// <summary>This location as a <see cref="TextEntity"/> of kind <see cref="EntityKind.City"/>.</summary>
    public TextEntity ToEntity() => new(EntityKind.City, Start, End, Value, Confidence);
}
