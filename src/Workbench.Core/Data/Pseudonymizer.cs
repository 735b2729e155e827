using System.Text;

namespace Workbench.Data;

/// <summary>
/// Replaces every phone number, e-mail, handle and URL of an ad, in its fields and inside its title, body and unknown
/// columns, by a keyed token (<see cref="PseudonymKey.Token"/>), before anything is stored.
/// </summary>
/// <remarks>
/// <para>Raw identifiers never leave ingest: this is the one place that sees them. Tokens keep linkage (the same
/// number gives the same token in every ad and run with the same key), which is all the graph and cluster analyses
/// need, while a leaked store reveals no number.</para>
/// <para>Two passes guard the text: the contact finder, and then a search for every raw value the list fields named
/// (a scraper that extracted a number proves it is there even when the text disguises it in a way the finder misses).
/// A phone split between title and body is found on the title and body joined by a line break.</para>
/// </remarks>
public sealed class Pseudonymizer
{
    private readonly PseudonymKey _key;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<UInt128, FieldContacts> _seenTexts = new();
    // Entries added since the last clear. ConcurrentDictionary.Count takes every bucket lock, so asking it once
    // per ad serialized the parallel pseudonymizers (a third of ingest's thread time was spent waiting on it).
    private int _seenTextCount;

    /// <summary>Creates a pseudonymizer for one key.</summary>
    public Pseudonymizer(PseudonymKey key, PseudonymizerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        _key = key;
        Options = options ?? new PseudonymizerOptions();
    }

    /// <summary>The settings.</summary>
    public PseudonymizerOptions Options { get; }

    /// <summary>The token of a normalized value of one kind.</summary>
    public string Token(ContactKind kind, string normalizedValue) => _key.Token(kind.Prefix(), normalizedValue);

    // Contacts of a title and body, found once per distinct text (see PseudonymizerOptions.RepeatedTextCache).
    private FieldContacts FindContacts(string title, string body)
    {
        if (Options.RepeatedTextCache <= 0) return Options.FindContacts(title, body);
        var hash = new System.IO.Hashing.XxHash128();
        Span<byte> length = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(length, title.Length);
        hash.Append(length);
        hash.Append(System.Runtime.InteropServices.MemoryMarshal.AsBytes(title.AsSpan()));
        hash.Append(System.Runtime.InteropServices.MemoryMarshal.AsBytes(body.AsSpan()));
        var key = hash.GetCurrentHashAsUInt128();
        if (_seenTexts.TryGetValue(key, out var known)) return known;
        var found = Options.FindContacts(title, body);
        if (Volatile.Read(ref _seenTextCount) >= Options.RepeatedTextCache)
        {
            _seenTexts.Clear();
            Interlocked.Exchange(ref _seenTextCount, 0);
        }
        if (_seenTexts.TryAdd(key, found)) Interlocked.Increment(ref _seenTextCount);
        return found;
    }

    /// <summary>Pseudonymizes one raw ad.</summary>
    public PseudonymizedAd Apply(Ad raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var entities = new List<EntityOccurrence>();
        var tokens = new TokenLists();
        var known = new List<(ContactKind Kind, string Raw, string Token)>();

        AddListField(raw, AdFields.Phones, ContactKind.Phone, raw.Phones, TextContacts.NormalizePhone, entities, tokens, known);
        AddListField(raw, AdFields.Emails, ContactKind.Email, raw.Emails, v => v.Trim().ToLowerInvariant(), entities, tokens, known);
        AddListField(raw, AdFields.Handles, ContactKind.Handle, raw.Handles, PhoneNormalizer.Handle, entities, tokens, known);
        AddListField(raw, AdFields.Urls, ContactKind.Url, raw.Urls, v => v.Trim().ToLowerInvariant(), entities, tokens, known);

        var title = raw.Title ?? string.Empty;
        var found = FindContacts(title, raw.Body);
        var titleFound = new List<ContactSpan>(found.Title);
        var bodyFound = new List<ContactSpan>(found.Body);
        AddKnownValues(title, raw.Body, known, titleFound, bodyFound);
        var titleSpans = Tokenize(RemoveOverlaps(titleFound), tokens);
        var bodySpans = Tokenize(RemoveOverlaps(bodyFound), tokens);
        var maskedTitle = Replace(title, titleSpans, raw.AdId, AdFields.Title, entities);
        var maskedBody = Replace(raw.Body, bodySpans, raw.AdId, AdFields.Body, entities);

        var extras = raw.Extras;
        if (Options.MaskExtras && extras.Count > 0)
        {
            var masked = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (name, json) in extras)
            {
                masked[name] = MaskJson(json, raw.AdId, known, tokens);
            }
            extras = masked;
        }

