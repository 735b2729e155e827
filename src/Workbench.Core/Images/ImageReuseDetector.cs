using Workbench.Collections;
using Workbench.Store;

namespace Workbench.Images;

/// <summary>
/// Groups near-identical image hashes across ads, flags stock-image candidates (one image shown with phone tokens
/// that nothing else links), and measures how image links join phone-token sets.
/// </summary>
/// <remarks>
/// <para>Groups are connected components of the distinct hashes under "within <see cref="ImageReuseOptions.MaxDistance"/>"
/// (single linkage, found with a <see cref="MultiIndexHash"/>): a chain of small edits stays one group, and so, rarely,
/// may two unrelated images joined through a chance match.</para>
/// <para>Cropped copies: when ads carry window hashes (<c>image_window_hashes</c>, written by
/// <see cref="AdImageHasher"/>) and <see cref="ImageReuseOptions.UseWindowHashes"/> is on, two images are also linked
/// when one's global hash is within <see cref="ImageReuseOptions.WindowMaxDistance"/> of one of the other's windows
/// (the rule of <see cref="CropTolerantIndex"/>): a re-post cropped by up to about 10% joins the group of its original.
/// Ads without window hashes (older stores) are matched on global hashes as before; an image without windows and a
/// cropped copy of it are linked only when the image without windows is the cropped one (its global hash then falls
/// within the windows of the larger image). Re-hashing the ads (<c>workbench images --ads … --store</c>) adds windows.</para>
/// <para>Stock images: a photo reused by one advertiser appears with that advertiser's phones, which also share its
/// other photos or appear together in ads. A stock or stolen photo appears with phones of unrelated advertisers, which
/// share nothing else. The detector counts, per group, the sets of its phone tokens that are linked by a shared ad or
/// by another image group that does not itself join unrelated sets (iterated until nothing changes); many such sets
/// make a stock candidate. It knows nothing of who the advertisers are.</para>
/// <para>Cost: one index build over the distinct hashes (and their window hashes) and, per hash, one radius query, or
/// two with windows (run in parallel; a query takes tens of microseconds at a million hashes, a crop-tolerant one a
/// few times more, see <c>workbench bench images</c>), then linear passes over the ads.</para>
/// </remarks>
public sealed class ImageReuseDetector(ImageReuseOptions? options = null)
{
    /// <summary>The settings.</summary>
    public ImageReuseOptions Options { get; } = options ?? new();

