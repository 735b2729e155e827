using Workbench.Data;
using Workbench.Store;
using Workbench.Synthetic;

namespace Workbench.Interactive;

/// <summary>The data a notebook starts from, in one call each.</summary>
public static class NotebookData
{
    /// <summary>
    /// Generates the seeded synthetic corpus into <paramref name="folder"/> and ingests it into a fresh store there:
    /// validation, quarantine and pseudonymization run exactly as for real data. The key is the environment's
    /// (<c>WORKBENCH_KEY</c>/<c>WORKBENCH_KEY_FILE</c>) or, failing that, a new key for this session only, so
    /// tokens link ads within the session and mean nothing outside it.
    /// </summary>
    /// <param name="ads">Number of ads.</param>
    /// <param name="seed">Seed of the corpus: the same seed and size give the same ads.</param>
    /// <param name="folder">A git-ignored folder (the notebooks use <c>../data/notebooks/…</c>).</param>
    public static AdStore Synthetic(int ads, int seed, string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentOutOfRangeException.ThrowIfLessThan(ads, 1);
        Directory.CreateDirectory(folder);
        var storePath = Path.Combine(folder, "notebook.duckdb");
        foreach (var stale in new[] { storePath, storePath + ".wal" }) File.Delete(stale);
        var corpus = Path.Combine(folder, "corpus");
        SyntheticCorpusWriter.Write(corpus, new SyntheticOptions { Ads = ads, Seed = seed });
        var key = PseudonymKey.FromEnvironment()
                  ?? PseudonymKey.FromHex(PseudonymKey.NewHex(), "notebook session (synthetic data only)");
        var store = AdStore.Open(storePath);
        new Ingestor(store, key).Ingest(Path.Combine(corpus, "ads.jsonl"), new IngestOptions
        {
            QuarantinePath = Path.Combine(folder, "quarantine.jsonl"),
        });
        return store;
    }
}
