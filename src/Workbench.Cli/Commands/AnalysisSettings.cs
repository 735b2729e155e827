using System.ComponentModel;
using Spectre.Console.Cli;
using Workbench.Data;
using Workbench.Store;

namespace Workbench.Cli.Commands;

/// <summary>
/// The input every analysis verb takes (DESIGN.md): <c>--in FILE</c>, ingested on the fly into a temporary store,
/// or <c>--store FILE</c>, an existing store.
/// </summary>
internal class AnalysisSettings : CommandSettings
{
    [CommandOption("--in <FILE>")]
    [Description("Ads file (JSONL, CSV or Parquet), validated and pseudonymized on the fly (needs WORKBENCH_KEY or WORKBENCH_KEY_FILE).")]
    public string? In { get; init; }

    [CommandOption("--format <FORMAT>")]
    [Description("Format of --in: jsonl, csv or parquet (default: from the extension).")]
    public string? Format { get; init; }

    [CommandOption("--store <FILE>")]
    [Description("An existing DuckDB store written by 'workbench ingest'.")]
    public string? Store { get; init; }

    public override Spectre.Console.ValidationResult Validate()
    {
        if ((In is null) == (Store is null)) return Spectre.Console.ValidationResult.Error("give exactly one of --in FILE or --store FILE");
        return Spectre.Console.ValidationResult.Success();
    }

    /// <summary>Opens the store to analyse; for <c>--in</c>, a temporary store that is deleted with the returned handle.</summary>
    public AnalysisInput Open()
    {
        if (Store is not null)
        {
            if (!File.Exists(Store)) throw new UserError($"{Store}: store not found (create it with 'workbench ingest')");
            return new AnalysisInput(AdStore.Open(Store), null);
        }
        var key = KeyResolver.Required();
        var dir = Path.Combine(Path.GetTempPath(), "workbench-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dir);
        var store = AdStore.Open(Path.Combine(dir, "store.duckdb"));
        var result = IngestCommand.Run(store, key, In!, new IngestOptions
        {
            Format = Format is null ? null : AdFormats.Parse(Format),
            QuarantinePath = Path.Combine(dir, "quarantine.jsonl"),
        });
        var c = result.Counts;
        Console.Error.WriteLine($"{In}: read {c.Read:N0} = kept {c.Kept:N0} + quarantined {c.Quarantined:N0}");
        return new AnalysisInput(store, dir);
    }
}

/// <summary>An open store for one analysis, with the temporary folder to remove afterwards, if any.</summary>
internal sealed class AnalysisInput(AdStore store, string? temporaryDirectory) : IDisposable
{
    public AdStore Store { get; } = store;

    public void Dispose()
    {
        Store.Dispose();
        if (temporaryDirectory is not null)
        {
            try { Directory.Delete(temporaryDirectory, recursive: true); } catch (IOException) { }
        }
    }
}
