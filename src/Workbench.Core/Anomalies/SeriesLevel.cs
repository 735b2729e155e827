namespace Workbench.Anomalies;

/// <summary>The kind of region a series counts: a city, a province or a site.</summary>
public enum SeriesLevel
{
    /// <summary>A reference city (aliases resolved with <see cref="Reference.CanadaGeography"/>).</summary>
    City,

    /// <summary>A two-letter province code.</summary>
    Province,

    /// <summary>A site.</summary>
    Site,
}

/// <summary>What a series counts per period.</summary>
public enum SeriesMetric
{
    /// <summary>Ads posted.</summary>
    Ads,

    /// <summary>Distinct advertisers (phone-linked units, or clusters when given) posting.</summary>
    Advertisers,

    /// <summary>Advertisers seen in this region for the first time (whether or not seen elsewhere before).</summary>
    NewArrivals,

    /// <summary>New arrivals never seen anywhere before (first appearance in the whole corpus).</summary>
    NewAnywhere,
}
