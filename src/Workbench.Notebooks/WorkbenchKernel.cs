using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Formatting;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace Workbench.Notebooks;

/// <summary>
/// The kernel both the headless runner and the stdio host use: a <see cref="CompositeKernel"/> holding one C#
/// kernel with the kernel helpers, <c>#r "nuget:…"</c> and <c>#!import</c> (which the notebooks' shared setup uses).
/// </summary>
/// <remarks>
/// It runs in our own process, where FSharp.Core is pinned to 10.1.403, so Plotly.NET 6 charts work in cells (they
/// fail inside the stock <c>dotnet-interactive</c> tool, see DESIGN.md).
/// </remarks>
public static class WorkbenchKernel
{
    /// <summary>Name of the C# kernel.</summary>
    public const string CSharp = "csharp";

    /// <summary>Creates the kernel and sets the display defaults (HTML, plain text for strings).</summary>
    public static CompositeKernel Create()
    {
        ConfigureFormatting();
        var csharp = new CSharpKernel()
            .UseKernelHelpers()
            .UseValueSharing()
            .UseNugetDirective((kernel, references) =>
            {
                kernel.AddAssemblyReferences(references.SelectMany(r => r.AssemblyPaths));
                return Task.CompletedTask;
            });
        var composite = new CompositeKernel { csharp };
        composite.DefaultKernelName = CSharp;
        return composite.UseImportMagicCommand();
    }

    /// <summary>What the stock tool does too: HTML by default, strings as plain text.</summary>
    public static void ConfigureFormatting()
    {
        Formatter.DefaultMimeType = HtmlFormatter.MimeType;
        Formatter.SetPreferredMimeTypesFor(typeof(string), PlainTextFormatter.MimeType);
    }
}
