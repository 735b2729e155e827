namespace Workbench.Synthetic;

/// <summary>
/// The seeded synthetic corpus with planted ground truth (<c>shared/data/synthetic-corpus.md</c>): ads that look
/// like scraped escort ads to every detector, each paired with the hidden structure that lets us score detectors.
/// </summary>
/// <remarks>
/// Generation has two passes. The first plans the population (events, actors, lifetimes, personas, phones, trips)
/// and counts each actor's posts from a schedule that is a pure function of (actor, day), adding actors of each type
/// until that type's share of <see cref="SyntheticOptions.Ads"/> is reached, so the count is exact. The second walks the
/// window day by day, evaluates the same schedule for the actors active that day, sorts the day's posts by time and
/// writes them. Memory grows with actors and with one day of posts, never with the corpus; time is linear in ads.
/// </remarks>
public static class SyntheticCorpus
{
    // Local hour-of-day weights: quiet in the early morning, rising through the afternoon, peaking in the evening.
    private static readonly double[] HourWeights =
        [3, 2, 1.5, 1, 0.8, 0.8, 1, 1.5, 2.5, 3.5, 4.5, 5, 5, 5, 5, 5.5, 6, 6.5, 7, 7.5, 8, 8, 7, 5];

    private static readonly double[] HourCumulative = Cumulative(HourWeights);

    /// <summary>
    /// Streams exactly <see cref="SyntheticOptions.Ads"/> ads with their truth, in posting-time order (day by day),
    /// identical for the same options. The sequence is lazy and can be enumerated more than once.
    /// </summary>
    /// <exception cref="ArgumentException">An option is out of range (the message names it).</exception>
    public static IEnumerable<SyntheticAd> Generate(SyntheticOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return Stream(options);
    }

    /// <summary>The events planted for these options (with their planted extra ads), without generating the ads.</summary>
    public static IReadOnlyList<PlantedEvent> Events(SyntheticOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return SyntheticPlan.Build(options).Events;
    }

    private static IEnumerable<SyntheticAd> Stream(SyntheticOptions options)
    {
        // The plan is built on first enumeration, one per enumeration, so that enumerations never share state.
        foreach (var ad in Stream(SyntheticPlan.Build(options))) yield return ad;
    }

    internal static IEnumerable<SyntheticAd> Stream(SyntheticPlan plan)
    {
        foreach (var actor in plan.Actors) actor.Emitted = 0;
        var composer = new AdComposer(plan);
        foreach (var spec in Schedule(plan))
        {
            yield return composer.Compose(spec);
        }
    }

    /// <summary>The posts of the whole window, day by day, each day's posts sorted by time.</summary>
    internal static IEnumerable<AdSpec> Schedule(SyntheticPlan plan)
    {
        var o = plan.Options;
        var actors = plan.Actors;
        // Counting sort of actors by their first active day.
        var starts = new int[o.WindowDays + 1];
        foreach (var a in actors) starts[a.First + 1]++;
        for (var d = 0; d < o.WindowDays; d++) starts[d + 1] += starts[d];
        var byFirst = new int[actors.Count];
        var fill = (int[])starts.Clone();
        foreach (var a in actors) byFirst[fill[a.First]++] = a.Index;

        var active = new List<Actor>();
        var specs = new List<AdSpec>();
        var buffer = new short[SyntheticPlan.MaxPostsPerDay];
        for (var day = 0; day < o.WindowDays; day++)
        {
            for (var k = starts[day]; k < starts[day + 1]; k++) active.Add(actors[byFirst[k]]);
            specs.Clear();
            foreach (var a in active)
            {
                var left = a.Cap - a.Emitted;
                if (left <= 0) continue;
                var n = Math.Min(left, plan.Posts(a, day, buffer));
                for (var j = 0; j < n; j++)
                {
                    var persona = buffer[j];
                    var ordinal = a.Emitted + j;
                    var (city, trip) = Place(plan, a, persona, day, ordinal);
                    var rng = new HashRng(SeedMix.Hash(a.Seed, 0x71E, (ulong)day, (ulong)j));
                    var hour = Array.BinarySearch(HourCumulative, rng.NextDouble() * HourCumulative[^1]);
                    if (hour < 0) hour = ~hour;
                    var local = (Math.Min(hour, 23) * 3600) + rng.Next(3600);
                    var utc = ((local - plan.Geography.UtcOffsetSeconds(city, plan.Dst[day])) % 86400 + 86400) % 86400;
                    specs.Add(new AdSpec(a.Index, day, utc, persona, ordinal, j, city, trip));
                }
                a.Emitted += n;
            }
            active.RemoveAll(a => a.Last <= day);
            specs.Sort(static (x, y) =>
            {
                var c = x.Second.CompareTo(y.Second);
                if (c != 0) return c;
                c = x.Actor.CompareTo(y.Actor);
                return c != 0 ? c : x.Slot.CompareTo(y.Slot);
            });
            foreach (var spec in specs) yield return spec;
        }
    }

    private static (int City, int Trip) Place(SyntheticPlan plan, Actor a, int persona, int day, int ordinal)
    {
        switch (a.Type)
        {
            case ActorType.Spam:
                return (a.CityPool![ordinal % a.CityPool.Length], -1);
            case ActorType.Organized:
            {
                var stay = Actor.StayOn(a.Personas[persona].Itinerary, day);
                return stay is { } s ? (s.City, s.Trip) : (a.Home, -1);
            }
            case ActorType.Independent:
            {
                var stay = Actor.StayOn(a.Itinerary, day);
                return stay is { } s ? (s.City, s.Trip) : (a.Home, -1);
            }
            default:
                return (a.Home, -1);
        }
    }

    private static double[] Cumulative(double[] weights)
    {
        var c = new double[weights.Length];
        var total = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            total += weights[i];
            c[i] = total;
        }
        return c;
    }
}
