using System.IO.Pipes;
using System.Text;
using System.Text.Json.Nodes;
using Workbench.Notebooks;

namespace Workbench.Tests.Notebooks;

/// <summary>Drives the stdio kernel host over its protocol, as VS Code's Polyglot Notebooks extension does.</summary>
[Collection("notebooks")]
public sealed class KernelHostTests : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly AnonymousPipeServerStream _toHost = new(PipeDirection.Out);
    private readonly AnonymousPipeServerStream _fromHost = new(PipeDirection.In);
    private readonly StreamWriter _send;
    private readonly StreamReader _receive;
    private readonly Task _host;
    private int _tokens;

    public KernelHostTests()
    {
        var hostIn = new StreamReader(new AnonymousPipeClientStream(PipeDirection.In, _toHost.ClientSafePipeHandle), new UTF8Encoding(false));
        var hostOut = new StreamWriter(new AnonymousPipeClientStream(PipeDirection.Out, _fromHost.ClientSafePipeHandle), new UTF8Encoding(false)) { AutoFlush = true };
        _send = new StreamWriter(_toHost, new UTF8Encoding(false)) { AutoFlush = true };
        _receive = new StreamReader(_fromHost, new UTF8Encoding(false));
        _host = Task.Run(() => StdioKernelHost.RunAsync(hostIn, hostOut, new KernelHostOptions { VsCode = true }));
    }

    [Fact]
    public async Task The_host_says_ready_then_runs_a_cell_and_sends_a_chart_as_offline_html()
    {
        // Given the host has announced itself
        var ready = await NextAsync(e => e["eventType"]?.GetValue<string>() == "KernelReady");
        Assert.Contains("csharp", ready.ToJsonString());

        // When a cell that makes a Plotly chart is submitted
        var plotly = typeof(Plotly.NET.GenericChart).Assembly.Location;
        var csharp = typeof(Plotly.NET.CSharp.Chart).Assembly.Location;
        var events = await SubmitAsync($"#r \"{plotly}\"\n#r \"{csharp}\"\nPlotly.NET.CSharp.Chart.Column<int, string, string>(values: new[] {{ 3, 1 }}, Keys: new[] {{ \"ON\", \"QC\" }})");

        // Then the display event holds the chart's HTML with plotly.js inline, and the command succeeds
        Assert.Equal("CommandSucceeded", events[^1]["eventType"]!.GetValue<string>());
        var display = events.Single(e => e["eventType"]!.GetValue<string>() is "ReturnValueProduced" or "DisplayedValueProduced");
        var html = display["event"]!["formattedValues"]!.AsArray().Single(v => v!["mimeType"]!.GetValue<string>() == "text/html")!["value"]!.GetValue<string>();
        Assert.Contains("window.Plotly.newPlot", html);
        Assert.Contains("plotly.js v2", html);
        Assert.Contains("\"QC\"", html);
    }

    [Fact]
    public async Task A_failing_cell_reports_the_compiler_error()
    {
        await NextAsync(e => e["eventType"]?.GetValue<string>() == "KernelReady");
        var events = await SubmitAsync("int x = \"text\";");
        Assert.Equal("CommandFailed", events[^1]["eventType"]!.GetValue<string>());
        Assert.Contains("CS0029", events[^1]["event"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_command_the_protocol_reader_does_not_know_is_answered_not_dropped()
    {
        await NextAsync(e => e["eventType"]?.GetValue<string>() == "KernelReady");
        await _send.WriteLineAsync("""{"token":"x-1","commandType":"RequestCodeExpansionInfos","command":{"targetKernelName":"csharp"},"routingSlip":[]}""");
        var produced = await NextAsync(e => e["command"]?["token"]?.GetValue<string>() == "x-1");
        Assert.Equal("CodeExpansionInfosProduced", produced["eventType"]!.GetValue<string>());
        var done = await NextAsync(e => e["command"]?["token"]?.GetValue<string>() == "x-1");
        Assert.Equal("CommandSucceeded", done["eventType"]!.GetValue<string>());

        await _send.WriteLineAsync("""{"token":"x-2","commandType":"SomethingNew","command":{},"routingSlip":[]}""");
        var failed = await NextAsync(e => e["command"]?["token"]?.GetValue<string>() == "x-2");
        Assert.Equal("CommandFailed", failed["eventType"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_host_ends_when_its_input_ends()
    {
        await NextAsync(e => e["eventType"]?.GetValue<string>() == "KernelReady");
        _send.Close();
        await _host.WaitAsync(Patience);
        Assert.True(_host.IsCompletedSuccessfully);
    }

    private async Task<List<JsonNode>> SubmitAsync(string code)
    {
        var token = $"t-{++_tokens}";
        var command = new JsonObject
        {
            ["token"] = token,
            ["commandType"] = "SubmitCode",
            ["command"] = new JsonObject { ["code"] = code, ["targetKernelName"] = "csharp" },
            ["routingSlip"] = new JsonArray(),
        };
        await _send.WriteLineAsync(command.ToJsonString());
        var events = new List<JsonNode>();
        while (true)
        {
            var e = await NextAsync(n => n["command"]?["token"]?.GetValue<string>() == token);
            events.Add(e);
            if (e["eventType"]!.GetValue<string>() is "CommandSucceeded" or "CommandFailed") return events;
        }
    }

    private async Task<JsonNode> NextAsync(Func<JsonNode, bool> wanted)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            var line = await _receive.ReadLineAsync(timeout.Token) ?? throw new EndOfStreamException("the host closed its output");
            var node = JsonNode.Parse(line);
            if (node is not null && wanted(node)) return node;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try { _send.Dispose(); } catch (IOException) { }
        try { await _host.WaitAsync(Patience); } catch (Exception ex) when (ex is TimeoutException or OperationCanceledException) { }
        _receive.Dispose();
        _toHost.Dispose();
        _fromHost.Dispose();
    }
}
