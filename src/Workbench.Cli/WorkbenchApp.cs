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
            config.AddBranch("notebooks", notebooks =>
            {
                notebooks.SetDescription("Run notebooks headless; keep their library folder current.");
                notebooks.AddCommand<NotebooksRunCommand>("run")
                    .WithDescription("Run .ipynb/.dib notebooks top to bottom in a C# kernel; stop at the first failing cell.")
                    .WithExample("notebooks", "run", "notebooks/00-quickstart.ipynb", "--param", "ads=5000", "--write-outputs");
                notebooks.AddCommand<NotebooksPublishCommand>("publish")
                    .WithDescription("Publish the library folder notebooks reference (environment/.published) if it is out of date.");
            });
            config.AddCommand<FiguresCommand>("figures")
                .WithDescription("Regenerate every paper figure (chart JSON, data, PNG/SVG via headless Chromium, HTML) with a manifest.")
                .WithExample("figures", "--out", "out/figures", "--format", "png,svg,html");
            config.AddCommand<KernelCommand>("kernel")
                .WithDescription("The stdio kernel host for VS Code's Polyglot Notebooks extension (see README, Notebooks).")
                .WithExample("kernel", "[[vscode]]", "stdio", "--working-dir", "notebooks");
            config.AddCommand<ExtractCommand>("extract")
                .WithDescription("Write every entity of every ad (contacts as keyed tokens, prices, ages, names, cities, indicator cues) to a CSV.")
                .WithExample("extract", "--in", "data/synthetic/ads.jsonl", "--out", "entities.csv");
            config.AddCommand<SearchCommand>("search")
                .WithDescription("Full-text search (BM25, fields, phrases, fuzzy) and near-duplicate search (--like) over the pseudonymized ads.")
                .WithExample("search", "--store", "data/workbench.duckdb", "--query", "\"new in town\" AND city:calgary")
                .WithExample("search", "--store", "data/workbench.duckdb", "--like", "ad-0000123");
            config.AddCommand<AnomaliesCommand>("anomalies")
                .WithDescription("Rises in ads, advertisers and new arrivals per city, province and site; unusual clusters.")
                .WithExample("anomalies", "--store", "data/workbench.duckdb", "--out", "out/anomalies");
            config.AddCommand<PrevalenceCommand>("prevalence")
                .WithDescription("Rates of advertising activity by province, metro and week with intervals, and advertisers never seen (MSE).")
                .WithExample("prevalence", "--store", "data/workbench.duckdb", "--out", "out/prevalence");
            config.AddCommand<MseCommand>("mse")
                .WithDescription("Multiple-systems estimation on a capture table; prints model,n_observed,n_hat,lower,upper as CSV.")
                .WithExample("mse", "--in", "../shared/data/mse-uk-2013.csv", "--model", "stepwise", "--p-stop", "0.05");
            config.AddBranch("bench", bench =>
            {
                bench.SetDescription("Benchmarks that print figures (never timed tests).");
                bench.AddCommand<BenchIngestCommand>("ingest")
                    .WithDescription("Ads/s for generate and ingest, and peak memory, at 100k and 1M ads.");
                bench.AddCommand<BenchIngestOneCommand>("ingest-one").IsHidden();
                bench.AddCommand<BenchNotebooksCommand>("notebooks")
                    .WithDescription("Notebooks cold and warm, kernel start and first chart, per-figure export time, executed notebook size.");
                bench.AddCommand<BenchExtractCommand>("extract")
                    .WithDescription("Entity extraction ads/s and allocations per ad; full-text and near-duplicate indexing ads/s.");
                bench.AddCommand<BenchAnomaliesCommand>("anomalies")
                    .WithDescription("Time for every city series of a 1M-ad corpus (target under 10 s) and for cluster scoring.");
                bench.AddCommand<BenchPrevalenceCommand>("prevalence")
                    .WithDescription("Time to fit all stepwise models for 6 lists and rates for a 1M-ad corpus.");
                bench.AddCommand<BenchImagesCommand>("images")
                    .WithDescription("Images/s hashed at 512×512; index build and radius-8 query time at 1M hashes.");
                bench.AddCommand<BenchGraphCommand>("graph")
                    .WithDescription("Entity graph, communities and cluster features at 100k and 1M ads: time and peak memory.");
                bench.AddCommand<BenchClustersCommand>("clusters")
                    .WithDescription("Micro-clusters at 10k, 100k and 1M ads: end-to-end time, ads/s per stage, peak memory and quality.");
                bench.AddCommand<BenchReviewCommand>("review")
                    .WithDescription("Labels to 0.9 recall, active vs random; label write latency embedded and PostgreSQL; queue refresh for ~10k clusters.");
                bench.AddCommand<BenchClustersPrepareCommand>("clusters-prepare").IsHidden();
                bench.AddCommand<BenchClustersOneCommand>("clusters-one").IsHidden();
            });
            config.AddCommand<GraphCommand>("graph")
                .WithDescription("Entity graph of ads, tokens and micro-clusters: components, communities, cluster features, movement.");
            config.AddCommand<ClustersCommand>("clusters")
                .WithDescription("Micro-clusters with templates (InfoShield-style MDL) and meta-clusters: clusters.csv, templates JSON Lines, store tables.")
                .WithExample("clusters", "--store", "data/workbench.duckdb", "--out", "out/clusters.csv");
            config.AddBranch("labels", labels =>
            {
                labels.SetDescription("Review labels: add, export and import as CSV, verify the audit log, show the review queue.");
                labels.AddCommand<LabelAddCommand>("add")
                    .WithDescription("Rate one ad or cluster 1–5 per category with a rationale (appended to the audit log).")
                    .WithExample("labels", "add", "--labels", "labels.db", "--target", "12", "--organized", "4", "--rationale", "one template, five names", "--reviewer", "rv_01");
                labels.AddCommand<LabelsExportCommand>("export").WithDescription("Current labels to CSV (no raw identifiers).");
                labels.AddCommand<LabelsImportCommand>("import").WithDescription("Labels from CSV into a store (ids already there are skipped).");
                labels.AddCommand<LabelsAuditCommand>("audit").WithDescription("Verify the audit log's hash chain; optionally write it as JSON Lines.");
                labels.AddCommand<ReviewQueueCommand>("queue")
                    .WithDescription("The next micro-clusters to review (uncertainty + diversity), with the reason each is queued.")
                    .WithExample("labels", "queue", "--store", "data/workbench.duckdb", "--labels", "labels.db", "--top", "20");
                labels.AddCommand<LabelsWriterCommand>("writer").IsHidden();
            });
            config.AddCommand<ImagesCommand>("images")
                .WithDescription("Hash every image under a folder (dHash, pHash) and list the pairs within the match threshold.")
                .WithExample("images", "--in", "data/images", "--out", "out/images");

            // ---- eval: quality against labelled data and planted truth (each evaluation adds one command) ----
            config.AddBranch("eval", eval =>
            {
                eval.SetDescription("Quality measures against labelled sets and the synthetic corpus's planted truth.");
                eval.AddCommand<EvalExtractCommand>("extract")
                    .WithDescription("Precision and recall per entity kind on the labelled extraction sets.");
                eval.AddCommand<EvalImagesCommand>("images")
                    .WithDescription("Perceptual hashes on generated images with every edit: distances, ROC, chosen threshold.");
                eval.AddCommand<EvalAnomaliesCommand>("anomalies")
                    .WithDescription("Spike detection against planted events; ranks of unusual actors.")
                    .WithExample("eval", "anomalies", "--ads", "200000", "--seed", "1");
                eval.AddCommand<EvalGraphCommand>("graph")
                    .WithDescription("Meta-cluster and movement recovery of the entity graph against the planted truth.");
                eval.AddCommand<EvalClustersCommand>("clusters")
                    .WithDescription("Micro- and meta-cluster quality (ARI, pairwise precision/recall per actor type), the InfoShield known-answer test, update agreement.")
                    .WithExample("eval", "clusters", "--ads", "10000", "--seed", "1");
                eval.AddCommand<EvalReviewCommand>("review")
                    .WithDescription("Active learning vs random order answered by a truth oracle: learning curves, labels to 0.9 recall, weak supervision, bias audit.")
                    .WithExample("eval", "review", "--ads", "10000", "--seed", "1");
            });
            // ---- end eval ----
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
