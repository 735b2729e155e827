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
                // ---- issue 5: micro-clusters ----
                bench.AddCommand<BenchClustersCommand>("clusters")
                    .WithDescription("Micro-clusters at 10k, 100k and 1M ads: end-to-end time, ads/s per stage, peak memory and quality.");
                bench.AddCommand<BenchClustersPrepareCommand>("clusters-prepare").IsHidden();
                bench.AddCommand<BenchClustersOneCommand>("clusters-one").IsHidden();
                // ---- end issue 5 ----
            });
            // ---- issue 5: micro-clusters ----
            config.AddCommand<ClustersCommand>("clusters")
                .WithDescription("Micro-clusters with templates (InfoShield-style MDL) and meta-clusters: clusters.csv, templates JSON Lines, store tables.")
                .WithExample("clusters", "--store", "data/workbench.duckdb", "--out", "out/clusters.csv");
            config.AddBranch("eval", eval =>
            {
                eval.SetDescription("Evaluations against known answers and the synthetic corpus's planted truth.");
                eval.AddCommand<EvalClustersCommand>("clusters")
                    .WithDescription("Micro- and meta-cluster quality (ARI, pairwise precision/recall per actor type), the InfoShield known-answer test, update agreement.")
                    .WithExample("eval", "clusters", "--ads", "10000", "--seed", "1");
            });
            // ---- end issue 5 ----
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
