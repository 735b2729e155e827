using System.Text.Json;
using Workbench.Collections;
using Workbench.Images;
using Workbench.Synthetic;

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

    /// <summary>
    /// Scores a result against the planted photos: <paramref name="ads"/> must be the detector's input (hashes in
    /// <c>image_hashes</c> order) and <paramref name="truth"/> the corpus's truth, whose <see cref="AdTruth.ImageIds"/>
    /// follow the same order. Ads whose truth lists no image ids (files written before they existed) are left out.
    /// </summary>
    public static PhotoReuseScore ScorePhotos(IEnumerable<AdImages> ads, ImageReuseResult result, IEnumerable<AdTruth> truth)
    {
        ArgumentNullException.ThrowIfNull(ads);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(truth);
        var planted = new Dictionary<string, AdTruth>(StringComparer.Ordinal);
        foreach (var t in truth)
        {
            if (t.ImageIds.Count > 0) planted[t.AdId] = t;
        }
        var groupOfHash = new Dictionary<ulong, int>();
        for (var g = 0; g < result.Groups.Count; g++)
        {
            foreach (var h in result.Groups[g].Hashes) groupOfHash[h] = g;
        }

        // Per photo, its showings: (ad, group of the shown hash or -1, cropped); one per ad and photo.
        var showings = new Dictionary<string, List<(string Ad, int Group, bool Cropped)>>(StringComparer.Ordinal);
        var photosOfGroup = new Dictionary<int, HashSet<string>>();
        foreach (var ad in ads)
        {
            if (!planted.TryGetValue(ad.AdId, out var t) || t.ImageIds.Count != ad.Hashes.Count) continue;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < ad.Hashes.Count; i++)
            {
                var photo = t.ImageIds[i];
                var group = groupOfHash.TryGetValue(ad.Hashes[i], out var g) ? g : -1;
                if (group >= 0)
                {
                    if (!photosOfGroup.TryGetValue(group, out var photos)) photosOfGroup[group] = photos = new HashSet<string>(StringComparer.Ordinal);
                    photos.Add(photo);
                }
                if (!seen.Add(photo)) continue;
                if (!showings.TryGetValue(photo, out var list)) showings[photo] = list = [];
                list.Add((ad.AdId, group, i < t.CroppedImages.Count && t.CroppedImages[i]));
            }
        }

        int photosShared = 0, total = 0, linked = 0, cropped = 0, croppedLinked = 0;
        foreach (var list in showings.Values)
        {
            if (list.Count < 2) continue;
            photosShared++;
            var perGroup = list.Where(s => s.Group >= 0).GroupBy(s => s.Group).ToDictionary(g => g.Key, g => g.Count());
            foreach (var s in list)
            {
                var isLinked = s.Group >= 0 && perGroup[s.Group] >= 2;
                total++;
                if (isLinked) linked++;
                if (!s.Cropped) continue;
                cropped++;
                if (isLinked) croppedLinked++;
            }
        }
        return new PhotoReuseScore(photosShared, total, linked, cropped, croppedLinked, photosOfGroup.Values.Count(p => p.Count >= 2));
    }

    private static double Ratio(int part, int whole) => whole == 0 ? double.NaN : part / (double)whole;
}
