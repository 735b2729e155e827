using Workbench.Text;

namespace Workbench.Tests.Text;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("４１６", "416")]
    [InlineData("④①⑥⓪", "4160")]
    [InlineData("❹❶❻⓿", "4160")]
    [InlineData("𝟒𝟏𝟔", "416")]
    [InlineData("4\uFE0F\u20E31\uFE0F\u20E36\uFE0F\u20E3", "416")]
    [InlineData("4\u200B1\u200C6\u200D5\u20605\uFEFF5", "416555")]
    [InlineData("٤١٦", "416")]
    public void Normalize_folds_digit_look_alikes_and_drops_invisible_characters(string raw, string expected)
    {
        // Given a disguised digit run / When normalized / Then plain ASCII digits remain
        Assert.Equal(expected, TextNormalizer.Normalize(raw).Text);
    }

    [Theory]
    [InlineData("4l6 555 Ol23", "416 555 0123")]
    [InlineData("call 4I6-555-O12O", "call 416-555-0120")]
    [InlineData("4|6", "416")]
    public void Normalize_folds_homoglyphs_inside_digit_runs(string raw, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(raw).Text);
    }

    [Theory]
    [InlineData("Hello2you")]
    [InlineData("zero1 and 4one6")]
    [InlineData("I 2 lol Oslo")]
    [InlineData("416|555|0123")]
    [InlineData("bella2O")]
    public void Normalize_never_folds_homoglyphs_in_ordinary_words(string raw)
    {
        // Given letters next to digits in words, or a bar between long groups / Then nothing is folded
        var text = TextNormalizer.Normalize(raw, TextNormalizerOptions.Default with { CollapseRepeatedPunctuation = false }).Text;
        Assert.Equal(raw, text);
    }

    [Fact]
    public void Normalize_decodes_entities_removes_tags_and_collapses_punctuation()
    {
        // Given HTML with entities, inline and block tags, and repeated punctuation
        var raw = "<p>Hi&nbsp;&amp; <b>bye</b>!!!</p>&#52;&#x31;6 <3 x<y and z>w &bogus;";
        // When
        var text = TextNormalizer.Normalize(raw).Text;
        // Then
        Assert.Equal(" Hi & bye! 416 <3 x<y and z>w &bogus;", text);
    }

    [Fact]
    public void Normalize_lower_cases_only_when_asked()
    {
        Assert.Equal("CALL Me", TextNormalizer.Normalize("CALL Me").Text);
        Assert.Equal("call me", TextNormalizer.Normalize("CALL Me", new TextNormalizerOptions { LowerCase = true }).Text);
    }

    [Fact]
    public void ToRawSpan_maps_a_keycap_digit_to_all_three_raw_characters()
    {
        // Given "a 4️⃣ b": the keycap is '4', U+FE0F, U+20E3
        var raw = "a 4\uFE0F\u20E3 b";
        var n = TextNormalizer.Normalize(raw);
        // When the normalized '4' is mapped back
        var index = n.Text.IndexOf('4', StringComparison.Ordinal);
        var (start, end) = n.ToRawSpan(index, index + 1);
        // Then it covers the three raw characters
        Assert.Equal("4\uFE0F\u20E3", raw[start..end]);
    }

    [Fact]
    public void ToRawSpan_maps_an_entity_to_the_whole_entity()
    {
        var raw = "x &#52;&#49; y";
        var n = TextNormalizer.Normalize(raw);
        var (start, end) = n.ToRawSpan(2, 4);
        Assert.Equal("41", n.Text[2..4]);
        Assert.Equal("&#52;&#49;", raw[start..end]);
    }

    [Fact]
    public void ToRawSpan_rejects_spans_outside_the_text()
    {
        var n = TextNormalizer.Normalize("abc");
        Assert.Throws<ArgumentOutOfRangeException>(() => n.ToRawSpan(2, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => n.ToRawSpan(2, 1));
    }

    [Fact]
    public void Normalize_composes_decomposed_accents()
    {
        Assert.Equal("zéro", TextNormalizer.Normalize("ze\u0301ro").Text);
    }
}
