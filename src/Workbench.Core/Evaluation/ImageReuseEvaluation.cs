using System.Text.Json;
using Workbench.Collections;
using Workbench.Images;

namespace Workbench.Evaluation;

/// <summary>
/// Scores <see cref="ImageReuseDetector"/> against the planted advertisers (meta-clusters) of a synthetic corpus: are
/// stock candidates the photos shared across advertisers, do ordinary reuse links stay within one advertiser, and how
/// far do image links join an advertiser's phone tokens.
/// </summary>
public static class ImageReuseEvaluation
{
    /// <summary>The planted advertiser and its type for every ad of a <c>truth.jsonl</c> file.</summary>
    public static IReadOnlyDictionary<string, (string Actor, string Type)> ReadTruth(string truthPath)
    {
        ArgumentNullException.ThrowIfNull(truthPath);
        var actors = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(truthPath))
        {
            if (line.Length == 0) continue;
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            actors[root.GetProperty("ad_id").GetString()!] = (root.GetProperty("actor_id").GetString()!, root.GetProperty("actor_type").GetString()!);
        }
        return actors;
    }

    /// <summary>Scores a result; <paramref name="ads"/> must be the detector's input.</summary>
    public static ImageReuseScore Score(IEnumerable<AdImages> ads, ImageReuseResult result, IReadOnlyDictionary<string, (string Actor, string Type)> truth)
    {
        ArgumentNullException.ThrowIfNull(ads);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(truth);
        string ActorOf(string ad) => truth.TryGetValue(ad, out var t) ? t.Actor : "?";
        int Advertisers(ImageReuseGroup g) => g.AdIds.Select(ActorOf).Distinct(StringComparer.Ordinal).Count();

        var several = result.Groups.Where(g => g.PhoneTokens.Count >= 2).ToList();
        var cross = several.Count(g => Advertisers(g) >= 2);
        var flagged = several.Where(g => g.IsStockCandidate).ToList();
        var flaggedCross = flagged.Count(g => Advertisers(g) >= 2);
        var byType = flagged.Where(g => Advertisers(g) == 1)
            .GroupBy(g => truth.TryGetValue(g.AdIds[0], out var t) ? t.Type : "?", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var ordinary = several.Where(g => !g.IsStockCandidate).ToList();

        // Phone tokens joined by shared ads, then by ordinary reuse groups; each advertiser's tokens counted in sets.
        var tokenIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var tokenActors = new List<HashSet<string>>();
        var adTokens = new List<int[]>();
        int Token(string t, string actor)
        {
            if (!tokenIds.TryGetValue(t, out var id))
            {
                tokenIds[t] = id = tokenActors.Count;
                tokenActors.Add(new HashSet<string>(StringComparer.Ordinal));
            }
            tokenActors[id].Add(actor);
            return id;
        }
        foreach (var ad in ads)
        {
            var actor = ActorOf(ad.AdId);
            adTokens.Add(ad.PhoneTokens.Select(t => Token(t, actor)).ToArray());
        }
        var before = new DisjointSets(tokenIds.Count);
        foreach (var tokens in adTokens)
        {
            for (var i = 1; i < tokens.Length; i++) before.Union(tokens[0], tokens[i]);
        }
        var after = before.Clone();
        foreach (var g in result.Groups.Where(g => !g.IsStockCandidate))
        {
            for (var i = 1; i < g.PhoneTokens.Count; i++) after.Union(tokenIds[g.PhoneTokens[0]], tokenIds[g.PhoneTokens[i]]);
        }
        var tokensOfActor = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var id = 0; id < tokenActors.Count; id++)
        {
            foreach (var actor in tokenActors[id])
            {
                if (!tokensOfActor.TryGetValue(actor, out var list)) tokensOfActor[actor] = list = [];
                list.Add(id);
            }
        }
        var multi = tokensOfActor.Values.Where(l => l.Count >= 2).ToList();
        double MeanSets(DisjointSets sets) => multi.Count == 0 ? 0 : multi.Average(l => l.Select(sets.Find).Distinct().Count());
        var actorsPerSet = new Dictionary<int, HashSet<string>>();
        for (var id = 0; id < tokenActors.Count; id++)
        {
            var root = after.Find(id);
            if (!actorsPerSet.TryGetValue(root, out var set)) actorsPerSet[root] = set = new HashSet<string>(StringComparer.Ordinal);
            set.UnionWith(tokenActors[id]);
        }

        return new ImageReuseScore(several.Count, cross, flagged.Count, flaggedCross, byType,
            Ratio(flaggedCross, flagged.Count), Ratio(flaggedCross, cross), ordinary.Count,
            Ratio(ordinary.Count(g => Advertisers(g) == 1), ordinary.Count),
            multi.Count, MeanSets(before), MeanSets(after), actorsPerSet.Values.Count(s => s.Count >= 2));
    }

    private static double Ratio(int part, int whole) => whole == 0 ? double.NaN : part / (double)whole;
}
