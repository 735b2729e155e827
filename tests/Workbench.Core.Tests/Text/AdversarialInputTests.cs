using System.Diagnostics;
using System.Text;
using Workbench.Text;
using Xunit.Abstractions;

namespace Workbench.Tests.Text;

/// <summary>Long inputs built to trigger quadratic behaviour; a super-linear scanner would run for minutes here.</summary>
public class AdversarialInputTests(ITestOutputHelper output)
{
    public static TheoryData<string> Patterns => new()
    {
        "1l", "aaaa1l ", "<!--", "&#", "a@", "x.", "four", "fourx", "4 ", "416 839 2210 ", "whatsapp 4168392210 ",
        "a@b.co ", "www.a", "IG: a ", "<b ", "$1 ", "o", "1", "1-", "\u200B", "4\uFE0F\u20E3", "@", "onlyfans.com/a ",
    };

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Extract_handles_200k_character_repetitions_of_a_pattern(string pattern)
    {
        // Given a 200,000-character text repeating one pattern
        var sb = new StringBuilder();
        while (sb.Length < 200_000) sb.Append(pattern);
        var text = sb.ToString();
        // When every extractor runs over it
        var watch = Stopwatch.StartNew();
        var all = ContactExtractor.Extract(text);
        var across = ContactExtractor.ExtractAcross(text[..100_000], text[100_000..]);
        watch.Stop();
        output.WriteLine($"{pattern}: {all.Count} entities in {watch.ElapsedMilliseconds} ms");
        // Then it finishes with entities inside the text
        Assert.All(all, e => Assert.InRange(e.End, e.Start + 1, text.Length));
        Assert.All(across.Title, e => Assert.InRange(e.End, e.Start + 1, 100_000));
        Assert.All(across.Body, e => Assert.InRange(e.End, e.Start + 1, text.Length - 100_000));
    }
}
