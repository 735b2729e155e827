using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Workbench.Clustering;

namespace Workbench.Tests.Clustering;

/// <summary>Small word ids and templates with slots (negative items), so that matches, edits and slots all occur.</summary>
public static class AlignmentInputs
{
    public static Arbitrary<int[]> Words() =>
        Gen.ListOf(Gen.Choose(0, 6)).Select(l => l.Take(40).ToArray()).ToArbitrary();

    public static Arbitrary<(int[] Template, int[] Doc)> Pairs() =>
        (from template in Gen.ListOf(Gen.Frequency((5, Gen.Choose(0, 6)), (1, Gen.Constant(-1))))
         from doc in Gen.ListOf(Gen.Choose(0, 6))
         select (Number(template.Take(30).ToArray()), doc.Take(40).ToArray())).ToArbitrary();

    /// <summary>Slots numbered 0, 1, … in reading order, as templates have them.</summary>
    private static int[] Number(int[] template)
    {
        var slot = 0;
        return [.. template.Select(t => t < 0 ? -1 - slot++ : t)];
    }
}

public class TemplateAlignerTests
{
    private const int W = 10;

    [Fact]
    public void An_exact_copy_aligns_as_matches_only_at_the_cost_of_its_match_bits()
    {
        // Given
        int[] words = [4, 8, 15, 16, 23, 42];
        var ops = new List<AlignOp>();

        // When
        var cost = new TemplateAligner(W).Align(words, words, ops);

        // Then
        Assert.All(ops, op => Assert.Equal(OpKind.Match, op.Kind));
        Assert.Equal(DescriptionLength.LogStar(6) + 6, cost);
    }

    [Fact]
    public void A_slot_absorbs_the_words_that_differ_and_an_extra_word_is_an_insertion()
    {
        // Given the template "a [*] c" and the text "a x y c z"
        int[] template = [1, -1, 3];
        int[] doc = [1, 10, 11, 3, 12];
        var ops = new List<AlignOp>();

        // When
        var cost = new TemplateAligner(W).Align(template, doc, ops);

        // Then
        Assert.Equal([OpKind.Match, OpKind.Slot, OpKind.Match, OpKind.Insertion], ops.Select(o => o.Kind));
        Assert.Equal(2, ops[1].DocCount);
        Assert.Equal(TemplateAligner.Cost(ops, W), cost);
    }

    [Fact]
    public void A_different_word_is_a_substitution_and_a_missing_one_a_deletion()
    {
        // Given
        int[] template = [1, 2, 3, 4];
        int[] doc = [1, 9, 4];
        var ops = new List<AlignOp>();

        // When
        new TemplateAligner(W).Align(template, doc, ops);

        // Then
        Assert.Equal(1, ops.Count(o => o.Kind == OpKind.Substitution));
        Assert.Equal(1, ops.Count(o => o.Kind == OpKind.Deletion));
        Assert.Equal(2, ops.Count(o => o.Kind == OpKind.Match));
    }

    [Property(Arbitrary = [typeof(AlignmentInputs)], MaxTest = 300)]
    public bool Steps_applied_to_the_template_give_back_the_text_and_price_exactly((int[] Template, int[] Doc) pair)
    {
        // Given any template with slots and any text
        var (template, doc) = pair;
        var ops = new List<AlignOp>();

        // When
        var cost = new TemplateAligner(W).Align(template, doc, ops);

        // Then: every template item is visited once, in order, and the text's words come out in order
        var item = 0;
        var rebuilt = new List<int>();
        foreach (var op in ops)
        {
            if (op.Kind == OpKind.Insertion)
            {
                if (op.DocFrom != rebuilt.Count) return false;
                rebuilt.Add(doc[op.DocFrom]);
                continue;
            }
            if (op.Item != item++) return false;
            switch (op.Kind)
            {
                case OpKind.Match when template[op.Item] != doc[op.DocFrom]:
                case OpKind.Substitution when template[op.Item] == doc[op.DocFrom] || template[op.Item] < 0:
                case OpKind.Slot when template[op.Item] >= 0:
                    return false;
                case OpKind.Deletion:
                    if (template[op.Item] < 0) return false;
                    continue;
            }
            if (op.DocFrom != rebuilt.Count) return false;
            for (var i = op.DocFrom; i < op.DocFrom + op.DocCount; i++) rebuilt.Add(doc[i]);
        }
        return item == template.Length && rebuilt.SequenceEqual(doc) && cost == TemplateAligner.Cost(ops, W);
    }

    [Property(Arbitrary = [typeof(AlignmentInputs)], MaxTest = 300)]
    public bool The_bounded_programme_gives_up_only_when_the_cost_reaches_the_bound((int[] Template, int[] Doc) pair, byte slack)
    {
        // Given any pair and a bound around its cost
        var (template, doc) = pair;
        var aligner = new TemplateAligner(W);
        var cost = aligner.CostBound(template, doc, int.MaxValue);
        var bound = cost + slack - 128;

        // When
        var bounded = aligner.CostBound(template, doc, bound);

        // Then: either the same cost, or it gave up, which it may only do when the cost is at least the bound
        return bounded == cost || (bounded == int.MaxValue && cost >= bound);
    }
}
