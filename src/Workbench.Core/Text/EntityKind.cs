namespace Workbench.Text;

/// <summary>
/// The kinds of contact the extractors find. Each kind has its own keyed token at ingest
/// (<c>ph_</c>, <c>em_</c>, <c>hd_</c>, <c>ur_</c>; see DESIGN.md, "Tokens").
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
}