    /// <summary>
    /// Reads ad ids, phone tokens, image hashes and window hashes from a store (pseudonymized ads only). A store without
    /// the <c>image_window_hashes</c> column, or an ad whose value is null, reads as having no window hashes.
    /// </summary>
    /// <exception cref="InvalidDataException">A stored hash is not 16 hex digits (names the ad).</exception>
    public static IEnumerable<AdImages> ReadStore(AdStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var hasWindows = store.Scalar<long>(
            "SELECT count(*) FROM information_schema.columns WHERE table_name = 'ads' AND column_name = 'image_window_hashes'") > 0;
        using var command = store.Connection.CreateCommand();
        command.CommandText = $"SELECT ad_id, phones, image_hashes, {(hasWindows ? "image_window_hashes" : "NULL")} FROM ads ORDER BY ad_id";
        command.UseStreamingMode = true;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var adId = reader.GetString(0);
            var phones = reader.IsDBNull(1) ? [] : ((System.Collections.IEnumerable)reader.GetValue(1)).Cast<string>().ToArray();
            var hashes = Parse(reader, 2, adId, "image_hashes");
            var windows = Parse(reader, 3, adId, "image_window_hashes");
            yield return new AdImages(adId, phones, hashes, windows.Length == 0 ? null : windows);
        }
    }

    private static ulong[] Parse(System.Data.IDataReader reader, int column, string adId, string field)
    {
        if (reader.IsDBNull(column)) return [];
        var texts = ((System.Collections.IEnumerable)reader.GetValue(column)).Cast<string>().ToArray();
        var hashes = new ulong[texts.Length];
        for (var i = 0; i < texts.Length; i++)
        {
            if (!ImageHashText.TryParse(texts[i], out hashes[i]))
            {
                throw new InvalidDataException($"ad {adId}: {field} value '{texts[i]}' is not 16 hexadecimal digits");
            }
        }
        return hashes;
    }

    /// <summary>Runs the detector on the ads of a store.</summary>
    public ImageReuseResult Fit(AdStore store) => Fit(ReadStore(store));

    /// <summary>Runs the detector.</summary>
    public ImageReuseResult Fit(IEnumerable<AdImages> ads)
    {
        ArgumentNullException.ThrowIfNull(ads);
        Options.Validate();
        var hashIds = new Dictionary<ulong, int>();
        var hashes = new List<ulong>();
        var windowsOfHash = new List<ulong[]?>();
        var phoneIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var phoneNames = new List<string>();
        var adIds = new List<string>();
        var adHashes = new List<int[]>();
        var adPhones = new List<int[]>();
        var k = CropMatchOptions.DefaultWindows.Count;
        long total = 0;
        long withWindows = 0;
        foreach (var ad in ads)
        {
            total++;
            if (ad.Hashes.Count == 0) continue;
            adIds.Add(ad.AdId);
            var useWindows = Options.UseWindowHashes && ad.HasWindows;
            if (useWindows) withWindows++;
            var ids = new int[ad.Hashes.Count];
            for (var i = 0; i < ids.Length; i++)
            {
                ids[i] = Id(hashIds, hashes, ad.Hashes[i]);
                if (windowsOfHash.Count < hashes.Count) windowsOfHash.Add(null);
                if (!useWindows) continue;
                // The same global hash with different windows (different images that share a hash): keep the smallest
                // window set, so that the result does not depend on the order of the ads.
                if (windowsOfHash[ids[i]] is not { } kept || Precedes(ad.WindowHashes!, i * k, kept))
                {
                    var windows = new ulong[k];
                    for (var w = 0; w < k; w++) windows[w] = ad.WindowHashes![(i * k) + w];
                    windowsOfHash[ids[i]] = windows;
                }
            }
            adHashes.Add(ids.Distinct().ToArray());
            adPhones.Add(ad.PhoneTokens.Select(p => Id(phoneIds, phoneNames, p)).Distinct().ToArray());
        }

        // Hash groups: components under "within the radius" (global–global), or, for hashes with windows, "one's global
        // hash within the window radius of one of the other's windows" (a crop and its original).
        var (pairs, windowOnly) = Links(hashes, windowsOfHash);
        var hashSets = new DisjointSets(hashes.Count);
        foreach (var (a, b) in pairs) hashSets.Union(a, b);
        var groupOfHash = new int[hashes.Count];
        var hashesOfGroup = new Dictionary<int, List<ulong>>();
        for (var i = 0; i < hashes.Count; i++)
        {
            groupOfHash[i] = hashSets.Find(i);
            if (!hashesOfGroup.TryGetValue(groupOfHash[i], out var list)) hashesOfGroup[groupOfHash[i]] = list = [];
            list.Add(hashes[i]);
        }

        var adsOfGroup = new Dictionary<int, List<int>>();
        var groupsOfPhone = new HashSet<int>[phoneNames.Count];
        var adGroups = new int[adIds.Count][];
        for (var a = 0; a < adIds.Count; a++)
        {
            adGroups[a] = adHashes[a].Select(h => groupOfHash[h]).Distinct().ToArray();
            foreach (var g in adGroups[a])
            {
                if (!adsOfGroup.TryGetValue(g, out var list)) adsOfGroup[g] = list = [];
                list.Add(a);
                foreach (var p in adPhones[a]) (groupsOfPhone[p] ??= []).Add(g);
            }
        }

        // Phone tokens joined by sharing an ad: the baseline that image links add to.
        var byAd = new DisjointSets(phoneNames.Count);
        foreach (var phones in adPhones)
        {
            for (var i = 1; i < phones.Length; i++) byAd.Union(phones[0], phones[i]);
        }

        // A group that itself joins otherwise unrelated phone sets is no evidence that its phones are related, so it does
        // not link phone tokens when other groups are scored. Distrusting one group can expose the next (chains of
        // photos each shared by two advertisers): repeat until the distrusted set stops growing (it only grows).
        var shared = adsOfGroup.Where(kv => kv.Value.Count >= 2)
            .Select(kv => (Root: kv.Key, Ads: kv.Value, Phones: kv.Value.SelectMany(a => adPhones[a]).Distinct().ToArray()))
            .ToList();
        var distrusted = new HashSet<int>();
        var sets = new Dictionary<int, int>();
        for (var round = 0; round < Options.MaxRounds; round++)
        {
            var before = distrusted.Count;
            foreach (var g in shared) sets[g.Root] = UnrelatedSets(g.Root, g.Phones, byAd, groupsOfPhone, distrusted);
            foreach (var g in shared)
            {
                if (sets[g.Root] >= 2) distrusted.Add(g.Root);
            }
            if (distrusted.Count == before) break;
        }
        var stockRoots = shared.Where(g => sets[g.Root] >= Options.MinUnrelatedPhoneSets).Select(g => g.Root).ToHashSet();
        var groups = new List<ImageReuseGroup>();
        foreach (var (root, members, phones) in shared)
        {
            var groupHashes = hashesOfGroup[root].Order().ToArray();
            groups.Add(new ImageReuseGroup("img-" + ImageHashText.ToHex(groupHashes[0]), groupHashes,
                members.Select(a => adIds[a]).Order(StringComparer.Ordinal).ToArray(),
                phones.Select(p => phoneNames[p]).Order(StringComparer.Ordinal).ToArray(), sets[root], stockRoots.Contains(root)));
        }
        groups.Sort((x, y) => y.AdIds.Count != x.AdIds.Count ? y.AdIds.Count.CompareTo(x.AdIds.Count) : string.CompareOrdinal(x.GroupId, y.GroupId));

        var after = byAd.Clone();
        var afterAll = byAd.Clone();
        foreach (var (root, members) in adsOfGroup)
        {
            var phones = members.SelectMany(a => adPhones[a]).Distinct().ToArray();
            for (var i = 1; i < phones.Length; i++)
            {
                afterAll.Union(phones[0], phones[i]);
                if (!stockRoots.Contains(root)) after.Union(phones[0], phones[i]);
            }
        }
        return new ImageReuseResult(Options, total, adIds.Count, hashes.Count, groups,
            byAd.Count, after.Count, afterAll.Count, withWindows, windowOnly);
    }

    /// <summary>
    /// The linked pairs of distinct hashes, and how many of them are linked only through a window. Hashes without windows
    /// sit in a <see cref="MultiIndexHash"/>, those with windows in a <see cref="CropTolerantIndex"/>; each hash queries
    /// both with its global hash, so every pair is seen from the side of the crop (a global-to-global pair from both
    /// sides, kept once).
    /// </summary>
    private (List<(int A, int B)> Pairs, int WindowOnly) Links(List<ulong> hashes, List<ulong[]?> windowsOfHash)
    {
        var windowed = Enumerable.Range(0, hashes.Count).Where(i => windowsOfHash[i] is not null).ToArray();
        var plain = Enumerable.Range(0, hashes.Count).Where(i => windowsOfHash[i] is null).ToArray();
        var cropIndex = windowed.Length == 0 ? null
            : CropTolerantIndex.Build(windowed.Select(i => new CropHashes(hashes[i], 0, windowsOfHash[i])).ToList());
        var plainIndex = MultiIndexHash.Build(plain.Select(i => hashes[i]).ToArray());
        var cropRadius = Math.Max(Options.MaxDistance, Options.WindowMaxDistance);
        var links = new System.Collections.Concurrent.ConcurrentBag<List<(int, int, bool)>>();
        Parallel.For(0, hashes.Count, () => new List<(int, int, bool)>(), (i, _, found) =>
        {
            var hits = new List<HammingHit>();
            plainIndex.Query(hashes[i], Options.MaxDistance, hits);
            foreach (var hit in hits)
            {
                if (plain[hit.Id] > i) found.Add((i, plain[hit.Id], false));
            }
            if (cropIndex is null) return found;
            hits.Clear();
            cropIndex.QueryContaining(hashes[i], cropRadius, hits);
            foreach (var hit in hits)
            {
                var j = windowed[hit.Id];
                if (j == i) continue;
                if (HashDistance.Hamming(hashes[i], hashes[j]) <= Options.MaxDistance)
                {
                    if (j > i) found.Add((i, j, false));
                }
                else if (WithinAWindow(hashes[i], windowsOfHash[j]!, Options.WindowMaxDistance))
                {
                    found.Add((Math.Min(i, j), Math.Max(i, j), true));
                }
            }
            return found;
        }, found => links.Add(found));
        var pairs = new List<(int, int)>();
        var windowOnly = new HashSet<(int, int)>();
        foreach (var batch in links)
        {
            foreach (var (a, b, throughWindow) in batch)
            {
                if (!throughWindow) pairs.Add((a, b));
                else if (windowOnly.Add((a, b))) pairs.Add((a, b));
            }
        }
        return (pairs, windowOnly.Count);
    }

    /// <summary>Sets of a group's phone tokens once tokens sharing an ad or another trusted image group are joined.</summary>
    private static int UnrelatedSets(int group, int[] phones, DisjointSets byAd, HashSet<int>[] groupsOfPhone, HashSet<int> distrusted)
    {
        if (phones.Length < 2) return phones.Length;
        var local = new DisjointSets(phones.Length);
        var firstByAdSet = new Dictionary<int, int>();
        var firstByGroup = new Dictionary<int, int>();
        for (var i = 0; i < phones.Length; i++)
        {
            var set = byAd.Find(phones[i]);
            if (firstByAdSet.TryGetValue(set, out var j)) local.Union(i, j);
            else firstByAdSet[set] = i;
            foreach (var other in groupsOfPhone[phones[i]])
            {
                if (other == group || distrusted.Contains(other)) continue;
                if (firstByGroup.TryGetValue(other, out var k)) local.Union(i, k);
                else firstByGroup[other] = i;
            }
        }
        return local.Count;
    }

    private static bool WithinAWindow(ulong global, ulong[] windows, int radius)
    {
        foreach (var w in windows)
        {
            if (HashDistance.Hamming(global, w) <= radius) return true;
        }
        return false;
    }

    /// <summary>Whether the k window hashes at <paramref name="start"/> sort before <paramref name="kept"/> (element by element).</summary>
    private static bool Precedes(IReadOnlyList<ulong> windows, int start, ulong[] kept)
    {
        for (var w = 0; w < kept.Length; w++)
        {
            if (windows[start + w] != kept[w]) return windows[start + w] < kept[w];
        }
        return false;
    }

    private static int Id<T>(Dictionary<T, int> ids, List<T> values, T value) where T : notnull
    {
        if (ids.TryGetValue(value, out var id)) return id;
        ids[value] = values.Count;
        values.Add(value);
        return values.Count - 1;
    }
}
