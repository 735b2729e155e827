namespace Workbench.Review;

/// <summary>How one labelling function behaved on the candidates.</summary>
/// <param name="Name">The function.</param>
/// <param name="Description">What it reads.</param>
/// <param name="Coverage">Share of candidates it voted on.</param>
/// <param name="Overlap">Share of candidates where it and at least one other function voted.</param>
/// <param name="Conflict">Share of candidates where another function voted the other way.</param>
/// <param name="OrganizedVotes">Votes for organized.</param>
/// <param name="NotOrganizedVotes">Votes against.</param>
/// <param name="EstimatedAccuracy">Where it votes, the share of its votes the label model's posterior agrees with (no truth used).</param>
public sealed record LabellingFunctionSummary(string Name, string Description, double Coverage, double Overlap, double Conflict,
    int OrganizedVotes, int NotOrganizedVotes, double EstimatedAccuracy);

/// <summary>The cold-start answer: every candidate's probability from the label model, and how the functions behaved.</summary>
/// <param name="Probabilities">P(organized) per candidate, in candidate order.</param>
/// <param name="Votes">The vote matrix (candidates × functions).</param>
/// <param name="Functions">The functions applied.</param>
/// <param name="Summaries">Coverage, overlaps, conflicts and estimated accuracy per function.</param>
/// <param name="Model">The fitted label model.</param>
/// <param name="Coverage">Share of candidates with at least one vote.</param>
public sealed record WeakSupervisionResult(IReadOnlyList<double> Probabilities, int[][] Votes, IReadOnlyList<LabellingFunction> Functions,
    IReadOnlyList<LabellingFunctionSummary> Summaries, LabelModel Model, double Coverage);

/// <summary>Applies labelling functions and fits the <see cref="LabelModel"/> (weak supervision for the cold start).</summary>
public static class WeakSupervision
{
    /// <summary>Votes, label model and per-function report over the candidates.</summary>
    public static WeakSupervisionResult Fit(IReadOnlyList<ReviewCandidate> candidates, IReadOnlyList<LabellingFunction>? functions = null)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        functions ??= LabellingFunction.Defaults;
        var m = functions.Count;
        var votes = candidates.Select(c => functions.Select(f => f.Vote(c)).ToArray()).ToArray();
        var model = LabelModel.Fit(votes, m);
        var probs = votes.Select(v => model.Posterior(v)).ToArray();
        var n = Math.Max(1, candidates.Count);
        var summaries = new List<LabellingFunctionSummary>(m);
        for (var j = 0; j < m; j++)
        {
            int cover = 0, overlap = 0, conflict = 0, yes = 0, no = 0;
            var agree = 0.0;
            for (var i = 0; i < votes.Length; i++)
            {
                var row = votes[i];
                if (row[j] < 0) continue;
                cover++;
                agree += row[j] == 1 ? probs[i] : 1 - probs[i];
                if (row[j] == 1) yes++; else no++;
                if (row.Where((v, k) => k != j && v >= 0).Any()) overlap++;
                if (row.Where((v, k) => k != j && v >= 0 && v != row[j]).Any()) conflict++;
            }
            summaries.Add(new(functions[j].Name, functions[j].Description, (double)cover / n, (double)overlap / n, (double)conflict / n, yes, no, cover == 0 ? 0 : agree / cover));
        }
        var covered = votes.Count(r => r.Any(v => v >= 0));
        return new WeakSupervisionResult(probs, votes, functions, summaries, model, (double)covered / n);
    }
}
