using MathNet.Numerics.Distributions;

namespace Workbench.Prevalence;

/// <summary>
/// The design of one log-linear model over a capture table (rows: the 2^k − 1 observable patterns; columns: intercept,
/// main effects, pairs), its fit, the identifiability guard and the profile deviance of the intercept.
/// </summary>
internal sealed class LogLinearModel
{
    private readonly CaptureTable _table;
    private readonly double[] _x;
    private readonly double[] _xNoIntercept;
    private readonly double[] _y;

    public LogLinearModel(CaptureTable table, IReadOnlyList<ListPair> pairs, IReadOnlyList<long>? counts = null)
    {
        _table = table;
        Pairs = pairs;
        var k = table.K;
        var cells = (1 << k) - 1;
        P = 1 + k + pairs.Count;
        _x = new double[cells * P];
        _xNoIntercept = new double[cells * (P - 1)];
        _y = new double[cells];
        var source = counts ?? table.Counts;
        for (var c = 0; c < cells; c++)
        {
            var pattern = c + 1;
            _y[c] = source[pattern];
            var row = c * P;
            _x[row] = 1;
            for (var i = 0; i < k; i++) _x[row + 1 + i] = pattern >> i & 1;
            for (var j = 0; j < pairs.Count; j++)
            {
                _x[row + 1 + k + j] = (pattern >> pairs[j].A & 1) * (pattern >> pairs[j].B & 1);
            }
            Array.Copy(_x, row + 1, _xNoIntercept, c * (P - 1), P - 1);
        }
        Observed = (long)_y.Sum();
    }

    public IReadOnlyList<ListPair> Pairs { get; }

    public int P { get; }

    public long Observed { get; }

    public string TermName(int column) =>
        column == 0 ? "(intercept)"
        : column <= _table.K ? _table.Lists[column - 1]
        : Pairs[column - 1 - _table.K].Name(_table);

    /// <summary>
    /// Terms whose maximum-likelihood estimate does not exist before any fitting: a list that caught no one or
    /// everyone, a pair of lists that never overlap (its coefficient runs to −∞: the sparse-overlap case of Chan,
    /// Silverman &amp; Vincent 2021), a pair whose lists always coincide, and more parameters than observable cells.
    /// </summary>
    public List<GuardFinding> PreCheck()
    {
        var findings = new List<GuardFinding>();
        var cells = _y.Length;
        if (P > cells) findings.Add(new GuardFinding("model", $"{P} parameters for {cells} observable cells: not identifiable"));
        var recaptured = 0.0;
        for (var c = 0; c < cells; c++) if (System.Numerics.BitOperations.PopCount((uint)(c + 1)) > 1) recaptured += _y[c];
        if (recaptured == 0) findings.Add(new GuardFinding("model", "no unit is on more than one list: without recaptures the population is not identifiable"));
        for (var col = 1; col < P; col++)
        {
            double inside = 0, outside = 0;
            for (var c = 0; c < cells; c++)
            {
                if (_x[c * P + col] != 0) inside += _y[c];
                else outside += _y[c];
            }
            var name = TermName(col);
            if (inside == 0)
            {
                findings.Add(new GuardFinding(name, col <= _table.K
                    ? $"list {name} caught no one: its effect is not estimable"
                    : $"lists {name.Replace("·", " and ", StringComparison.Ordinal)} have no overlap: the coefficient diverges to −∞ and the estimate is not identifiable"));
            }
            else if (outside == 0)
            {
                findings.Add(new GuardFinding(name, col <= _table.K
                    ? $"every observed unit is on list {name}: the unseen cell is not estimable"
                    : $"every observed unit is on both of {name}: the coefficient diverges to +∞"));
            }
        }
        return findings;
    }

    /// <summary>Signs of divergence after a fit: no convergence, a singular design, or an exploding coefficient.</summary>
    public List<GuardFinding> PostCheck(GlmFit fit, MseOptions options)
    {
        var findings = new List<GuardFinding>();
        if (fit.Singular)
        {
            findings.Add(new GuardFinding("model", "the design is singular at the fit (terms are confounded): not identifiable"));
            return findings;
        }
        if (!fit.Converged) findings.Add(new GuardFinding("model", $"IRLS did not converge in {PoissonGlm.MaxIterations} iterations: divergent"));
        for (var col = 1; col < P; col++)
        {
            if (Math.Abs(fit.Beta[col]) > options.DivergentCoefficient || fit.StdErrors[col] > options.DivergentStdError)
            {
                findings.Add(new GuardFinding(TermName(col),
                    $"coefficient {fit.Beta[col]:G4} with standard error {fit.StdErrors[col]:G4} is running off to infinity: divergent"));
            }
        }
        if (!double.IsFinite(Math.Exp(fit.Beta[0]))) findings.Add(new GuardFinding("(intercept)", "the unseen cell is infinite: divergent"));
        return findings;
    }

    public GlmFit FitRaw() => PoissonGlm.Fit(_x, P, _y);

    public LogLinearFit ToResult(GlmFit fit)
    {
        var coefficients = new Coefficient[P];
        for (var col = 0; col < P; col++)
        {
            var se = fit.StdErrors[col];
            var z = se > 0 && double.IsFinite(se) ? fit.Beta[col] / se : 0;
            var p = double.IsFinite(se) && se > 0 ? 2 * (1 - Normal.CDF(0, 1, Math.Abs(z))) : 1;
            coefficients[col] = new Coefficient(TermName(col), fit.Beta[col], se, p);
        }
        return new LogLinearFit(
            Pairs.ToArray(), Pairs.Select(pr => pr.Name(_table)).ToArray(), coefficients, Observed,
            Math.Exp(fit.Beta[0]), fit.Deviance, fit.LogLikelihood, P, _y.Length - P, fit.Converged);
    }

    /// <summary>Deviance with the intercept held at <paramref name="intercept"/> and every other term re-fitted.</summary>
    public double ProfileDeviance(double intercept) => PoissonGlm.Fit(_xNoIntercept, P - 1, _y, intercept).Deviance;
}
