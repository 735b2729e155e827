using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Workbench.Data;
using Workbench.Retrieval;
using Workbench.Text;

namespace Workbench.Cli.Commands;

/// <summary><c>workbench extract</c>: every entity of every ad of a file, one CSV row each; contacts as keyed tokens.</summary>
internal sealed class ExtractCommand : Command<ExtractCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--in <FILE>")]
        [Description("Ads file (JSONL, CSV or Parquet), read with validation; needs WORKBENCH_KEY or WORKBENCH_KEY_FILE for the contact tokens.")]
        public string? In { get; init; }

        [CommandOption("--format <FORMAT>")]
        [Description("Format of --in: jsonl, csv or parquet (default: from the extension).")]
        public string? Format { get; init; }

        [CommandOption("--out <FILE>")]
        [Description("Output CSV: ad_id,field,kind,value,start,end,confidence (default entities.csv).")]
        public string Out { get; init; } = "entities.csv";

        [CommandOption("--min-confidence <P>")]
        [Description("Leave out entities below this confidence (default 0: everything found).")]
        public double MinConfidence { get; init; }

        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(In)) return ValidationResult.Error("--in is required");
            return MinConfidence is < 0 or > 1 ? ValidationResult.Error("--min-confidence must be between 0 and 1") : ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var key = KeyResolver.Required();
        if (!File.Exists(settings.In)) throw new UserError($"{settings.In}: file not found");
        var source = AdSource.Open(settings.In!, settings.Format is null ? null : AdFormats.Parse(settings.Format));
        var options = new EntityExtractionOptions { MinimumConfidence = settings.MinConfidence };
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var directory = Path.GetDirectoryName(Path.GetFullPath(settings.Out));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        long rows = 0;
        using (var writer = new StreamWriter(settings.Out, append: false, new System.Text.UTF8Encoding(false)))
        {
            writer.NewLine = "\n";
            writer.WriteLine(AdEntities.CsvHeader);
            var total = Math.Max(1, new FileInfo(settings.In!).Length / 600);
            Progress.Run($"Extracting {Path.GetFileName(settings.In)}", progress =>
            {
                long ads = 0;
                foreach (var ad in source.Ads())
                {
                    var adRows = AdEntities.FromRaw(ad, key, options).ToList();
                    foreach (var r in adRows) counts[r.Kind] = counts.GetValueOrDefault(r.Kind) + 1;
                    rows += AdEntities.WriteCsv(adRows, writer, header: false);
                    if (++ads % 5_000 == 0) progress(ads, Math.Max(ads, total));
                }
            });
        }
        var c = source.Counts;
        AnsiConsole.MarkupLineInterpolated($"read {c.Read:N0} = kept {c.Kept:N0} + quarantined {c.Quarantined:N0} (quarantined rows are not extracted; 'workbench ingest' records why)");
        var table = new Table().AddColumns("kind", "entities");
        foreach (var (kind, n) in counts) table.AddRow(kind, n.ToString("N0", CultureInfo.InvariantCulture));
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated($"{rows:N0} rows written to {settings.Out} (contacts as keyed tokens, key {key.Fingerprint}; indicator rows are cues, not verdicts)");
        return 0;
    }
}
