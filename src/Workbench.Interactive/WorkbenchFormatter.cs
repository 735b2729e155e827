namespace Workbench.Interactive;

/// <summary>A typed <see cref="IWorkbenchFormatter"/>.</summary>
/// <typeparam name="T">The type shown.</typeparam>
public abstract class WorkbenchFormatter<T> : IWorkbenchFormatter
{
    /// <inheritdoc />
    public Type Type => typeof(T);

    /// <summary>The HTML fragment for <paramref name="value"/>.</summary>
    public abstract string ToHtml(T value);

    /// <inheritdoc />
    public string ToHtml(object value) => ToHtml((T)value);
}
