using Workbench.Collections;

namespace Workbench.Graphs;

/// <summary>
/// Applies <see cref="HubOptions"/> to a bipartite ad–token incidence in CSR form: the single implementation of hub
/// suppression used by <see cref="EntityGraph"/> and by the micro-cluster detector's meta-clusters.
/// </summary>
internal static class HubRule
{
    /// <summary>
    /// The reason each token does not link (<see cref="SuppressionReason.None"/> when it does), with the ads and the
    /// units (micro-clusters or lone ads) and contact identities it touches.
    /// </summary>
    /// <remarks><c>unitOfAd</c> is the micro-cluster (0..) of each ad, or a unique number past the micro-clusters for a lone ad; <c>unitCount</c> units in all.</remarks>
    public static (SuppressionReason[] Reason, int[] Ads, int[] Units, int[] Identities) Apply(
        int adCount, int[] adStart, int[] adTokens, int tokenCount, Func<int, TokenKind> kindOf, int[] unitOfAd, int unitCount, HubOptions options)
    {
        options.Validate();
        var (tokenStart, tokenAds) = Transpose(adCount, adStart, adTokens, tokenCount);
        var reason = new SuppressionReason[tokenCount];
        var ads = new int[tokenCount];
        var units = new int[tokenCount];
        var identities = new int[tokenCount];
        var mark = new int[Math.Max(unitCount, adCount)];
        Array.Fill(mark, -1);
        for (var t = 0; t < tokenCount; t++)
        {
            ads[t] = tokenStart[t + 1] - tokenStart[t];
            var u = 0;
            for (var i = tokenStart[t]; i < tokenStart[t + 1]; i++)
            {
                var unit = unitOfAd[tokenAds[i]];
                if (mark[unit] != t) { mark[unit] = t; u++; }
            }
            units[t] = u;
            var kind = kindOf(t);
            if (!options.Links(kind)) reason[t] = SuppressionReason.KindOff;
            else if (ads[t] > options.HubMaxAds) reason[t] = SuppressionReason.TooManyAds;
            else if (options.HubMaxUnits is { } maxUnits && u > maxUnits) reason[t] = SuppressionReason.TooManyUnits;
        }

        // Contact identities: ads joined by linking contact tokens (phones, e-mails, handles) alone. Only ads that carry
        // such a token have an identity; a picture or template on ads without contacts says nothing about who shares it.
        var sets = new DisjointSets(adCount);
        var hasContact = new bool[adCount];
        for (var t = 0; t < tokenCount; t++)
        {
            if (reason[t] != SuppressionReason.None || kindOf(t) is not (TokenKind.Phone or TokenKind.Email or TokenKind.Handle)) continue;
            for (var i = tokenStart[t]; i < tokenStart[t + 1]; i++)
            {
                hasContact[tokenAds[i]] = true;
                if (i > tokenStart[t]) sets.Union(tokenAds[tokenStart[t]], tokenAds[i]);
            }
        }
        var seenRoot = new int[adCount];
        Array.Fill(seenRoot, -1);
        for (var t = 0; t < tokenCount; t++)
        {
            var n = 0;
            for (var i = tokenStart[t]; i < tokenStart[t + 1]; i++)
            {
                if (!hasContact[tokenAds[i]]) continue;
                var root = sets.Find(tokenAds[i]);
                if (seenRoot[root] != t) { seenRoot[root] = t; n++; }
            }
            identities[t] = n;
            if (reason[t] != SuppressionReason.None) continue;
            var bound = kindOf(t) switch
            {
                TokenKind.Image => options.StockImageMaxIdentities,
                TokenKind.MicroCluster => options.SharedTemplateMaxIdentities,
                _ => null,
            };
            if (bound is { } max && n > max) reason[t] = kindOf(t) == TokenKind.Image ? SuppressionReason.StockImage : SuppressionReason.SharedTemplate;
        }
        return (reason, ads, units, identities);
    }

    /// <summary>Token → ads CSR from ad → tokens CSR (counting sort, ads ascending within each token).</summary>
    public static (int[] Start, int[] Ads) Transpose(int adCount, int[] adStart, int[] adTokens, int tokenCount)
    {
        var start = new int[tokenCount + 1];
        for (var i = 0; i < adStart[adCount]; i++) start[adTokens[i] + 1]++;
        for (var t = 0; t < tokenCount; t++) start[t + 1] += start[t];
        var fill = (int[])start.Clone();
        var list = new int[adStart[adCount]];
        for (var a = 0; a < adCount; a++)
        {
            for (var i = adStart[a]; i < adStart[a + 1]; i++) list[fill[adTokens[i]]++] = a;
        }
        return (start, list);
    }
}
