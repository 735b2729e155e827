namespace Workbench.Clustering;

/// <summary>Where one ad landed: one row of <c>clusters.csv</c> (<c>data-schemas/clusters-csv.md</c>).</summary>
/// <param name="AdId">The ad.</param>
/// <param name="PostedAt">When it was posted (UTC), for time charts.</param>
/// <param name="MicroClusterId">Its micro-cluster, or −1.</param>
/// <param name="TemplateId">Its micro-cluster's template, or −1.</param>
/// <param name="MetaClusterId">Its meta-cluster, or −1.</param>
/// <param name="Score">Its micro-cluster's compression rate (0 when in none).</param>
public sealed record AdAssignment(string AdId, DateTimeOffset PostedAt, int MicroClusterId, int TemplateId, int MetaClusterId, double Score);
