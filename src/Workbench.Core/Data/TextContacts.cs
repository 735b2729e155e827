using Workbench.Text;

namespace Workbench.Data;

/// <summary>Adapts the text layer's extractor (<see cref="ContactExtractor"/>) to the pseudonymizer's spans.</summary>
public static class TextContacts
{
    /// <summary>Contacts of a title and a body, found together so that a phone split between them is caught.</summary>
    public static FieldContacts FindAcross(string title, string body)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(body);
        var found = ContactExtractor.ExtractAcross(title, body);
        return new FieldContacts(Convert(found.Title), Convert(found.Body));
    }

    /// <summary>Contacts of one text.</summary>
    public static IReadOnlyList<ContactSpan> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert(ContactExtractor.Extract(text));
    }

    /// <summary>The E.164 number of a raw phone value from a contact field: the extractor's reading, else its digits.</summary>
    public static string NormalizePhone(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        // Fast path: a scraper's field usually holds a plain valid number.
        if (PhoneNormalizer.ToE164(raw) is { Length: 12 } plain && plain.StartsWith("+1", StringComparison.Ordinal)
            && NanpNumbering.IsValid(plain.AsSpan(2)))
        {
            return plain;
        }
        foreach (var entity in ContactExtractor.Extract(raw))
        {
            if (ContactExtractor.PhoneOf(entity) is { } phone) return phone;
        }
        return PhoneNormalizer.ToE164(raw) ?? raw.Trim().ToLowerInvariant();
    }

    private static ContactSpan[] Convert(IReadOnlyList<TextEntity> entities)
    {
        var spans = new ContactSpan[entities.Count];
        for (var i = 0; i < spans.Length; i++)
        {
            var e = entities[i];
            var kind = e.Kind switch
            {
                EntityKind.Phone => ContactKind.Phone,
                EntityKind.Email => ContactKind.Email,
                EntityKind.Handle => ContactKind.Handle,
                _ => ContactKind.Url,
            };
            spans[i] = new ContactSpan(kind, e.Start, e.End, e.Value, e.Confidence);
        }
        return spans;
    }
}
