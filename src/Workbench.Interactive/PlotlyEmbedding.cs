using System.Globalization;
using Workbench.Reports;

namespace Workbench.Interactive;

/// <summary>
/// Embeds plotly.js once per notebook: the first chart displayed in a document carries the library (about 3.6 MB),
/// every later chart only its JSON, so a notebook with ten charts is barely bigger than one with a single chart.
/// </summary>
/// <remarks>
/// Outputs of one notebook share a page (VS Code's output view, Jupyter's page), so the library the first chart
/// defined serves the others. Chart ids are sequence numbers, so the same notebook run twice writes the same outputs.
/// The headless runner calls <see cref="Reset"/> before each notebook; in an interactive session, call it after
/// clearing all outputs so that the next chart brings the library again.
/// </remarks>
public static class PlotlyEmbedding
{
    private static readonly Lock Gate = new();
    private static bool _embedded;
    private static int _charts;

    /// <summary>Starts a new document: the next chart embeds plotly.js and chart numbering restarts.</summary>
    public static void Reset()
    {
        lock (Gate)
        {
            _embedded = false;
            _charts = 0;
        }
    }

    /// <summary>Whether plotly.js has been embedded in the current document.</summary>
    public static bool Embedded
    {
        get { lock (Gate) return _embedded; }
    }

    /// <summary>
    /// The script element that defines <c>window.Plotly</c>, hiding AMD/CommonJS loaders (Jupyter's require.js)
    /// so that plotly.js always lands on the page's global object.
    /// </summary>
    public static string ScriptElement() =>
        "<script type=\"text/javascript\">(function(){var define=undefined,module=undefined,exports=undefined;\n"
        + HtmlReport.PlotlyScript.Value + "\n}).call(window);</script>\n";

    /// <summary>Claims the next chart: its element id, and whether it must carry plotly.js.</summary>
    internal static (string Id, bool WithLibrary) Next()
    {
        lock (Gate)
        {
            var withLibrary = !_embedded;
            _embedded = true;
            return ("wb-chart-" + (++_charts).ToString(CultureInfo.InvariantCulture), withLibrary);
        }
    }
}
