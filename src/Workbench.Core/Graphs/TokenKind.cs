namespace Workbench.Graphs;

/// <summary>What a token node of the <see cref="EntityGraph"/> stands for.</summary>
public enum TokenKind : byte
{
    /// <summary>A phone token (<c>ph_…</c>).</summary>
    Phone,

    /// <summary>An e-mail token (<c>em_…</c>).</summary>
    Email,

    /// <summary>A handle token (<c>hd_…</c>).</summary>
    Handle,

    /// <summary>A URL token (<c>ur_…</c>).</summary>
    Url,

    /// <summary>An image's perceptual hash.</summary>
    Image,

    /// <summary>Membership of a micro-cluster (its number as the token).</summary>
    MicroCluster,
}