        var ad = raw with
        {
            Title = raw.Title is null ? null : maskedTitle,
            Body = maskedBody,
            Phones = tokens.Phones,
            Emails = tokens.Emails,
            Handles = tokens.Handles,
            Urls = tokens.Urls,
            Extras = extras,
        };
        return new PseudonymizedAd(ad, entities);
    }

    private void AddListField(
        Ad raw, string field, ContactKind kind, IReadOnlyList<string> values, Func<string, string> normalize,
        List<EntityOccurrence> entities, TokenLists tokens, List<(ContactKind, string, string)> known)
    {
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i];
            if (ContactKinds.IsToken(value) && value.StartsWith(kind.Prefix(), StringComparison.Ordinal))
            {
                // Already pseudonymized upstream with a key we cannot check: keep the token as it is.
                tokens.Add(kind, value);
                continue;
            }
            var token = Token(kind, normalize(value));
            tokens.Add(kind, token);
            known.Add((kind, value, token));
            entities.Add(new EntityOccurrence(raw.AdId, field, kind, token, null, null, 1.0));
        }
    }

    // A contact the list fields named is certainly in the ad: search the text for it even where the extractor
    // did not see it. Title and body are searched joined by a line break, so a split phone is found too.
    private static void AddKnownValues(
        string title, string body, List<(ContactKind Kind, string Raw, string Token)> known,
        List<ContactSpan> titleSpans, List<ContactSpan> bodySpans)
    {
        if (known.Count == 0) return;
        var joined = title.Length == 0 ? body : title + "\n" + body;
        var bodyOffset = title.Length == 0 ? 0 : title.Length + 1;
        var spans = new List<ContactSpan>();
        DigitProjection? digits = null;
        foreach (var (kind, rawValue, _) in known)
        {
            if (kind == ContactKind.Phone)
            {
                digits ??= DigitProjection.Of(joined);
                digits.AddMatches(rawValue, spans);
                continue;
            }
            var value = rawValue.Trim();
            if (value.Length < 3) continue;
            var normalized = kind == ContactKind.Handle ? PhoneNormalizer.Handle(value) : value.ToLowerInvariant();
            for (var at = joined.IndexOf(value, StringComparison.OrdinalIgnoreCase); at >= 0;
                 at = joined.IndexOf(value, at + value.Length, StringComparison.OrdinalIgnoreCase))
            {
                spans.Add(new ContactSpan(kind, at, at + value.Length, normalized, 1.0));
            }
        }
        foreach (var span in spans)
        {
            if (title.Length > 0 && span.Start < title.Length) titleSpans.Add(span with { End = Math.Min(span.End, title.Length) });
            if (span.End > bodyOffset)
            {
                bodySpans.Add(span with { Start = Math.Max(span.Start, bodyOffset) - bodyOffset, End = span.End - bodyOffset });
            }
        }
    }

    private List<(ContactSpan Span, string Token)> Tokenize(IReadOnlyList<ContactSpan> spans, TokenLists tokens)
    {
        var result = new List<(ContactSpan, string)>(spans.Count);
        foreach (var span in spans)
        {
            var token = Token(span.Kind, span.Value);
            tokens.Add(span.Kind, token);
            // A WhatsApp handle is a phone number too: list its phone token so the ad links to that number's other ads.
            if (span.Kind == ContactKind.Handle && span.Value.StartsWith("whatsapp:+", StringComparison.Ordinal))
            {
                tokens.Add(ContactKind.Phone, Token(ContactKind.Phone, span.Value["whatsapp:".Length..]));
            }
            result.Add((span, token));
        }
        return result;
    }

    // Masks contacts inside every string of an unknown column's JSON value (strings are read decoded, so that
    // JSON escapes and quotes do not hide a number from the extractor).
    private string MaskJson(string json, string adId, List<(ContactKind, string, string)> known, TokenLists tokens)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json);
        if (node is null) return json;
        var result = MaskNode(node, adId, known, tokens);
        return result?.ToJsonString() ?? "null";
    }

    private System.Text.Json.Nodes.JsonNode? MaskNode(
        System.Text.Json.Nodes.JsonNode node, string adId, List<(ContactKind, string, string)> known, TokenLists tokens)
    {
        switch (node)
        {
            case System.Text.Json.Nodes.JsonObject obj:
                foreach (var property in obj.ToList())
                {
                    if (property.Value is not null) obj[property.Key] = MaskNode(property.Value.DeepClone(), adId, known, tokens);
                }
                return obj;
            case System.Text.Json.Nodes.JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is { } item) array[i] = MaskNode(item.DeepClone(), adId, known, tokens);
                }
                return array;
            case System.Text.Json.Nodes.JsonValue value when value.TryGetValue<string>(out var text):
                var spans = new List<ContactSpan>(TextContacts.Find(text));
                AddKnownValues(string.Empty, text, known, [], spans);
                return System.Text.Json.Nodes.JsonValue.Create(Replace(text, Tokenize(RemoveOverlaps(spans), tokens), adId, null, null));
            case System.Text.Json.Nodes.JsonValue number when number.GetValueKind() == System.Text.Json.JsonValueKind.Number:
                // A phone stored as a bare number: mask it as text when it reads as one.
                var literal = number.ToJsonString();
                var found = new List<ContactSpan>(TextContacts.Find(literal));
                AddKnownValues(string.Empty, literal, known, [], found);
                return found.Count == 0
                    ? node
                    : System.Text.Json.Nodes.JsonValue.Create(Replace(literal, Tokenize(RemoveOverlaps(found), tokens), adId, null, null));
            default:
                return node;
        }
    }

    /// <summary>Sorts spans by start and keeps the widest of overlapping ones.</summary>
    private static List<ContactSpan> RemoveOverlaps(List<ContactSpan> spans)
    {
        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : (b.End - b.Start).CompareTo(a.End - a.Start));
        var kept = new List<ContactSpan>(spans.Count);
        foreach (var span in spans)
        {
            if (kept.Count > 0 && span.Start < kept[^1].End)
            {
                if (span.End - span.Start > kept[^1].End - kept[^1].Start) kept[^1] = span;
                continue;
            }
            kept.Add(span);
        }
        return kept;
    }

    /// <summary>
    /// The digits of a text with their positions, a break wherever a letter stands: finds a phone's national digits
    /// even when separated by spaces, punctuation or symbols, in one pass over the text for all of an ad's phones.
    /// </summary>
    private sealed class DigitProjection
    {
        private readonly string _digits;
        private readonly int[] _positions;

        private DigitProjection(string digits, int[] positions)
        {
            _digits = digits;
            _positions = positions;
        }

        public static DigitProjection Of(string text)
        {
            var digits = new StringBuilder(64);
            var positions = new List<int>(64);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsAsciiDigit(c))
                {
                    digits.Append(c);
                    positions.Add(i);
                }
                else if (char.IsLetter(c) && digits.Length > 0 && digits[^1] != '|')
                {
                    digits.Append('|');
                    positions.Add(i);
                }
            }
            return new DigitProjection(digits.ToString(), [.. positions]);
        }

        public void AddMatches(string rawPhone, List<ContactSpan> spans)
        {
            var e164 = PhoneNormalizer.ToE164(rawPhone);
            if (e164 is null) return;
            var national = e164.StartsWith("+1", StringComparison.Ordinal) && e164.Length == 12 ? e164[2..] : e164.TrimStart('+');
            for (var at = _digits.IndexOf(national, StringComparison.Ordinal); at >= 0;
                 at = _digits.IndexOf(national, at + national.Length, StringComparison.Ordinal))
            {
                spans.Add(new ContactSpan(ContactKind.Phone, _positions[at], _positions[at + national.Length - 1] + 1, e164, 1.0));
            }
        }
    }

    // Writes each token in place of its span and records where the token now stands in the stored text.
    private static string Replace(
        string text, List<(ContactSpan Span, string Token)> spans, string adId, string? field, List<EntityOccurrence>? entities)
    {
        if (spans.Count == 0) return text;
        var sb = new StringBuilder(text.Length);
        var position = 0;
        foreach (var (span, token) in spans.OrderBy(s => s.Span.Start))
        {
            if (span.Start < position) continue;
            sb.Append(text, position, span.Start - position);
            if (field is not null)
            {
                entities!.Add(new EntityOccurrence(adId, field, span.Kind, token, sb.Length, sb.Length + token.Length, span.Confidence));
            }
            sb.Append(token);
            position = span.End;
        }
        return sb.Append(text, position, text.Length - position).ToString();
    }

    /// <summary>Distinct tokens per kind in order of first appearance.</summary>
    private sealed class TokenLists
    {
        private readonly List<string> _phones = [];
        private readonly List<string> _emails = [];
        private readonly List<string> _handles = [];
        private readonly List<string> _urls = [];

        public IReadOnlyList<string> Phones => _phones;

        public IReadOnlyList<string> Emails => _emails;

        public IReadOnlyList<string> Handles => _handles;

        public IReadOnlyList<string> Urls => _urls;

        public void Add(ContactKind kind, string token)
        {
            var list = kind switch
            {
                ContactKind.Phone => _phones,
                ContactKind.Email => _emails,
                ContactKind.Handle => _handles,
                _ => _urls,
            };
            if (!list.Contains(token)) list.Add(token);
        }
    }
}
