using System.Globalization;
using System.Net;
using System.Text;
using Plotly.NET;
using Workbench.Charts;
using Workbench.Data;

namespace Workbench.Review;

/// <summary>
/// What a criminologist sees of one micro-cluster before labelling it: the template, when and where its ads were posted,
/// the evidence (indicator cues, contact and persona counts, labelling-function votes), the model's probability and
/// uncertainty, and why it is in the queue. Built from pseudonymized ads only: contacts are keyed tokens.
/// </summary>
public sealed record ReviewCard
{
    /// <summary>The candidate.</summary>
    public required ReviewCandidate Candidate { get; init; }

    /// <summary>Its member ads (pseudonymized).</summary>
    public required IReadOnlyList<Ad> Ads { get; init; }

    /// <summary>The model's P(organized).</summary>
    public required double Probability { get; init; }

    /// <summary>Labelling functions that voted, with their vote.</summary>
    public required IReadOnlyList<(string Function, string Vote, string Description)> Votes { get; init; }

    /// <summary>Why it is queued (empty when it is not in the current queue).</summary>
    public required string Reason { get; init; }

    /// <summary>The card of a micro-cluster in a session.</summary>
    public static ReviewCard Of(ReviewSession session, int clusterId, IReadOnlyList<Ad> ads, int queueLength = 50)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(ads);
        var c = session.Candidate(clusterId);
        var index = session.Candidates.ToList().IndexOf(c);
        var members = c.AdIds.ToHashSet(StringComparer.Ordinal);
        var votes = session.Weak.Votes[index];
        return new ReviewCard
        {
            Candidate = c,
            Ads = [.. ads.Where(a => members.Contains(a.AdId)).OrderBy(a => a.PostedAt)],
            Probability = session.Learner.Probabilities[index],
            Votes = [.. session.Weak.Functions.Select((f, k) => (f, v: votes[k])).Where(p => p.v >= 0)
                .Select(p => (p.f.Name, p.v == LabellingFunction.Organized ? "for" : "against", p.f.Description))],
            Reason = session.Queue(queueLength).FirstOrDefault(q => q.ClusterId == clusterId)?.Reason ?? "",
        };
    }

    /// <summary>Ads per day of the cluster, by city.</summary>
    public GenericChart Timeline()
    {
        var byCity = Ads.GroupBy(a => a.City ?? "(no city)").OrderByDescending(g => g.Count()).Take(8).ToList();
        var charts = byCity.Select(g =>
        {
            var days = g.GroupBy(a => a.PostedAt.UtcDateTime.Date).OrderBy(d => d.Key).ToList();
            return Plotly.NET.CSharp.Chart.Column<int, DateTime, string>(values: days.Select(d => d.Count()), Keys: days.Select(d => d.Key).ToArray(), Name: g.Key);
        }).ToList();
        return Plotly.NET.CSharp.Chart.Combine(charts).Titled($"Micro-cluster {Candidate.ClusterId}: ads per day by city", "day (UTC)", "ads", 900, 320);
    }

    /// <summary>Where the ads were posted (ads with coordinates; bubble size = ads).</summary>
    public GenericChart Map()
    {
        var places = Ads.Where(a => a.Lat is not null && a.Lon is not null).GroupBy(a => (Lat: Math.Round(a.Lat!.Value, 2), Lon: Math.Round(a.Lon!.Value, 2), City: a.City ?? ""))
            .Select(g => (g.Key, Count: g.Count())).ToList();
        var chart = Plotly.NET.CSharp.Chart.BubbleGeo<double, double, string>(
            longitudes: places.Select(p => p.Key.Lon), latitudes: places.Select(p => p.Key.Lat),
            sizes: places.Select(p => 8 + (int)Math.Round(6 * Math.Sqrt(p.Count))),
            Name: "ads", MultiText: places.Select(p => $"{p.Key.City}: {p.Count} ads").ToArray(), MarkerColor: Color.fromString("#2c7fb8"));
        chart = Plotly.NET.Chart.withGeo(PrevalenceCharts.OfflineCanada(), null).Invoke(chart);
        chart = Plotly.NET.Chart.withTitle($"Micro-cluster {Candidate.ClusterId}: places", null).Invoke(chart);
        return Plotly.NET.CSharp.GenericChartExtensions.WithSize(chart, 900, 480);
    }

    /// <summary>The card as HTML: template, facts, evidence, uncertainty and the reason it is queued.</summary>
    public string ToHtml()
    {
        var inv = CultureInfo.InvariantCulture;
        static string E(string s) => WebUtility.HtmlEncode(s);
        var c = Candidate;
        var sb = new StringBuilder();
        sb.Append(inv, $"<div style=\"border:1px solid #ccc;padding:10px;font-family:sans-serif\"><h3>Micro-cluster {c.ClusterId}</h3>");
        sb.Append(inv, $"<p><b>Template</b> (slots as [*]): <code>{E(c.TemplateText)}</code></p>");
        sb.Append(inv, $"<p>{c.AdIds.Count} ads from {c.FirstPost:yyyy-MM-dd} to {c.LastPost:yyyy-MM-dd} in {c.Cities.Count} cities ({E(string.Join(", ", c.Cities.Take(6)))}); ");
        sb.Append(inv, $"{c.Feature("phones"):0} phone tokens, {c.Feature("names"):0} names, {c.Feature("images"):0} images; meta-cluster of {c.Feature("meta_micro_clusters"):0} micro-clusters.</p>");
        sb.Append("<p><b>Indicator cues</b> (share of its ads): ");
        sb.Append(E(string.Join(", ", c.CueShares.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key} {kv.Value:P0}")))).Append("</p>");
        sb.Append("<p><b>Labelling functions</b>: ");
        sb.Append(Votes.Count == 0 ? "none votes" : E(string.Join("; ", Votes.Select(v => $"{v.Function} {v.Vote}")))).Append("</p>");
        var uncertainty = 1 - Math.Abs((2 * Probability) - 1);
        sb.Append(inv, $"<p><b>Model</b>: P(signals of organized activity) = {Probability:F2}, uncertainty {uncertainty:F2}.</p>");
        if (Reason.Length > 0) sb.Append(inv, $"<p><b>Why queued</b>: {E(Reason)}</p>");
        sb.Append("<p><b>First ads</b> (tokens, never raw contacts):</p><ul>");
        foreach (var a in Ads.Take(3)) sb.Append(inv, $"<li>{a.PostedAt:yyyy-MM-dd} {E(a.City ?? "")}: {E(a.Body.Length > 240 ? a.Body[..240] + "…" : a.Body)}</li>");
        sb.Append("</ul><p style=\"color:#a33\">A signal for review, not a finding about any person.</p></div>");
        return sb.ToString();
    }
}
