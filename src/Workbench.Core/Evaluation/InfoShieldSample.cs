using Workbench.Clustering;
using Workbench.Data;

namespace Workbench.Evaluation;

/// <summary>
/// The known-answer test of the micro-cluster detector: the seven-document sample published with the InfoShield code
/// (github.com/mengchillee/InfoShield, <c>data/sample_input.csv</c>; see <c>shared/data/infoshield-expected.md</c>).
/// A correct detector finds exactly {1, 2, 3, 4} and {5, 6} and leaves 7 alone.
/// </summary>
/// <remarks>
/// Documents 5 and 6 share a phone number and differ in their URL. In our pipeline both are pseudonymous tokens and
/// neither may be what links the two: <see cref="Ads"/> can give the two documents different tokens, and the texts
/// must still cluster.
/// </remarks>
public static class InfoShieldSample
{
    /// <summary>The expected micro-clusters (ad ids); document 7 is in none.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Expected { get; } = [["1", "2", "3", "4"], ["5", "6"]];

    /// <summary>The raw documents (id, text), as published.</summary>
    public static IReadOnlyList<(string Id, string Text)> Documents { get; } = Load();

    /// <summary>
    /// The documents as pseudonymized ads: the phone number and the URLs replaced by tokens, as ingest would. With
    /// <paramref name="sameTokens"/> false, documents 5 and 6 get different phone and URL tokens.
    /// </summary>
    public static IReadOnlyList<Ad> Ads(bool sameTokens = true)
    {
        var start = new DateTimeOffset(2021, 4, 19, 0, 0, 0, TimeSpan.Zero);
        return [.. Documents.Select((d, i) =>
        {
            var body = d.Text
                .Replace("123.456.7890", i == 5 && !sameTokens ? "ph_00000000000000b6" : "ph_00000000000000a5", StringComparison.Ordinal)
                .Replace("scam.com", "ur_00000000000000c5", StringComparison.Ordinal)
                .Replace("fraud.com", "ur_00000000000000c6", StringComparison.Ordinal);
            return new Ad { AdId = d.Id, PostedAt = start.AddHours(i), Body = body };
        })];
    }

    /// <summary>Runs the detector on <see cref="Ads"/> and compares membership exactly.</summary>
    public static KnownAnswerCheck Check(MicroClusterOptions? options = null, bool sameTokens = true)
    {
        var result = Detect.MicroClusters(Ads(sameTokens), options);
        var found = result.Clusters
            .Select(c => ((IReadOnlyList<string>)[.. c.Members.Order(StringComparer.Ordinal)], c.TemplateText))
            .OrderBy(c => c.Item1[0], StringComparer.Ordinal)
            .ToList();
        var passed = found.Count == Expected.Count && found.Zip(Expected).All(p => p.First.Item1.SequenceEqual(p.Second));
        return new KnownAnswerCheck(passed, Expected, found);
    }

    private static List<(string, string)> Load()
    {
        using var stream = typeof(InfoShieldSample).Assembly.GetManifestResourceStream("Workbench.Evaluation.infoshield-sample.csv")
            ?? throw new InvalidOperationException("the InfoShield sample is missing from the assembly");
        using var reader = new StreamReader(stream);
        var rows = new List<(string, string)>();
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var comma = line.IndexOf(',', StringComparison.Ordinal);
            if (comma < 0) continue;
            rows.Add((line[..comma].Trim(), line[(comma + 1)..]));
        }
        return rows;
    }
}
