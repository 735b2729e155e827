using System.Text;
using Workbench.Data;
using Workbench.Reports;
using Workbench.Store;
using Workbench.Synthetic;

namespace Workbench.Tests.Reports;

/// <summary>
/// What every report-section test starts from: a small synthetic corpus written to a temporary folder, ingested under
/// a throw-away key exactly as real data would be, and a report context over it; then the section's Markdown and HTML.
/// </summary>
internal sealed class SectionRun : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly HtmlReport _html = new("test");
    private readonly StringBuilder _markdown = new();

    /// <summary>Writes and ingests the corpus of <paramref name="options"/>.</summary>
    public SectionRun(SyntheticOptions options)
    {
        SyntheticCorpusWriter.Write(_dir.Path, options);
        Store = AdStore.Open(_dir.File("s.duckdb"));
        new Ingestor(Store, PseudonymKey.FromHex(PseudonymKey.NewHex(), "test"))
            .Ingest(_dir.File("ads.jsonl"), new IngestOptions { QuarantinePath = _dir.File("q.jsonl") });
        Context = new ReportContext(Store, CorpusSummary.Compute(Store), TruthPath, _dir.Path, 1);
    }

    /// <summary>The ingested store.</summary>
    public AdStore Store { get; }

    /// <summary>The report context the section is written with.</summary>
    public ReportContext Context { get; }

    /// <summary>The corpus's truth file (for raw-contact scans and evaluations).</summary>
    public string TruthPath => _dir.File("truth.jsonl");

    /// <summary>The Markdown written so far.</summary>
    public string Markdown => _markdown.ToString();

    /// <summary>The HTML report written so far.</summary>
    public HtmlReport Html => _html;

    /// <summary>Writes <paramref name="section"/> into this run's Markdown and HTML.</summary>
    public void Write(IReportSection section) => section.Write(Context, new ReportWriter(_html, _markdown));

    public void Dispose()
    {
        Store.Dispose();
        _dir.Dispose();
    }
}
