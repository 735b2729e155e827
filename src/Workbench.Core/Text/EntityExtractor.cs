namespace Workbench.Text;

/// <summary>
/// Every entity of an ad's text in one pass: contacts (<see cref="ContactExtractor"/>, unchanged), prices, stated
/// ages, person names, Canadian cities and indicator cues, each with its raw span, normalized value and confidence.
/// </summary>
/// <remarks>
/// <para>Each field is normalized once and tokenized once; every finder reads the same copy. Contacts are found
/// first and nothing else may overlap them (a phone is never also a price). Among the other kinds, a price and an
/// age over the same characters keep the more confident one, and so do a name and a city (<c>Victoria</c>); ties go
/// to the price and to the city. Indicator cues may overlap other entities (<c>150 roses/hr</c> is a price and a
/// pricing cue). A stated age under 18 adds the cue <see cref="IndicatorLexicon.StatedMinorAgeCue"/>.</para>
/// <para>Cost: linear in the text length; measured by <c>workbench bench extract</c>.</para>
/// </remarks>
public static class EntityExtractor
{
    /// <summary>Every entity of one text.</summary>
    /// <param name="text">Raw text (raw or pseudonymized; switch <see cref="EntityExtractionOptions.Contacts"/> off for the latter).</param>
    /// <param name="options">Settings; defaults when null.</param>
    /// <returns>Entities sorted by start, with raw spans.</returns>
    public static IReadOnlyList<TextEntity> Extract(string text, EntityExtractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= EntityExtractionOptions.Default;
        var normalized = TextNormalizer.Normalize(text, TextNormalizerOptions.ForExtraction);
        var contacts = options.Contacts ? ContactExtractor.Extract(normalized, PhoneExtractor.Extract(normalized)) : [];
        return Others(normalized, contacts, options);
    }

    /// <summary>Every entity of an ad's title and body, including a phone split between them.</summary>
    /// <param name="title">Raw title (may be empty).</param>
    /// <param name="body">Raw body (may be empty).</param>
    /// <param name="options">Settings; defaults when null.</param>
    /// <returns>Entities per field, sorted by start, with raw spans into that field.</returns>
    public static CrossFieldEntities Extract(string title, string body, EntityExtractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(body);
        options ??= EntityExtractionOptions.Default;
        var t = TextNormalizer.Normalize(title, TextNormalizerOptions.ForExtraction);
        var b = TextNormalizer.Normalize(body, TextNormalizerOptions.ForExtraction);
        IReadOnlyList<TextEntity> titleContacts = [];
        IReadOnlyList<TextEntity> bodyContacts = [];
        if (options.Contacts)
        {
            var phones = PhoneExtractor.ExtractAcross(t, b);
            titleContacts = ContactExtractor.Extract(t, phones.Title);
            bodyContacts = ContactExtractor.Extract(b, phones.Body);
        }
        return new CrossFieldEntities(Others(t, titleContacts, options), Others(b, bodyContacts, options));
    }

    private static List<TextEntity> Others(NormalizedText normalized, IReadOnlyList<TextEntity> contacts, EntityExtractionOptions options)
    {
        var result = new List<TextEntity>(contacts.Count + 8);
        result.AddRange(contacts);
        if (normalized.Length == 0) return result;
        var tokens = WordTokens.Read(normalized);
        var names = options.Names ?? NameLexicon.Default;
        var lexicon = options.Lexicon ?? IndicatorLexicon.Default;

        var candidates = new List<TextEntity>();
        foreach (var p in PriceExtractor.Extract(tokens)) candidates.Add(p.ToEntity());
        var minors = new List<TextEntity>();
        foreach (var a in AgeExtractor.Extract(tokens))
        {
            candidates.Add(a.ToEntity());
            if (a.IsUnder18) minors.Add(new TextEntity(EntityKind.Indicator, a.Start, a.End, IndicatorLexicon.StatedMinorAgeCue, a.Confidence));
        }
        foreach (var n in NameExtractor.Extract(tokens, names)) candidates.Add(n.ToEntity());
        foreach (var c in LocationExtractor.Extract(tokens)) candidates.Add(c.ToEntity());

        candidates.RemoveAll(e => OverlapsAny(e, contacts) || e.Confidence < options.MinimumConfidence);
        ResolvePairs(candidates);
        result.AddRange(candidates);
        foreach (var m in minors)
        {
            if (result.Exists(e => e.Kind == EntityKind.Age && e.Start == m.Start && e.End == m.End)) result.Add(m);
        }
        foreach (var cue in lexicon.Find(tokens))
        {
            var entity = new TextEntity(EntityKind.Indicator, cue.Start, cue.End, cue.Value, 1.0);
            if (!OverlapsAny(entity, contacts)) result.Add(entity);
        }
        result.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Kind.CompareTo(b.Kind));
        return result;
    }

    /// <summary>Price against age and name against city over the same characters: the more confident stays.</summary>
    private static void ResolvePairs(List<TextEntity> candidates)
    {
        if (candidates.Count < 2) return;
        var drop = new bool[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            for (var j = i + 1; j < candidates.Count; j++)
            {
                var a = candidates[i];
                var b = candidates[j];
                if (a.Kind == b.Kind || !(a.Start < b.End && b.Start < a.End)) continue;
                var pair = (a.Kind, b.Kind);
                if (pair is not ((EntityKind.Price, EntityKind.Age) or (EntityKind.Age, EntityKind.Price)
                    or (EntityKind.Name, EntityKind.City) or (EntityKind.City, EntityKind.Name))) continue;
                var aWins = a.Confidence > b.Confidence
                            || (a.Confidence == b.Confidence && a.Kind is EntityKind.Price or EntityKind.City);
                drop[aWins ? j : i] = true;
            }
        }
        var k = 0;
        candidates.RemoveAll(_ => drop[k++]);
    }

    private static bool OverlapsAny(TextEntity e, IReadOnlyList<TextEntity> contacts)
    {
        foreach (var c in contacts)
        {
            if (e.Start < c.End && c.Start < e.End) return true;
        }
        return false;
    }
}
