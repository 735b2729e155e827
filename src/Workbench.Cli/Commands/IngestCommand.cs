using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Workbench.Data;
using Workbench.Store;

namespace Workbench.Cli.Commands;

internal sealed class IngestCommand : Command<IngestCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--in <PATH>")]
        [Description("Source file (.jsonl, .csv, .parquet; .gz accepted for text formats).")]
        public string? In { get; init; }

        [CommandOption("--format <FORMAT>")]
        [Description("jsonl, csv or parquet (default: from the extension).")]
        public string? Format { get; init; }

        [CommandOption("--store <FILE>")]
        [Description("DuckDB store file (default: data/workbench.duckdb).")]
        public string Store { get; init; } = AdStore.DefaultPath;

        [CommandOption("--quarantine <FILE>")]
        [Description("Where to write quarantined rows (default: quarantine/<run>.jsonl beside the store).")]
        public string? Quarantine { get; init; }

        [CommandOption("--force")]
        [Description("Ingest even if this file was ingested before under the same key.")]
        public bool Force { get; init; }

        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(In) ? ValidationResult.Error("--in is required") : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var key = KeyResolver.Required();
        var options = new IngestOptions
        {
            Format = settings.Format is null ? null : AdFormats.Parse(settings.Format),
            QuarantinePath = settings.Quarantine,
            Force = settings.Force,
        };
        using var store = AdStore.Open(settings.Store);
        var result = Run(store, key, settings.In!, options);
        Report(result, store.Path);
        return 0;
    }

    /// <summary>Ingests with a progress display and returns the result.</summary>
    public static IngestResult Run(AdStore store, PseudonymKey key, string path, IngestOptions options)
    {
        var ingestor = new Ingestor(store, key);
        IngestResult? result = null;
        var total = Math.Max(1, new FileInfo(path).Length);
        Progress.Run($"Ingesting {Path.GetFileName(path)}", progress =>
        {
            // Rows are counted, not bytes: the bar shows rows read against a rough estimate from the file size.
            result = ingestor.Ingest(path, options, new Progress<long>(rows => progress(rows, Math.Max(rows, total / 600))));
        });
        return result!;
    }

    public static void Report(IngestResult result, string storePath)
    {
        var c = result.Counts;
        if (result.AlreadyIngested)
        {
            AnsiConsole.MarkupLineInterpolated($"Already ingested as {result.Run.RunId} (same file, same key): nothing written.");
        }
        AnsiConsole.MarkupLineInterpolated($"read {c.Read:N0} = kept {c.Kept:N0} + quarantined {c.Quarantined:N0}");
        if (c.BlankLines > 0) AnsiConsole.MarkupLineInterpolated($"blank lines skipped: {c.BlankLines:N0}");
        if (result.QuarantinePath is not null) AnsiConsole.MarkupLineInterpolated($"quarantine: {result.QuarantinePath}");
        AnsiConsole.MarkupLineInterpolated($"store: {storePath} (run {result.Run.RunId}, key {result.Run.KeyFingerprint})");
    }
}
