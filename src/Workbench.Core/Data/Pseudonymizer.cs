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

    /// <summary>Pseudonymizes one raw ad.</summary>
    public PseudonymizedAd Apply(Ad raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var entities = new List<EntityOccurrence>();
        var tokens = new TokenLists();
        var known = new List<(ContactKind Kind, string Raw, string Token)>();

        AddListField(raw, AdFields.Phones, ContactKind.Phone, raw.Phones, v => PhoneNormalizer.ToE164(v) ?? v.Trim().ToLowerInvariant(), entities, tokens, known);
        AddListField(raw, AdFields.Emails, ContactKind.Email, raw.Emails, v => v.Trim().ToLowerInvariant(), entities, tokens, known);
        AddListField(raw, AdFields.Handles, ContactKind.Handle, raw.Handles, PhoneNormalizer.Handle, entities, tokens, known);
        AddListField(raw, AdFields.Urls, ContactKind.Url, raw.Urls, v => v.Trim().ToLowerInvariant(), entities, tokens, known);

        var title = raw.Title ?? string.Empty;
        var joined = title.Length == 0 ? raw.Body : title + "\n" + raw.Body;
        var spans = FindAll(joined, known);
        var titleSpans = new List<(ContactSpan Span, string Token)>();
        var bodySpans = new List<(ContactSpan Span, string Token)>();
        var bodyOffset = title.Length == 0 ? 0 : title.Length + 1;
        foreach (var span in spans)
        {
            var token = Token(span.Kind, span.Value);
            tokens.Add(span.Kind, token);
            if (title.Length > 0 && span.Start < title.Length)
            {
                titleSpans.Add((span with { End = Math.Min(span.End, title.Length) }, token));
            }
            if (span.End > bodyOffset)
            {
                var start = Math.Max(span.Start, bodyOffset) - bodyOffset;
                bodySpans.Add((span with { Start = start, End = span.End - bodyOffset }, token));
            }
        }
        var maskedTitle = Replace(title, titleSpans, raw.AdId, AdFields.Title, entities);
        var maskedBody = Replace(raw.Body, bodySpans, raw.AdId, AdFields.Body, entities);

        var extras = raw.Extras;
        if (Options.MaskExtras && extras.Count > 0)
        {
            var masked = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (name, json) in extras)
            {
                var found = FindAll(json, known).Select(s => (s, Token(s.Kind, s.Value))).ToList();
                foreach (var (span, token) in found) tokens.Add(span.Kind, token);
                masked[name] = Replace(json, found, raw.AdId, null, null);
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

    private List<ContactSpan> FindAll(string text, List<(ContactKind Kind, string Raw, string Token)> known)
    {
        if (text.Length == 0) return [];
        var spans = new List<ContactSpan>(Options.FindContacts(text));
        foreach (var (kind, rawValue, _) in known)
        {
            if (kind == ContactKind.Phone)
            {
                AddDigitMatches(text, rawValue, spans);
                continue;
            }
            var value = rawValue.Trim();
            if (value.Length < 3) continue;
            for (var at = text.IndexOf(value, StringComparison.OrdinalIgnoreCase); at >= 0;
                 at = text.IndexOf(value, at + value.Length, StringComparison.OrdinalIgnoreCase))
            {
                var normalized = kind switch
                {
                    ContactKind.Handle => PhoneNormalizer.Handle(value),
                    _ => value.ToLowerInvariant(),
                };
                spans.Add(new ContactSpan(kind, at, at + value.Length, normalized, 1.0));
            }
        }
        return [.. ContactFinder.RemoveOverlaps(spans)];
    }

    // Finds the phone's national digits in the text even when separated by spaces, punctuation or symbols: the
    // digits of each letter-free stretch are projected into one string and searched there.
    private static void AddDigitMatches(string text, string rawPhone, List<ContactSpan> spans)
    {
        var e164 = PhoneNormalizer.ToE164(rawPhone);
        if (e164 is null) return;
        var national = e164.StartsWith("+1", StringComparison.Ordinal) && e164.Length == 12 ? e164[2..] : e164.TrimStart('+');
        var digits = new StringBuilder();
        var positions = new List<int>();
        for (var i = 0; i <= text.Length; i++)
        {
            var atEnd = i == text.Length;
            if (!atEnd && char.IsAsciiDigit(text[i]))
            {
                digits.Append(text[i]);
                positions.Add(i);
                continue;
            }
            if (!atEnd && !char.IsLetter(text[i])) continue;
            var projected = digits.ToString();
            for (var at = projected.IndexOf(national, StringComparison.Ordinal); at >= 0;
                 at = projected.IndexOf(national, at + national.Length, StringComparison.Ordinal))
            {
                spans.Add(new ContactSpan(ContactKind.Phone, positions[at], positions[at + national.Length - 1] + 1, e164, 1.0));
            }
            digits.Clear();
            positions.Clear();
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
