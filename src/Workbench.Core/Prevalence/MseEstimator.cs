using System.Globalization;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.RootFinding;

namespace Workbench.Prevalence;

/// <summary>
/// Multiple-systems estimation with Poisson log-linear models over k lists (Fienberg 1972; Bishop, Fienberg &amp;
/// Holland 1975, ch. 6), stepwise selection of pairwise interactions by AIC with a p-value stop rule, a guard that
/// refuses non-identifiable or divergent terms (Chan, Silverman &amp; Vincent 2021, JASA 116:1297), profile-likelihood
/// intervals (Cormack 1992) and a nonparametric bootstrap. Reproduces the UK 2013 analysis of Silverman (2014).
/// </summary>
/// <remarks>
/// Cost does not grow with the number of units: every fit is over the 2^k − 1 observable cells, and stepwise
/// selection fits at most k(k − 1)/2 candidates per step (93 fits, about 40 ms, for the six UK lists).
/// </remarks>
public sealed class MseEstimator(MseOptions? options = null)
{
    /// <summary>The settings.</summary>
    public MseOptions Options { get; } = options ?? new();

    /// <summary>Fits the model the options ask for and returns N̂ with its intervals, or throws <see cref="NotIdentifiableException"/>.</summary>
    public MseEstimate Fit(CaptureTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        Options.Validate();
        if (table.Observed == 0) throw new ArgumentException("The table has no observed units.", nameof(table));
        var selection = Select(table, Options);
        var model = new LogLinearModel(table, selection.Fit.Pairs);
        var profile = ProfileInterval(model, selection.Fit, Options.Confidence);
        Interval? bootstrap = null;
        var failures = 0;
        if (Options.BootstrapReplicates > 0)
        {
            (bootstrap, failures) = Bootstrap(table, selection.Fit.Pairs, Options);
        }
        return new MseEstimate(table, Options.Model, selection.Fit, profile, bootstrap, failures, selection.Path,
            selection.StopReason, selection.Refused, Options.Confidence, selection.ModelsFitted);
    }

    private sealed record Selection(LogLinearFit Fit, IReadOnlyList<StepwiseStep> Path, string StopReason, IReadOnlyList<GuardFinding> Refused, int ModelsFitted);

    private static Selection Select(CaptureTable table, MseOptions options)
    {
        switch (options.Model)
        {
            case MseModel.MainEffects:
                return new Selection(FitOrRefuse(table, [], options), [], string.Empty, [], 1);
            case MseModel.Specified:
                var pairs = options.Pairs.Select(p => ListPair.Parse(table, p)).Distinct().ToArray();
                return new Selection(FitOrRefuse(table, pairs, options), [], string.Empty, [], 1);
            default:
                return Stepwise(table, options);
        }
    }

    /// <summary>Fits a model or throws with every reason the guard found.</summary>
    private static LogLinearFit FitOrRefuse(CaptureTable table, IReadOnlyList<ListPair> pairs, MseOptions options)
    {
        var (fit, findings) = TryFit(table, pairs, options);
        if (fit is null)
        {
            var name = pairs.Count == 0 ? "main effects" : "main effects + " + string.Join(" + ", pairs.Select(p => p.Name(table)));
            throw new NotIdentifiableException(
                $"model '{name}' is not identifiable, so no estimate is reported: " +
                string.Join("; ", findings.Select(f => f.Reason)), findings);
        }
        return fit;
    }

    private static (LogLinearFit? Fit, List<GuardFinding> Findings) TryFit(CaptureTable table, IReadOnlyList<ListPair> pairs, MseOptions options, IReadOnlyList<long>? counts = null)
    {
        var model = new LogLinearModel(table, pairs, counts);
        var findings = model.PreCheck();
        if (findings.Count > 0) return (null, findings);
        var raw = model.FitRaw();
        findings = model.PostCheck(raw, options);
        return findings.Count > 0 ? (null, findings) : (model.ToResult(raw), findings);
    }

    private static Selection Stepwise(CaptureTable table, MseOptions options, IReadOnlyList<long>? counts = null)
    {
        var current = FitOrRefuseCounts(table, [], options, counts);
        var fitted = 1;
        var path = new List<StepwiseStep>();
        var refused = new List<GuardFinding>();
        var inModel = new List<ListPair>();
        string stop;
        while (true)
        {
            LogLinearFit? best = null;
            var refusedNow = new List<GuardFinding>();
            for (var a = 0; a < table.K; a++)
            {
                for (var b = a + 1; b < table.K; b++)
                {
                    var pair = new ListPair(a, b);
                    if (inModel.Contains(pair)) continue;
                    var (fit, findings) = TryFit(table, [.. inModel, pair], options, counts);
                    fitted++;
                    if (fit is null)
                    {
                        // Name the candidate with the guard's first reason about it (or the model-level reason).
                        var reason = findings.FirstOrDefault(f => f.Term == pair.Name(table)) ?? findings[0];
                        refusedNow.Add(new GuardFinding(pair.Name(table), reason.Reason));
                        continue;
                    }
                    if (best is null || fit.Aic < best.Aic) best = fit;
                }
            }
            refused.AddRange(refusedNow);
            if (best is null)
            {
                stop = refusedNow.Count > 0 ? "no identifiable pair left to add" : "every pair is in the model";
                break;
            }
            var added = best.Pairs[^1];
            var p = best.Coefficients[^1].PValue;
            var inv = CultureInfo.InvariantCulture;
            if (best.Aic >= current.Aic)
            {
                stop = string.Format(inv, "the best identifiable candidate {0} does not lower the AIC ({1:F2} ≥ {2:F2})", added.Name(table), best.Aic, current.Aic);
                break;
            }
            if (p >= options.PStop)
            {
                stop = string.Format(inv, "the best identifiable candidate {0} has p = {1:G3} ≥ {2}", added.Name(table), p, options.PStop);
                break;
            }
            inModel.Add(added);
            current = best;
            path.Add(new StepwiseStep(path.Count + 1, added.Name(table), p, best.Aic, best.NHat, refusedNow));
        }
        return new Selection(current, path, stop, refused, fitted);
    }

