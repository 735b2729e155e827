namespace Workbench.Text;

/// <summary>
/// The front door of contact extraction: phones, e-mails, handles and URLs in one pass, as the ingest
/// pseudonymizer needs them.
/// </summary>
/// <remarks>
/// <para>The text is normalized once and every extractor reads the same normalized copy. When two contacts
/// overlap, <b>the wider raw span wins</b>, because its replacement removes all of the contact from the text; on
/// equal spans the order is e-mail, handle, phone, URL. So an e-mail whose local part looks like a handle or
/// holds a phone stays an e-mail; a profile address (<c>onlyfans.com/name</c>) is a handle, not a URL, since
/// <c>platform:name</c> is the same identity however it is written; a URL that holds a phone stays a URL; and
/// a WhatsApp number is a handle <c>whatsapp:+1…</c>, not a phone. The pseudonymizer should take the phone of a
/// WhatsApp handle as well (<see cref="PhoneOf"/>), so that such an ad still links to other ads of that number.</para>
/// </remarks>
public static class ContactExtractor
{
    private const string WhatsAppPrefix = "whatsapp:";

    /// <summary>Finds every contact in <paramref name="text"/>.</summary>
    /// <param name="text">Raw text: an ad title or body, or a raw value of a contact field.</param>
    /// <returns>Non-overlapping entities sorted by start, with raw spans.</returns>
    public static IReadOnlyList<TextEntity> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = TextNormalizer.Normalize(text, TextNormalizerOptions.ForExtraction);
        return Extract(normalized, PhoneExtractor.Extract(normalized));
    }

    /// <summary>
    /// Finds every contact in an ad's title and body, including a phone split between them
    /// (see <see cref="PhoneExtractor.ExtractAcross(string, string)"/>).
    /// </summary>
    /// <param name="title">Raw title (may be empty).</param>
    /// <param name="body">Raw body (may be empty).</param>
    /// <returns>Entities per field, non-overlapping, sorted by start, with raw spans into that field.</returns>
    public static CrossFieldEntities ExtractAcross(string title, string body)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(body);
        var t = TextNormalizer.Normalize(title, TextNormalizerOptions.ForExtraction);
        var b = TextNormalizer.Normalize(body, TextNormalizerOptions.ForExtraction);
        var phones = PhoneExtractor.ExtractAcross(t, b);
        return new CrossFieldEntities(Extract(t, phones.Title), Extract(b, phones.Body));
    }

    /// <summary>The E.164 phone an entity carries: a phone's value, or the number of a WhatsApp handle; else null.</summary>
    /// <param name="entity">An entity from any extractor.</param>
    public static string? PhoneOf(TextEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (entity.Kind == EntityKind.Phone) return entity.Value;
        return entity.Kind == EntityKind.Handle && entity.Value.StartsWith(WhatsAppPrefix, StringComparison.Ordinal)
            ? entity.Value[WhatsAppPrefix.Length..]
            : null;
    }

    internal static IReadOnlyList<TextEntity> Extract(NormalizedText normalized, IReadOnlyList<TextEntity> phones)
    {
        var candidates = new List<TextEntity>(phones.Count + 4);
        candidates.AddRange(EmailExtractor.Extract(normalized));
        candidates.AddRange(HandleExtractor.Extract(normalized, phones));
        candidates.AddRange(phones);
        candidates.AddRange(UrlExtractor.Extract(normalized));
        return ResolveOverlaps(candidates);
    }

    /// <summary>Keeps the widest of overlapping entities (ties: e-mail, handle, phone, URL), sorted by start.</summary>
    /// <remarks>Candidates are cut into clusters of mutually reachable overlaps by one sweep, and the greedy
    /// choice runs inside each cluster, so that the cost stays near linear in the number of candidates.</remarks>
    internal static IReadOnlyList<TextEntity> ResolveOverlaps(List<TextEntity> candidates)
    {
        if (candidates.Count <= 1) return candidates;
        candidates.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var kept = new List<TextEntity>(candidates.Count);
        var cluster = new List<TextEntity>();
        var clusterEnd = int.MinValue;
        foreach (var candidate in candidates)
        {
            if (cluster.Count > 0 && candidate.Start >= clusterEnd)
            {
                ResolveCluster(cluster, kept);
                cluster.Clear();
            }
            cluster.Add(candidate);
            clusterEnd = cluster.Count == 1 ? candidate.End : Math.Max(clusterEnd, candidate.End);
        }
        ResolveCluster(cluster, kept);
        kept.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }

    private static void ResolveCluster(List<TextEntity> cluster, List<TextEntity> kept)
    {
        if (cluster.Count == 1)
        {
            kept.Add(cluster[0]);
            return;
        }
        cluster.Sort(static (a, b) =>
        {
            var byLength = b.Length.CompareTo(a.Length);
            if (byLength != 0) return byLength;
            var byKind = Rank(a.Kind).CompareTo(Rank(b.Kind));
            return byKind != 0 ? byKind : a.Start.CompareTo(b.Start);
        });
        var chosen = new List<TextEntity>(cluster.Count);
        foreach (var candidate in cluster)
        {
            var overlaps = false;
            foreach (var k in chosen)
            {
                if (candidate.Start < k.End && k.Start < candidate.End) { overlaps = true; break; }
            }
            if (!overlaps) chosen.Add(candidate);
        }
        kept.AddRange(chosen);
    }

    private static int Rank(EntityKind kind) => kind switch
    {
        EntityKind.Email => 0,
        EntityKind.Handle => 1,
        EntityKind.Phone => 2,
        _ => 3,
    };
}
