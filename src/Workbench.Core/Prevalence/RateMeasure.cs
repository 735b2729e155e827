namespace Workbench.Prevalence;

/// <summary>What a rate counts. All of them count advertising activity, never people.</summary>
public enum RateMeasure
{
    /// <summary>Ads posted.</summary>
    Ads,

    /// <summary>Distinct phone-linked advertisers: ads that share a phone token, directly or through other ads, count once.</summary>
    Advertisers,

    /// <summary>Distinct clusters (needs an <see cref="IClusterAssignment"/>).</summary>
    Clusters,

    /// <summary>Distinct clusters with a signal of organized activity (needs an <see cref="IClusterAssignment"/>).</summary>
    ClustersWithSignal,
}