    private static LogLinearFit FitOrRefuseCounts(CaptureTable table, IReadOnlyList<ListPair> pairs, MseOptions options, IReadOnlyList<long>? counts)
    {
        if (counts is null) return FitOrRefuse(table, pairs, options);
        var (fit, findings) = TryFit(table, pairs, options, counts);
        return fit ?? throw new NotIdentifiableException("bootstrap replicate not identifiable: " + findings[0].Reason, findings);
    }

    /// <summary>
    /// Profile-likelihood interval for N̂: the intercepts b whose profile deviance (all other terms re-fitted with the
    /// intercept held at b) lies within the χ²₁ quantile of the minimum, mapped to observed + exp(b).
    /// </summary>
    private static Interval ProfileInterval(LogLinearModel model, LogLinearFit fit, double confidence)
    {
        var crit = ChiSquared.InvCDF(1, confidence);
        var b0 = fit.Coefficients[0].Estimate;
        var se0 = fit.Coefficients[0].StdError;
        var step = double.IsFinite(se0) && se0 > 0 ? se0 : 0.5;
        var minimum = fit.Deviance;
        double F(double b) => model.ProfileDeviance(b) - minimum - crit;

        double Bound(int direction)
        {
            var inner = b0;
            var outer = b0 + direction * step;
            for (var i = 0; i < 60 && F(outer) < 0; i++)
            {
                inner = outer;
                outer = b0 + direction * step * Math.Pow(2, i + 1);
                if (Math.Abs(outer - b0) > 40) return direction < 0 ? double.NegativeInfinity : double.PositiveInfinity;
            }
            var (lo, hi) = direction < 0 ? (outer, inner) : (inner, outer);
            return Brent.FindRoot(F, lo, hi, 1e-8, 200);
        }

        var lower = Bound(-1);
        var upper = Bound(+1);
        return new Interval(
            fit.Observed + (double.IsNegativeInfinity(lower) ? 0 : Math.Exp(lower)),
            double.IsPositiveInfinity(upper) ? double.PositiveInfinity : fit.Observed + Math.Exp(upper),
            "profile likelihood");
    }

    /// <summary>
    /// Nonparametric bootstrap: resample the observed units (multinomial over the observed patterns, n fixed), refit
    /// the same model (or repeat the selection), and take percentiles of N̂. Replicates whose model is not
    /// identifiable are counted and left out.
    /// </summary>
    private static (Interval Interval, int Failures) Bootstrap(CaptureTable table, IReadOnlyList<ListPair> pairs, MseOptions options)
    {
        var random = new Random(options.Seed);
        var n = table.Observed;
        var counts = table.Counts;
        var estimates = new List<double>(options.BootstrapReplicates);
        var failures = 0;
        var sample = new long[counts.Count];
        for (var r = 0; r < options.BootstrapReplicates; r++)
        {
            // Multinomial draw by sequential binomials over the observed cells.
            var remaining = n;
            var remainingShare = 1.0;
            Array.Clear(sample);
            for (var c = 1; c < counts.Count && remaining > 0; c++)
            {
                if (counts[c] == 0) continue;
                var share = counts[c] / (double)n;
                var draw = share >= remainingShare ? remaining : Binomial.Sample(random, Math.Min(1, share / remainingShare), (int)remaining);
                sample[c] = draw;
                remaining -= draw;
                remainingShare -= share;
            }
            try
            {
                var fit = options.BootstrapReselects && options.Model == MseModel.Stepwise
                    ? Stepwise(table, options, sample).Fit
                    : TryFit(table, pairs, options, sample).Fit;
                if (fit is null) failures++;
                else estimates.Add(fit.NHat);
            }
            catch (NotIdentifiableException)
            {
                failures++;
            }
        }
        if (estimates.Count == 0)
        {
            return (new Interval(double.NaN, double.NaN, $"bootstrap percentile: all {options.BootstrapReplicates} replicates not identifiable"), failures);
        }
        estimates.Sort();
        var alpha = (1 - options.Confidence) / 2;
        var method = string.Create(CultureInfo.InvariantCulture,
            $"bootstrap percentile ({estimates.Count} replicates{(failures > 0 ? $", {failures} not identifiable" : string.Empty)}{(options.BootstrapReselects ? ", selection repeated" : string.Empty)})");
        return (new Interval(Quantile(estimates, alpha), Quantile(estimates, 1 - alpha), method), failures);
    }

    /// <summary>Linear-interpolated quantile of sorted values (R type 7).</summary>
    internal static double Quantile(IReadOnlyList<double> sorted, double q)
    {
        if (sorted.Count == 1) return sorted[0];
        var h = (sorted.Count - 1) * q;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
