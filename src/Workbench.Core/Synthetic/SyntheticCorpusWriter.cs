using System.Globalization;
using System.Text;
using Workbench.Data;

namespace Workbench.Synthetic;

/// <summary>
/// Writes a synthetic corpus to a directory: <c>ads.jsonl</c> (the visible ads, via <see cref="AdJsonWriter"/>),
/// <c>truth.jsonl</c> (one line per ad, same order), <c>events.csv</c>, <c>detection-lists.csv</c> and
/// <c>detection-lists-truth.json</c>. The same options give byte-identical files; the summary carries their SHA-256.
/// </summary>
public static class SyntheticCorpusWriter
{
    /// <summary>File names, in the order the summary lists them.</summary>
    public const string AdsFile = "ads.jsonl";

    /// <summary>The truth file: one line per ad, in the order of <see cref="AdsFile"/>.</summary>
    public const string TruthFile = "truth.jsonl";

    /// <summary>The planted events.</summary>
    public const string EventsFile = "events.csv";

    /// <summary>The MSE detection lists, shaped like <c>mse-uk-2013.csv</c>.</summary>
    public const string DetectionListsFile = "detection-lists.csv";

    /// <summary>The true population behind the detection lists and the lists' definitions.</summary>
    public const string DetectionListsTruthFile = "detection-lists-truth.json";

    /// <summary>
    /// Generates and writes the corpus, streaming (memory does not grow with the number of ads), computing the
    /// validation report on the way. <paramref name="progress"/> receives the number of ads written every 10,000 ads.
    /// </summary>
    /// <exception cref="ArgumentException">An option is out of range, or <paramref name="directory"/> is empty.</exception>
    public static SyntheticCorpusSummary Write(string directory, SyntheticOptions options, IProgress<long>? progress = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Directory.CreateDirectory(directory);

        var plan = SyntheticPlan.Build(options);
        var accumulator = new ValidationAccumulator(plan);
        var files = new List<SyntheticFile>();

        var adsPath = Path.Combine(directory, AdsFile);
        var truthPath = Path.Combine(directory, TruthFile);
        var adsStream = new HashingStream(Open(adsPath));
        var truthStream = new HashingStream(Open(truthPath));
        long written = 0;
        // Buffers in front of the hashing streams, so that the hash and the file see 64 KiB blocks, not one line at a time.
        using (var adsBuffer = new BufferedStream(adsStream, 1 << 16))
        using (var truthBuffer = new BufferedStream(truthStream, 1 << 16))
        using (var ads = new AdJsonWriter(adsBuffer, ownsStream: false))
        using (var truth = new TruthJsonWriter(truthBuffer))
        {
            foreach (var item in SyntheticCorpus.Stream(plan))
            {
                ads.Write(item.Ad);
                truth.Write(item.Truth);
                accumulator.Add(item);
                if (++written % 10_000 == 0) progress?.Report(written);
            }
        }
        progress?.Report(written);
        files.Add(Close(AdsFile, adsPath, adsStream));
        files.Add(Close(TruthFile, truthPath, truthStream));

        files.Add(WriteAll(directory, EventsFile, Encoding.UTF8.GetBytes(EventsCsv(plan.Events))));
        var lists = DetectionLists.Simulate(plan);
        files.Add(WriteAll(directory, DetectionListsFile, Encoding.UTF8.GetBytes(DetectionLists.ToCsv(lists))));
        files.Add(WriteAll(directory, DetectionListsTruthFile, DetectionLists.TruthJson(lists, options)));

        return new SyntheticCorpusSummary(
            directory, (int)written, plan.Actors.Count(a => a.Planned > 0), plan.PersonaCount, plan.TripCount, lists.Population,
            plan.Events, files, accumulator.Build());
    }

    /// <summary>The events as CSV: id, name, city, province, first and last day, whether it happened, uplift, extra ads.</summary>
    internal static string EventsCsv(IReadOnlyList<PlantedEvent> events)
    {
        var sb = new StringBuilder("event_id,name,city,province,start,end,happened,uplift,extra_ads\n");
        foreach (var e in events)
        {
            sb.Append(CultureInfo.InvariantCulture,
                $"{e.Id},{e.Name},{e.City},{e.Province},{e.StartDate:yyyy-MM-dd},{e.EndDate:yyyy-MM-dd},{(e.Happened ? "yes" : "no")},{e.Uplift:0.000},{e.ExtraAds}\n");
        }
        return sb.ToString();
    }

    private static FileStream Open(string path) => new(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1);

    private static SyntheticFile Close(string name, string path, HashingStream stream)
    {
        stream.Dispose(); // already flushed and closed by the buffer in front of it; idempotent
        return new SyntheticFile(name, path, stream.Length, stream.Finish());
    }

    private static SyntheticFile WriteAll(string directory, string name, byte[] content)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllBytes(path, content);
        return new SyntheticFile(name, path, content.Length, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)));
    }
}
