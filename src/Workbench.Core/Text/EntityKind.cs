namespace Workbench.Text;

/// <summary>
/// The kinds of entity the extractors find. The four contact kinds each have their own keyed token at ingest
/// (<c>ph_</c>, <c>em_</c>, <c>hd_</c>, <c>ur_</c>; see DESIGN.md, "Tokens"); the others are never pseudonymized and
/// are reported by <see cref="EntityExtractor"/> only (<see cref="ContactExtractor"/> never returns them).
/// </summary>
public enum EntityKind
{
    /// <summary>A North American phone number; the value is E.164 (<c>+14165550123</c>).</summary>
    Phone,

    /// <summary>An e-mail address; the value is lower-cased <c>name@domain.tld</c>.</summary>
    Email,

    /// <summary>A social-media handle; the value is lower-cased <c>platform:name</c> (WhatsApp: <c>whatsapp:+1…</c>).</summary>
    Handle,

    /// <summary>A web address; the value is the lower-cased URL without trailing punctuation.</summary>
    Url,

    /// <summary>A price with its duration; the value is <c>150 CAD/60min</c>, or <c>150 CAD</c> without a duration.</summary>
    Price,

    /// <summary>A stated age in years; the value is the number (<c>23</c>). Ages under 18 are kept and flagged.</summary>
    Age,

    /// <summary>A person name as advertised; the value is the name in title case (<c>Sasha</c>).</summary>
    Name,

    /// <summary>A Canadian city or one of its aliases; the value is the reference city and province (<c>Montreal, QC</c>).</summary>
    City,

    /// <summary>An indicator cue of the lexicon; the value is <c>category:cue</c> (<c>movement:arrival</c>). A cue, never a verdict.</summary>
    Indicator,
}
