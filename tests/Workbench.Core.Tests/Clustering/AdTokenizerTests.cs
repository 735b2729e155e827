using Workbench.Clustering;

namespace Workbench.Tests.Clustering;

public class AdTokenizerTests
{
    private static (string[] Words, List<string> Tokens) Tokenize(string text)
    {
        var vocabulary = new Vocabulary();
        var ids = new List<int>();
        var tokens = new List<string>();
        AdTokenizer.Append(text, vocabulary, ids, tokens, 1000, new Dictionary<string, string>(StringComparer.Ordinal));
        return ([.. ids.Select(vocabulary.Word)], tokens);
    }

    [Fact]
    public void Words_are_lower_cased_without_punctuation_and_apostrophes_join()
    {
        // When
        var (words, _) = Tokenize("Hi, I'm MIA! $200/hr — 5'9\" ✨ down-to-earth");

        // Then
        Assert.Equal(["hi", "im", "mia", "200", "hr", "5", "9", "down", "to", "earth"], words);
    }

    [Fact]
    public void A_contact_token_becomes_its_kind_and_is_kept_aside_in_order()
    {
        // When
        var (words, tokens) = Tokenize("Text ph_0123456789abcdef or mail em_fedcba9876543210, IG hd_00000000000000aa ur_11111111111111bb");

        // Then
        Assert.Equal(["text", "<phone>", "or", "mail", "<email>", "ig", "<handle>", "<url>"], words);
        Assert.Equal(["ph_0123456789abcdef", "em_fedcba9876543210", "hd_00000000000000aa", "ur_11111111111111bb"], tokens);
    }

    [Fact]
    public void A_token_glued_to_other_text_is_still_a_token_but_a_longer_hex_word_is_not()
    {
        // When
        var (glued, gluedTokens) = Tokenize("5'9\"ph_128f7ed360aa23a0 call");
        var (longer, longerTokens) = Tokenize("ph_128f7ed360aa23a0ff");

        // Then
        Assert.Equal(["5", "9", "<phone>", "call"], glued);
        Assert.Single(gluedTokens);
        Assert.Empty(longerTokens);
        Assert.DoesNotContain("<phone>", longer);
    }

    [Fact]
    public void Html_markup_and_entities_are_removed_before_splitting()
    {
        // When
        var (words, _) = Tokenize("<p>Sweet&nbsp;&amp;<b>classy</b></p>");

        // Then
        Assert.Equal(["sweet", "classy"], words);
    }

    [Fact]
    public void Digits_are_words_for_alignment_but_not_for_the_coarse_signal()
    {
        // Given
        var vocabulary = new Vocabulary();

        // When
        var price = vocabulary.Intern("200");
        var word = vocabulary.Intern("hour");

        // Then
        Assert.False(vocabulary.IsTextWord(price));
        Assert.True(vocabulary.IsTextWord(word));
        Assert.False(vocabulary.IsTextWord(0));
    }

    [Fact]
    public void The_word_limit_stops_reading()
    {
        // Given
        var vocabulary = new Vocabulary();
        var ids = new List<int>();

        // When
        var complete = AdTokenizer.Append("one two three four", vocabulary, ids, [], 3, new Dictionary<string, string>(StringComparer.Ordinal));

        // Then
        Assert.False(complete);
        Assert.Equal(3, ids.Count);
    }
}
