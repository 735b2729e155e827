using FsCheck.Xunit;
using Workbench.Text;

namespace Workbench.Tests.Text;

[Properties(Arbitrary = [typeof(AdLikeStrings)], MaxTest = 400)]
public class EntityExtractorPropertyTests
{
    [Property]
    public bool Extraction_never_throws_and_every_span_lies_inside_the_raw_text(string title, string body)
    {
        var one = EntityExtractor.Extract(body);
        var across = EntityExtractor.Extract(title, body);
        return Inside(one, body) && Inside(across.Title, title) && Inside(across.Body, body);
    }

    private static bool Inside(IReadOnlyList<TextEntity> entities, string raw) =>
        entities.All(e => e.Start >= 0 && e.End <= raw.Length && e.Start < e.End && e.Confidence is > 0 and <= 1 && e.Value.Length > 0);
}
