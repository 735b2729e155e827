namespace Workbench.Clustering;

/// <summary>What a link token is: a pseudonymous contact token or an image hash.</summary>
public enum LinkKind
{
    /// <summary>A phone token (<c>ph_…</c>).</summary>
    Phone,

    /// <summary>An e-mail token (<c>em_…</c>).</summary>
    Email,

    /// <summary>A handle token (<c>hd_…</c>).</summary>
    Handle,

    /// <summary>A URL token (<c>ur_…</c>).</summary>
    Url,

    /// <summary>An image's perceptual hash (16 hex digits).</summary>
    Image,
}
