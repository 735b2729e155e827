namespace Workbench.Reports;

/// <summary>
/// One capability's part of the demo report. Each detector joins the main job by adding a section: it runs on the
/// store, writes its headings, tables and charts, and says what its figures do and do not mean.
/// </summary>
public interface IReportSection
{
    /// <summary>Heading of the section.</summary>
    string Title { get; }

    /// <summary>Runs the capability on the context's store and writes its results.</summary>
    void Write(ReportContext context, ReportWriter writer);
}
