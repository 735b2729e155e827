namespace Workbench.Review;

/// <summary>
/// A generative label model fit by EM (Dawid &amp; Skene, 1979; the binary, conditionally independent form of Snorkel's
/// model): each labelling function has an unknown accuracy on the candidates it votes on, the class has an unknown
/// prior, and the posterior of each candidate weighs votes by the log-odds of their accuracies. Unlike a majority vote,
/// a function that agrees with the others earns weight, one that often contradicts them loses it.
/// </summary>
public sealed class LabelModel
{
    private LabelModel(double prior, double[] accuracy, int iterations)
    {
        Prior = prior;
        Accuracies = accuracy;
        Iterations = iterations;
    }

    /// <summary>Estimated share of candidates with signals of organized activity.</summary>
    public double Prior { get; }

    /// <summary>Estimated accuracy of each function where it votes.</summary>
    public IReadOnlyList<double> Accuracies { get; }

    /// <summary>EM iterations run.</summary>
    public int Iterations { get; }

    /// <summary>Fits the model to a vote matrix (rows candidates, columns functions; −1 abstain, 0, 1).</summary>
    public static LabelModel Fit(int[][] votes, int functions, int maxIterations = 200, double tolerance = 1e-7)
    {
        ArgumentNullException.ThrowIfNull(votes);
        var acc = Enumerable.Repeat(0.7, functions).ToArray();
        var prior = 0.3;
        var post = new double[votes.Length];
        var it = 0;
        for (; it < maxIterations; it++)
        {
            var model = new LabelModel(prior, acc, it);
            for (var i = 0; i < votes.Length; i++) post[i] = model.Posterior(votes[i]);
            // M step, with a Beta(2, 2)-like pull towards 0.5 so that a function voting on few candidates stays modest.
            var newAcc = new double[functions];
            for (var j = 0; j < functions; j++)
            {
                double agree = 1, total = 2;
                for (var i = 0; i < votes.Length; i++)
                {
                    var v = votes[i][j];
                    if (v < 0) continue;
                    agree += v == 1 ? post[i] : 1 - post[i];
                    total += 1;
                }
                newAcc[j] = Math.Clamp(agree / total, 0.05, 0.95);
            }
            var newPrior = Math.Clamp((post.Sum() + 1) / (votes.Length + 2), 0.01, 0.99);
            var change = Math.Abs(newPrior - prior) + newAcc.Zip(acc, (a, b) => Math.Abs(a - b)).Sum();
            acc = newAcc;
            prior = newPrior;
            if (change < tolerance) break;
        }
        return new LabelModel(prior, acc, it);
    }

    /// <summary>P(organized | votes) for one candidate.</summary>
    public double Posterior(IReadOnlyList<int> votes)
    {
        ArgumentNullException.ThrowIfNull(votes);
        var logOdds = Math.Log(Prior / (1 - Prior));
        for (var j = 0; j < votes.Count; j++)
        {
            if (votes[j] < 0) continue;
            var w = Math.Log(Accuracies[j] / (1 - Accuracies[j]));
            logOdds += votes[j] == 1 ? w : -w;
        }
        return 1 / (1 + Math.Exp(-logOdds));
    }
}
