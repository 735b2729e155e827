namespace Workbench.Interactive;

/// <summary>
/// How a result type shows in a notebook: the extension point through which each capability (clusters with their
/// templates, graphs, anomalies, …) adds its display. Implement <see cref="WorkbenchFormatter{T}"/> and add an
/// instance to <see cref="WorkbenchFormatters.Defaults"/>.
/// </summary>
public interface IWorkbenchFormatter
{
    /// <summary>The type shown (values of derived types and implementations use it too).</summary>
    Type Type { get; }

    /// <summary>The HTML fragment for <paramref name="value"/>: self-contained, no external resources, tokens only.</summary>
    string ToHtml(object value);
}
