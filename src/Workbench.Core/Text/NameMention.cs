namespace Workbench.Text;

/// <summary>A person name found in a text, as advertised (a persona name, not an identity).</summary>
/// <param name="Start">First raw UTF-16 offset of the span.</param>
/// <param name="End">Raw offset just past the span.</param>
/// <param name="Name">The name in title case without accents (<c>Noemie</c>, <c>Marie-Eve</c>), so that spellings meet.</param>
/// <param name="Confidence">Heuristic confidence in [0, 1]: highest for a listed name in a name context.</param>
/// <param name="Rule">The rule that found it: <c>list</c>, <c>list+context</c>, <c>context</c> or <c>enumeration</c>.</param>
public sealed record NameMention(int Start, int End, string Name, double Confidence, string Rule)
{
    /// <summary>This name as a <see cref="TextEntity"/> of kind <see cref="EntityKind.Name"/>.</summary>
    public TextEntity ToEntity() => new(EntityKind.Name, Start, End, Name, Confidence);
}
