namespace Workbench.Data;

/// <summary>The kinds of contact that are pseudonymized at ingest, each with its token prefix.</summary>
public enum ContactKind
{
    /// <summary>A phone number (token prefix <c>ph_</c>, over E.164).</summary>
    Phone,

    /// <summary>An e-mail address (<c>em_</c>, over the lower-cased address).</summary>
    Email,

    /// <summary>A social-media handle (<c>hd_</c>, over the lower-cased <c>platform:name</c>).</summary>
    Handle,

    /// <summary>A URL (<c>ur_</c>, over the lower-cased URL).</summary>
    Url,
}

/// <summary>Token prefixes and field names per <see cref="ContactKind"/>.</summary>
public static class ContactKinds
{
    /// <summary>The token prefix of a kind.</summary>
    public static string Prefix(this ContactKind kind) => kind switch
    {
        ContactKind.Phone => "ph_",
        ContactKind.Email => "em_",
        ContactKind.Handle => "hd_",
        _ => "ur_",
    };

    /// <summary>The lower-case name written to entity tables (<c>phone</c>, <c>email</c>, <c>handle</c>, <c>url</c>).</summary>
    public static string Name(this ContactKind kind) => kind switch
    {
        ContactKind.Phone => "phone",
        ContactKind.Email => "email",
        ContactKind.Handle => "handle",
        _ => "url",
    };

    /// <summary>Whether <paramref name="value"/> has the shape of a token of any kind: prefix and 16 lower-case hex digits.</summary>
    public static bool IsToken(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length == 19 && value[2] == '_' && value[..3] is "ph_" or "em_" or "hd_" or "ur_"
               && value.AsSpan(3).ContainsAnyExcept("0123456789abcdef") is false;
    }
}
