using System.Text.RegularExpressions;
using Workbench.Reports.Sections;
using Workbench.Tests.Reports;
using Workbench.Synthetic;

namespace Workbench.Tests.Anomalies;

public class AnomalySectionTests
{
    [Fact]
    public void The_section_reports_windows_event_effects_unusual_clusters_and_the_caution()
    {
        // Given: a small synthetic corpus with planted events, ingested
        using var run = new SectionRun(new SyntheticOptions { Ads = 3_000, Seed = 3 });

        // When
        run.Write(new AnomalySection());

        // Then
        var text = run.Markdown;
        Assert.Contains("| region | start | end | metric | effect [interval] | q |", text);
        Assert.Contains("Against the planted events", text);
        Assert.Contains("reason to look at the ads, not a finding about anyone", text);
        Assert.True(run.Html.ChartCount >= 2);
        var all = text + run.Html.ToHtml();
        Assert.DoesNotMatch(new Regex(@"\b\d{3}[-. ]\d{3}[-. ]\d{4}\b"), text);
        Assert.DoesNotContain("@", text);
        Assert.Contains("stack", all);
    }
}
