namespace Workbench.Review;

/// <summary>
/// A generative label model fit by EM (Dawid &amp; Skene, 1979, as Snorkel's label model uses it; Ratner et al., VLDB
/// 2017): the class is hidden, and each labelling function has its own distribution of outputs (abstain, against, for)
/// under each class, so a function that only ever votes "for" is weighed by how much more often it fires on organized
/// candidates than on others. Unlike a majority vote, functions that agree with the rest earn weight and the abstain
/// pattern itself is evidence. Started from a smoothed vote share, as Dawid and Skene start from majority vote.
/// </summary>
public sealed class LabelModel
{
    // _theta[j][y][v]: P(function j outputs v | class y); v 0 = abstain, 1 = against, 2 = for.
    private readonly double[][][] _theta;

    private LabelModel(double prior, double[][][] theta, int iterations)
    {
        Prior = prior;
        _theta = theta;
        Iterations = iterations;
    }

    /// <summary>Estimated share of candidates with signals of organized activity.</summary>
    public double Prior { get; }

    /// <summary>EM iterations run.</summary>
    public int Iterations { get; }

    /// <summary>P(function j votes "for" | organized) and P(function j votes "for" | not organized), and the same for "against".</summary>
    public (double ForIfOrganized, double ForIfNot, double AgainstIfOrganized, double AgainstIfNot) Rates(int function) =>
        (_theta[function][1][2], _theta[function][0][2], _theta[function][1][1], _theta[function][0][1]);

    /// <summary>Fits the model to a vote matrix (rows candidates, columns functions; −1 abstain, 0 against, 1 for).</summary>
    public static LabelModel Fit(int[][] votes, int functions, int maxIterations = 200, double tolerance = 1e-6)
    {
        ArgumentNullException.ThrowIfNull(votes);
        var n = votes.Length;
        var post = new double[n];
        for (var i = 0; i < n; i++)
        {
            int yes = 0, no = 0;
            foreach (var v in votes[i])
            {
                if (v == 1) yes++;
                else if (v == 0) no++;
            }
            // Smoothed vote share; a candidate no function votes on starts unlikely (most clusters are not organized).
            post[i] = (yes + 0.1) / (yes + no + 1.0);
        }
        LabelModel model = null!;
        var it = 0;
        for (; it < maxIterations; it++)
        {
            // M step (add-one smoothing keeps every output possible under both classes).
            var prior = Math.Clamp((post.Sum() + 1) / (n + 2), 1e-4, 1 - 1e-4);
            var theta = new double[functions][][];
            for (var j = 0; j < functions; j++)
            {
                var counts = new[] { new double[] { 1, 1, 1 }, new double[] { 1, 1, 1 } };
                for (var i = 0; i < n; i++)
                {
                    var v = votes[i][j] + 1;
                    counts[1][v] += post[i];
                    counts[0][v] += 1 - post[i];
                }
                theta[j] = [.. counts.Select(c => c.Select(x => x / c.Sum()).ToArray())];
            }
            model = new LabelModel(prior, theta, it + 1);
            // E step
            var change = 0.0;
            for (var i = 0; i < n; i++)
            {
                var p = model.Posterior(votes[i]);
                change = Math.Max(change, Math.Abs(p - post[i]));
                post[i] = p;
            }
            if (change < tolerance) break;
        }
        return model;
    }

    /// <summary>P(organized | votes) for one candidate.</summary>
    public double Posterior(IReadOnlyList<int> votes)
    {
        ArgumentNullException.ThrowIfNull(votes);
        var logOdds = Math.Log(Prior / (1 - Prior));
        for (var j = 0; j < votes.Count; j++)
        {
            var v = votes[j] + 1;
            logOdds += Math.Log(_theta[j][1][v] / _theta[j][0][v]);
        }
        return 1 / (1 + Math.Exp(-logOdds));
    }
}
