using System.Text.RegularExpressions;
using Workbench.Reports.Sections;
using Workbench.Tests.Reports;
using Workbench.Synthetic;

namespace Workbench.Tests.Graphs;

public class GraphSectionTests
{
    [Fact]
    public void The_section_reports_the_graph_draws_a_meta_cluster_and_the_corridors_and_carries_no_raw_contact()
    {
        // Given: a small synthetic corpus, ingested
        using var run = new SectionRun(new SyntheticOptions { Ads = 3_000, Seed = 3 });

        // When
        run.Write(new GraphSection());

        // Then: tables, the network view and both corridor charts, the caution, and no raw contact anywhere
        var text = run.Markdown;
        Assert.Contains("Louvain communities (seeded)", text);
        Assert.Contains("One meta-cluster and the tokens that link it", text);
        Assert.Contains("| from | to | moves |", text);
        Assert.Contains("never a finding about the people behind the ads", text);
        Assert.Equal(3, run.Html.ChartCount);
        var all = RawContactScan.WithoutPlotly(text + run.Html.ToHtml());
        var scan = RawContactScan.FromTruthFiles([run.TruthPath]);
        Assert.NotEmpty(scan.Phones);
        Assert.Empty(scan.FindIn(all));
        Assert.DoesNotMatch(new Regex(@"\b\d{3}[-. ]\d{3}[-. ]\d{4}\b"), text);
    }
}
