using Workbench.Retrieval;

namespace Workbench.Tests.Retrieval;

public class MinHashLshTests
{
    [Theory]
    [InlineData(0.5, 128)]
    [InlineData(0.8, 128)]
    [InlineData(0.3, 64)]
    public void Bands_and_rows_fit_the_signature_and_make_an_s_curve_around_the_threshold(double threshold, int numPerm)
    {
        var (b, r) = MinHashLsh.OptimalParameters(threshold, numPerm);
        Assert.True(b * r <= numPerm);
        Assert.True(MinHashLsh.CandidateProbability(Math.Min(0.99, threshold + 0.25), b, r) > 0.9);
        Assert.True(MinHashLsh.CandidateProbability(Math.Max(0.01, threshold - 0.25), b, r) < 0.15);
    }

    [Fact]
    public void Query_returns_near_sets_and_not_far_ones()
    {
        // Given three sets: a base, one sharing 90% of it, one disjoint
        var lsh = new MinHashLsh(threshold: 0.5, numPerm: 128);
        MinHash Of(IEnumerable<string> items)
        {
            var m = new MinHash(128, 1);
            foreach (var i in items) m.Update(i);
            return m;
        }
        var baseSet = Enumerable.Range(0, 200).Select(i => $"w{i}").ToArray();
        var near = baseSet.Take(180).Concat(Enumerable.Range(0, 20).Select(i => $"x{i}"));
        var far = Enumerable.Range(0, 200).Select(i => $"z{i}");
        lsh.Insert("near", Of(near));
        lsh.Insert("far", Of(far));
        // When
        var found = lsh.Query(Of(baseSet));
        // Then
        Assert.Contains("near", found);
        Assert.DoesNotContain("far", found);
        Assert.Equal(2, lsh.Count);
    }

    [Fact]
    public void Inserting_a_key_twice_or_a_signature_of_another_length_is_refused()
    {
        var lsh = new MinHashLsh(0.5, 64);
        lsh.Insert("a", new MinHash(64));
        Assert.Throws<ArgumentException>(() => lsh.Insert("a", new MinHash(64)));
        Assert.Throws<ArgumentException>(() => lsh.Insert("b", new MinHash(128)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MinHashLsh(1.0, 64));
    }
}
