using Spectre.Console.Cli;
using Workbench.Cli.Commands;

namespace Workbench.Cli;

/// <summary>The `workbench` command line: verbs, help and the one-line error contract.</summary>
internal static class WorkbenchApp
{
    /// <summary>Runs one command line; returns the exit code (0 ok, 1 bad input, 2 bad arguments).</summary>
    public static int Run(string[] args)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("workbench");
            config.ConfigureConsole(Spectre.Console.AnsiConsole.Console);
            config.PropagateExceptions();
            config.AddCommand<GenerateCommand>("generate")
                .WithDescription("Write the seeded synthetic corpus (ads.jsonl, truth.jsonl, …) with planted ground truth.")
                .WithExample("generate", "--ads", "20000", "--seed", "7", "--out", "data/synthetic");
            config.AddCommand<IngestCommand>("ingest")
                .WithDescription("Validate, pseudonymize and store a JSONL, CSV or Parquet file of ads (bad rows to quarantine).")
                .WithExample("ingest", "--in", "data/synthetic/ads.jsonl", "--store", "data/workbench.duckdb");
            config.AddCommand<DemoCommand>("demo")
                .WithDescription("Generate the default synthetic corpus, ingest it and write a report with charts to out/.");
            config.AddCommand<KeyCommand>("key")
                .WithDescription("Create a new pseudonymization key file (kept outside the repository).")
                .WithExample("key", "--out", "~/.config/workbench/key");
            config.AddBranch("bench", bench =>
            {
                bench.SetDescription("Benchmarks that print figures (never timed tests).");
                bench.AddCommand<BenchIngestCommand>("ingest")
                    .WithDescription("Ads/s for generate and ingest, and peak memory, at 100k and 1M ads.");
                bench.AddCommand<BenchIngestOneCommand>("ingest-one").IsHidden();
                // images (issue 7)
                bench.AddCommand<BenchImagesCommand>("images")
                    .WithDescription("Images/s hashed at 512×512; index build and radius-8 query time at 1M hashes.");
            });
            // ---- images (issue 7): perceptual hashes of local image folders, and their evaluation ----
            config.AddCommand<ImagesCommand>("images")
                .WithDescription("Hash every image under a folder (dHash, pHash) and list the pairs within the match threshold.")
                .WithExample("images", "--in", "data/images", "--out", "out/images");
            config.AddBranch("eval", evaluation =>
            {
                evaluation.SetDescription("Evaluations against planted or generated truth.");
                evaluation.AddCommand<EvalImagesCommand>("images")
                    .WithDescription("Perceptual hashes on generated images with every edit: distances, ROC, chosen threshold.");
            });
            // ---- end images ----
        });

        try
        {
            return app.Run(args);
        }
        catch (Exception ex) when (ex is CommandParseException or CommandRuntimeException)
        {
            Console.Error.WriteLine($"workbench: {ex.Message.Split('\n')[0]} (see --help)");
            return 2;
        }
        catch (Exception ex) when (CliErrors.IsUserError(ex))
        {
            Console.Error.WriteLine($"workbench: {CliErrors.OneLine(ex)}");
            return 1;
        }
    }
}
