using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Workbench.Synthetic;

/// <summary>
/// Simulated detection lists for multiple systems estimation (MSE): which planted personas each of 4–6 agencies
/// (police, NGO, hotline, ad flagging, health outreach, shelter) came to know, with capture probabilities 0.05–0.3,
/// chosen dependencies and one pair of lists that never overlap, so that an estimate can be compared with the true
/// number. The output has the shape of <c>shared/data/mse-uk-2013.csv</c> (Silverman 2014): one 0/1 column per list and
/// a count, one row per observed capture pattern.
/// </summary>
internal static class DetectionLists
{
    internal sealed record ListDefinition(string Code, string Name, double Capture, string Rule);

    internal static readonly ListDefinition[] All =
    [
        new("PO", "police", 0.10, "0.10; 0.15 for personas of organized actors; 0.30 when also known to the hotline (positive dependency HL -> PO)"),
        new("NG", "ngo", 0.20, "0.20"),
        new("HL", "hotline", 0.06, "0.06 (drawn first)"),
        new("AF", "ad_flagging", 0.25, "0.25; 0.30 for personas of organized actors; 0 when known to the hotline (no overlap with HL)"),
        new("HO", "health_outreach", 0.12, "0.12; 0.30 when also known to the NGO (positive dependency NG -> HO)"),
        new("SH", "shelter", 0.08, "0.08"),
    ];

    internal sealed record Result(int Lists, int Population, int Observed, int[] PatternCounts, int[] ListCounts);

    /// <summary>The population: every planted persona of a non-spam actor (spam names are stolen, not people).</summary>
    public static Result Simulate(SyntheticPlan plan)
    {
        var k = plan.Options.DetectionLists;
        var patterns = new int[1 << k];
        var listCounts = new int[k];
        var population = 0;
        var seed = SeedMix.Hash((ulong)(uint)plan.Options.Seed, 0x35E);
        foreach (var actor in plan.Actors)
        {
            // Spam names are not people; an actor whose ads all went to planted unusual actors never posted.
            if (actor.Type == ActorType.Spam || actor.Planned == 0) continue;
            var organized = actor.Type == ActorType.Organized;
            foreach (var persona in actor.Personas)
            {
                population++;
                var r = SeedMix.Random(SeedMix.Hash(seed, (ulong)persona.Id));
                var hl = r.NextDouble() < 0.06;
                var po = r.NextDouble() < (hl ? 0.30 : organized ? 0.15 : 0.10);
                var ng = r.NextDouble() < 0.20;
                var af = !hl & r.NextDouble() < (organized ? 0.30 : 0.25);
                var ho = r.NextDouble() < (ng ? 0.30 : 0.12);
                var sh = r.NextDouble() < 0.08;
                Span<bool> captured = [po, ng, hl, af, ho, sh];
                var pattern = 0;
                for (var i = 0; i < k; i++)
                {
                    if (!captured[i]) continue;
                    pattern |= 1 << (k - 1 - i); // first list is the most significant bit
                    listCounts[i]++;
                }
                patterns[pattern]++;
            }
        }
        var observed = population - patterns[0];
        return new Result(k, population, observed, patterns, listCounts);
    }

    /// <summary>CSV with one 0/1 column per list and a count, rows ordered as the UK file: by number of lists, then list order.</summary>
    public static string ToCsv(Result result)
    {
        var k = result.Lists;
        var sb = new StringBuilder();
        for (var i = 0; i < k; i++) sb.Append(All[i].Code).Append(',');
        sb.Append("count\n");
        var order = Enumerable.Range(1, (1 << k) - 1)
            .Where(p => result.PatternCounts[p] > 0)
            .OrderBy(p => System.Numerics.BitOperations.PopCount((uint)p))
            .ThenByDescending(p => p);
        foreach (var p in order)
        {
            for (var i = 0; i < k; i++) sb.Append((p >> (k - 1 - i)) & 1).Append(',');
            sb.Append(result.PatternCounts[p].ToString(CultureInfo.InvariantCulture)).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>The truth behind the lists: population size, list definitions, dependencies, the zero-overlap pair.</summary>
    public static byte[] TruthJson(Result result, SyntheticOptions options)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("seed", options.Seed);
            json.WriteNumber("population", result.Population);
            json.WriteString("population_definition", "planted personas of non-spam actors (independent, collective, organized, spa) in the corpus plan");
            json.WriteNumber("observed", result.Observed);
            json.WriteStartArray("lists");
            for (var i = 0; i < result.Lists; i++)
            {
                var list = All[i];
                json.WriteStartObject();
                json.WriteString("code", list.Code);
                json.WriteString("name", list.Name);
                json.WriteNumber("base_capture_probability", list.Capture);
                json.WriteString("rule", list.Rule);
                json.WriteNumber("captured", result.ListCounts[i]);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("dependencies");
            WriteDependency(json, "HL", "PO", "positive", "known to the hotline raises police capture from 0.10 to 0.30");
            WriteDependency(json, "HL", "AF", "exclusive", "never both: the pair with no overlap");
            if (result.Lists >= 5) WriteDependency(json, "NG", "HO", "positive", "known to the NGO raises health-outreach capture from 0.12 to 0.30");
            json.WriteEndArray();
            json.WriteStartArray("zero_overlap_pair");
            json.WriteStringValue("HL");
            json.WriteStringValue("AF");
            json.WriteEndArray();
            json.WriteString("heterogeneity", "personas of organized actors are more likely to be known to the police and to ad flagging");
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static void WriteDependency(Utf8JsonWriter json, string a, string b, string kind, string rule)
    {
        json.WriteStartObject();
        json.WriteStartArray("lists");
        json.WriteStringValue(a);
        json.WriteStringValue(b);
        json.WriteEndArray();
        json.WriteString("kind", kind);
        json.WriteString("rule", rule);
        json.WriteEndObject();
    }
}
