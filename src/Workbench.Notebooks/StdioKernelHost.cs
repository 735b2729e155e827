using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Connection;
using Workbench.Interactive;

namespace Workbench.Notebooks;

/// <summary>
/// A .NET Interactive kernel host speaking the stdio protocol (one JSON envelope per line), the route by which VS
/// Code's Polyglot Notebooks extension runs our kernel: FSharp.Core is pinned here, so Plotly.NET 6 charts render
/// (they fail in the stock <c>dotnet-interactive</c> tool), and the workbench's formatters are registered up front.
/// </summary>
/// <remarks>
/// Behaves as the stock <c>dotnet-interactive [vscode] stdio</c> does (DESIGN.md): <c>KernelReady</c> first, HTML as
/// the default display, <c>Quit</c> honoured, proxy kernels for VS Code. One difference keeps the client from
/// hanging: the protocol reader silently drops command types it does not know, so this host answers those itself,
/// <c>RequestCodeExpansionInfos</c> with an empty list and anything else with <c>CommandFailed</c>.
/// </remarks>
public static class StdioKernelHost
{
    /// <summary>Serves <paramref name="input"/> and <paramref name="output"/> until the input ends or a <c>Quit</c> arrives.</summary>
    public static async Task RunAsync(TextReader input, TextWriter output, KernelHostOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        options ??= new KernelHostOptions();
        if (options.WorkingDirectory is not null) Environment.CurrentDirectory = Path.GetFullPath(options.WorkingDirectory);

        var writer = TextWriter.Synchronized(output);
        var ended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var kernel = WorkbenchKernel.Create();
        WorkbenchFormatters.Register();
        kernel.UseQuitCommand(() =>
        {
            ended.TrySetResult();
            return Task.CompletedTask;
        });

        var sender = KernelCommandAndEventSender.FromTextWriter(writer, KernelHost.CreateHostUriForCurrentProcessId());
        var receiver = new KernelCommandAndEventReceiver(async token =>
        {
            while (true)
            {
                var line = await input.ReadLineAsync(token).ConfigureAwait(false);
                if (line is null)
                {
                    ended.TrySetResult();
                    await Task.Delay(Timeout.Infinite, token).ConfigureAwait(false);
                }
                if (string.IsNullOrWhiteSpace(line)) continue;
                if (Read(line!, writer) is { } read) return read;
            }
        });
        using var host = kernel.UseHost(sender, receiver, new Uri("kernel://vscode"));
        if (options.VsCode)
        {
            await host.ConnectProxyKernelOnDefaultConnectorAsync("vscode", new Uri("kernel://vscode/vscode"), ["frontend"]).ConfigureAwait(false);
            await host.ConnectProxyKernelOnDefaultConnectorAsync("javascript", new Uri("kernel://webview/javascript"), ["js"]).ConfigureAwait(false);
        }
        var serving = host.ConnectAndWaitAsync();
        // While the user reads the notebook, compile once and serialize one chart on the side (no kernel events), so
        // that the first cell and the first chart do not pay for the C# compiler's and Plotly.NET's start-up alone.
        _ = Task.Run(WarmUp, stop.Token);
        using (stop.Token.Register(() => ended.TrySetCanceled()))
        {
            await Task.WhenAny(serving, ended.Task).ConfigureAwait(false);
        }
        receiver.Dispose();
    }

    private static async Task WarmUp()
    {
        try
        {
            await Microsoft.CodeAnalysis.CSharp.Scripting.CSharpScript.EvaluateAsync<int>("1 + 1").ConfigureAwait(false);
            _ = Plotly.NET.GenericChart.toJson(Plotly.NET.CSharp.Chart.Point<int, int, string>(x: [1], y: [1]));
        }
#pragma warning disable CA1031 // A failed warm-up only means a slower first cell.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    /// <summary>Parses one line; answers unknown commands itself and returns null for them.</summary>
    private static CommandOrEvent? Read(string line, TextWriter writer)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(line);
        }
        catch (JsonException)
        {
            return null;
        }
        if (node is not JsonObject envelope) return null;
        if (envelope.ContainsKey("commandType"))
        {
            try
            {
                return new CommandOrEvent(KernelCommandEnvelope.Deserialize(line).Command);
            }
            catch (KeyNotFoundException)
            {
                var type = envelope["commandType"]?.GetValue<string>();
                if (type == "RequestCodeExpansionInfos")
                {
                    Answer(writer, envelope, "CodeExpansionInfosProduced", new JsonObject { ["codeExpansionInfos"] = new JsonArray() });
                    Answer(writer, envelope, "CommandSucceeded", new JsonObject { ["executionOrder"] = 0 });
                }
                else
                {
                    Answer(writer, envelope, "CommandFailed", new JsonObject { ["message"] = $"command type '{type}' is not supported by the workbench kernel" });
                }
                return null;
            }
        }
        return new CommandOrEvent(KernelEventEnvelope.Deserialize(line).Event, false);
    }

    private static void Answer(TextWriter writer, JsonObject command, string eventType, JsonObject body)
    {
        var answer = new JsonObject
        {
            ["event"] = body,
            ["eventType"] = eventType,
            ["command"] = command.DeepClone(),
            ["routingSlip"] = new JsonArray(),
        };
        writer.WriteLine(answer.ToJsonString());
        writer.Flush();
    }
}
