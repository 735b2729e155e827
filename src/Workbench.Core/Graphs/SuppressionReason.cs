namespace Workbench.Graphs;

/// <summary>Why a token does not link (<see cref="HubOptions"/>).</summary>
public enum SuppressionReason : byte
{
    /// <summary>It links.</summary>
    None,

    /// <summary>Its kind is switched off.</summary>
    KindOff,

    /// <summary>On more than <see cref="HubOptions.HubMaxAds"/> ads.</summary>
    TooManyAds,

    /// <summary>Joins more than <see cref="HubOptions.HubMaxUnits"/> micro-clusters or lone ads.</summary>
    TooManyUnits,

    /// <summary>An image joining more than <see cref="HubOptions.StockImageMaxIdentities"/> otherwise unlinked contact identities.</summary>
    StockImage,

    /// <summary>A micro-cluster (text template) whose ads carry more than <see cref="HubOptions.SharedTemplateMaxIdentities"/> unlinked contact identities.</summary>
    SharedTemplate,
}
