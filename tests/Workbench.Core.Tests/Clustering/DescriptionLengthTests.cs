using FsCheck;
using FsCheck.Fluent;
using Workbench.Clustering;

namespace Workbench.Tests.Clustering;

public class DescriptionLengthTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 3)]
    [InlineData(3, 5)]
    [InlineData(4, 5)]
    [InlineData(5, 7)]
    [InlineData(1024, 21)]
    public void LogStar_is_twice_the_ceiling_of_log2_plus_one(int x, int expected)
    {
        // When / Then
        Assert.Equal(expected, DescriptionLength.LogStar(x));
    }

    [Theory]
    [InlineData(10, 8)]
    [InlineData(256, 8)]
    [InlineData(257, 9)]
    [InlineData(5000, 13)]
    public void Word_cost_is_at_least_8_bits_and_grows_with_the_vocabulary(int vocabulary, int expected)
    {
        Assert.Equal(expected, DescriptionLength.WordBits(vocabulary));
    }

    [Fact]
    public void Plain_template_and_conditional_costs_follow_the_notes()
    {
        // Given W = 10, a 12-word document, a 9-word template with 2 slots
        const int w = 10;

        // Then: log*(|d|) + |d|·W
        Assert.Equal(9 + 120, DescriptionLength.Plain(12, w));
        // log*(v) + v·W + (s + 1)·⌈log2 v⌉
        Assert.Equal(9 + 90 + (3 * 4), DescriptionLength.Template(9, 2, w));
        // an exact copy: log*(L) + L, nothing else
        Assert.Equal(9 + 12, DescriptionLength.Conditional(12, 0, 0, 0, w));
        // two substitutions in 12 positions: each its position (4), kind (2) and word (10)
        Assert.Equal(9 + 12 + (2 * (4 + 2)) + (2 * w), DescriptionLength.Conditional(12, 2, 2, 0, w));
        // an empty slot costs its bit; a slot of 3 words 1 + log*(3) + 3·W
        Assert.Equal(1, DescriptionLength.SlotFill(0, w));
        Assert.Equal(1 + 5 + 30, DescriptionLength.SlotFill(3, w));
    }

    [Fact]
    public void An_exact_copy_is_always_cheaper_given_its_template_than_alone()
    {
        Prop.ForAll(Gen.Choose(1, 3000).ToArbitrary(), Gen.Choose(8, 20).ToArbitrary(), (length, w) =>
            DescriptionLength.Conditional(length, 0, 0, 0, w) + DescriptionLength.MembershipBits < DescriptionLength.Plain(length, w))
            .QuickCheckThrowOnFailure();
    }
}
