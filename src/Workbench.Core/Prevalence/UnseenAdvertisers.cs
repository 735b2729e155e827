using System.Globalization;

namespace Workbench.Prevalence;

/// <summary>
/// An estimate of advertisers never seen on any list (sites or time windows) of an ad corpus, with the assumptions it
/// rests on. Either <see cref="Estimate"/> is set, or <see cref="Refusal"/> says why no number is reported.
/// </summary>
/// <param name="Lists">How the lists were formed.</param>
/// <param name="Unit">What a unit is (e.g. "phone-linked advertisers").</param>
/// <param name="Table">The capture table built from the ads.</param>
/// <param name="Estimate">The estimate, or null when refused.</param>
/// <param name="Refusal">Why no estimate is reported, or null.</param>
/// <param name="Assumptions">The assumptions the number rests on, specific to how the lists were formed.</param>
public sealed record UnseenAdvertisers(
    AdListKind Lists, string Unit, CaptureTable Table, MseEstimate? Estimate, string? Refusal, IReadOnlyList<string> Assumptions)
{
    /// <summary>Units seen on at least one list.</summary>
    public long Observed => Table.Observed;

    /// <summary>Estimated units never seen, or null when refused.</summary>
    public double? Unseen => Estimate?.Unseen;

    /// <summary>Interval for the unseen units (profile likelihood), or null when refused.</summary>
    public Interval? UnseenInterval => Estimate is null
        ? null
        : new Interval(Estimate.ProfileInterval.Lower - Observed, Estimate.ProfileInterval.Upper - Observed, Estimate.ProfileInterval.Method);

    /// <summary>The number with its interval and its assumptions, in one paragraph meant to be printed as it is.</summary>
    public string Statement()
    {
        var inv = CultureInfo.InvariantCulture;
        var lists = Lists == AdListKind.Sites ? "sites" : "time windows";
        var head = string.Format(inv, "{0} seen on at least one of {1} {2} ({3}): {4:N0}. ", Capitalized(Unit), Table.K, lists, string.Join(", ", Table.Lists), Observed);
        var body = Estimate is null
            ? "No estimate of those never seen is reported: " + Refusal + ". "
            : string.Format(inv, "Estimated never seen on any of them: {0:N0} ({1:0.#}% profile-likelihood interval {2:N0} to {3:N0}; model: {4}). ",
                Estimate.Unseen, Estimate.Confidence * 100, UnseenInterval!.Lower, UnseenInterval.Upper, Estimate.Fit.ModelName);
        return head + body + "This counts advertising units, not people or victims, and holds only if: " + string.Join("; ", Assumptions) + ".";
    }

    private static string Capitalized(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
