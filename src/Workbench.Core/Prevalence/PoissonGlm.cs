using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace Workbench.Prevalence;

/// <summary>
/// A Poisson generalized linear model with log link, fitted by iteratively reweighted least squares (McCullagh &amp;
/// Nelder 1989, §2.5): MathNet.Numerics has no GLM, so this is the textbook algorithm over its Cholesky solver.
/// Starting values and the convergence rule are R's <c>glm</c> defaults (μ₀ = y + 0.1; relative deviance change
/// below 1e-10 here, stricter than R's 1e-8), so fits agree with R to many digits.
/// </summary>
internal static class PoissonGlm
{
    internal const int MaxIterations = 100;
    private const double Tolerance = 1e-10;

    /// <summary>Fits y ~ Poisson(exp(offset + Xβ)). <paramref name="x"/> is row-major, n × p.</summary>
    public static GlmFit Fit(double[] x, int p, double[] y, double? offset = null)
    {
        var n = y.Length;
        var off = offset ?? 0.0;
        var eta = new double[n];
        var mu = new double[n];
        for (var i = 0; i < n; i++)
        {
            mu[i] = y[i] + 0.1;
            eta[i] = Math.Log(mu[i]);
        }
        var beta = new double[p];
        var xtwx = Matrix<double>.Build.Dense(p, p);
        var xtwz = Vector<double>.Build.Dense(p);
        var deviance = Deviance(y, mu);
        var converged = false;
        var iterations = 0;
        var singular = false;
        MathNet.Numerics.LinearAlgebra.Factorization.Cholesky<double>? chol = null;
        for (iterations = 1; iterations <= MaxIterations; iterations++)
        {
            xtwx.Clear();
            xtwz.Clear();
            for (var i = 0; i < n; i++)
            {
                var w = mu[i];
                var z = eta[i] - off + (y[i] - mu[i]) / mu[i];
                var row = i * p;
                for (var a = 0; a < p; a++)
                {
                    var xa = x[row + a];
                    if (xa == 0) continue;
                    var wxa = w * xa;
                    xtwz[a] += wxa * z;
                    for (var b = 0; b <= a; b++) xtwx[a, b] += wxa * x[row + b];
                }
            }
            for (var a = 0; a < p; a++) for (var b = a + 1; b < p; b++) xtwx[a, b] = xtwx[b, a];
            try
            {
                chol = xtwx.Cholesky();
            }
            catch (ArgumentException)
            {
                singular = true;
                break;
            }
            var solved = chol.Solve(xtwz);
            if (solved.Any(v => !double.IsFinite(v)))
            {
                singular = true;
                break;
            }
            for (var a = 0; a < p; a++) beta[a] = solved[a];
            for (var i = 0; i < n; i++)
            {
                var s = off;
                var row = i * p;
                for (var a = 0; a < p; a++) s += x[row + a] * beta[a];
                eta[i] = s;
                mu[i] = Math.Exp(s);
            }
            var next = Deviance(y, mu);
            if (Math.Abs(next - deviance) / (Math.Abs(next) + 0.1) < Tolerance)
            {
                deviance = next;
                converged = true;
                break;
            }
            deviance = next;
        }
        var se = new double[p];
        if (!singular && chol is not null)
        {
            // Covariance = (XᵀWX)⁻¹ at the final weights.
            xtwx.Clear();
            for (var i = 0; i < n; i++)
            {
                var row = i * p;
                for (var a = 0; a < p; a++)
                {
                    var wxa = mu[i] * x[row + a];
                    if (wxa == 0) continue;
                    for (var b = 0; b <= a; b++) xtwx[a, b] += wxa * x[row + b];
                }
            }
            for (var a = 0; a < p; a++) for (var b = a + 1; b < p; b++) xtwx[a, b] = xtwx[b, a];
            try
            {
                var inverse = xtwx.Cholesky().Solve(Matrix<double>.Build.DenseIdentity(p));
                for (var a = 0; a < p; a++) se[a] = Math.Sqrt(Math.Max(0, inverse[a, a]));
            }
            catch (ArgumentException)
            {
                singular = true;
            }
        }
        if (singular)
        {
            Array.Fill(se, double.PositiveInfinity);
        }
        var logLik = 0.0;
        for (var i = 0; i < n; i++)
        {
            logLik += (y[i] > 0 ? y[i] * Math.Log(mu[i]) : 0) - mu[i] - SpecialFunctions.GammaLn(y[i] + 1);
        }
        return new GlmFit(beta, se, deviance, logLik, converged && !singular, iterations, singular);
    }

    /// <summary>Poisson deviance 2 Σ [y log(y/μ) − (y − μ)].</summary>
    public static double Deviance(double[] y, double[] mu)
    {
        var d = 0.0;
        for (var i = 0; i < y.Length; i++)
        {
            d += (y[i] > 0 ? y[i] * Math.Log(y[i] / mu[i]) : 0) - (y[i] - mu[i]);
        }
        return 2 * d;
    }
}

/// <summary>The numbers of one Poisson GLM fit.</summary>
internal sealed record GlmFit(double[] Beta, double[] StdErrors, double Deviance, double LogLikelihood, bool Converged, int Iterations, bool Singular);
