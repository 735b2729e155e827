using Microsoft.DotNet.Interactive.Formatting;

namespace Workbench.Interactive;

/// <summary>
/// The workbench's notebook displays, registered with .NET Interactive's formatter. Kernel extensions in packages
/// are no longer loaded automatically, so a notebook's shared setup calls <see cref="Register"/> once.
/// </summary>
public static class WorkbenchFormatters
{
    /// <summary>
    /// Every display of the workbench. A capability adds its own here (one line): clusters with their templates and
    /// highlighted slots, graphs, anomalies, review queues each bring an <see cref="IWorkbenchFormatter"/>.
    /// </summary>
    public static IReadOnlyList<IWorkbenchFormatter> Defaults { get; } =
    [
        new AdFormatter(),
        new AdListFormatter(),
        new DataFrameFormatter(),
        new ChartFormatter(),
        new CorpusSummaryFormatter(),
    ];

    /// <summary>Registers <see cref="Defaults"/> (and any <paramref name="more"/>) for <c>text/html</c>.</summary>
    public static void Register(params IWorkbenchFormatter[] more)
    {
        ArgumentNullException.ThrowIfNull(more);
        foreach (var formatter in Defaults.Concat(more))
        {
            var f = formatter;
            Formatter.Register(f.Type, (value, context) =>
            {
                context.Writer.Write(f.ToHtml(value));
                return true;
            }, HtmlFormatter.MimeType);
        }
    }
}
