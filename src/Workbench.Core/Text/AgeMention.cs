using System.Globalization;

namespace Workbench.Text;

/// <summary>An age stated in a text.</summary>
/// <param name="Start">First raw UTF-16 offset of the span.</param>
/// <param name="End">Raw offset just past the span.</param>
/// <param name="Years">The stated age.</param>
/// <param name="Confidence">Heuristic confidence in [0, 1]: highest with an explicit unit (<c>23 yo</c>, <c>23 ans</c>).</param>
public sealed record AgeMention(int Start, int End, int Years, double Confidence)
{
    /// <summary>A stated age under 18: reported as the youth cue <see cref="IndicatorLexicon.StatedMinorAgeCue"/>, never dropped.</summary>
    public bool IsUnder18 => Years < 18;

    /// <summary>The normalized value: the number of years.</summary>
    public string Value => Years.ToString(CultureInfo.InvariantCulture);

    /// <summary>This age as a <see cref="TextEntity"/> of kind <see cref="EntityKind.Age"/>.</summary>
    public TextEntity ToEntity() => new(EntityKind.Age, Start, End, Value, Confidence);
}
