using System.Globalization;
using Workbench.Reference;

namespace Workbench.Synthetic;

/// <summary>
/// The planted population behind a corpus: events, actors with their lifetimes, personas, phones and itineraries,
/// and the posting schedule. Built in one counting pass so that the corpus has exactly <see cref="SyntheticOptions.Ads"/>
/// ads: actors of each type are added until their type's budget of ads is reached, the last one capped.
/// </summary>
/// <remarks>
/// The schedule (<see cref="Posts"/>) is a pure function of (actor, day), drawn from a counter-based generator, so the
/// counting pass and the streaming pass see the same posts without storing them; memory grows with actors only.
/// </remarks>
internal sealed class SyntheticPlan
{
    public const int MaxPostsPerDay = 256;

    public SyntheticOptions Options { get; }
    public SyntheticGeography Geography { get; }
    public double[] Season { get; }
    public bool[] Dst { get; }
    public int[] Month { get; }
    public DateTime StartUtc { get; }
    public List<Actor> Actors { get; } = [];
    public List<PlantedEvent> Events { get; } = [];
    public List<(int City, int FromDay, int ToDay)> EventPlaces { get; } = [];
    public Dictionary<(int From, int To), int> Flows { get; } = [];
    public ulong[] StockImages { get; }
    public int PersonaCount { get; private set; }
    public int TripCount { get; private set; }
    public int[] TypeBudgets { get; } = new int[5];
    private readonly ulong _seed;

    private static readonly (string Name, string City, int Month, int Day)[] EventAnchors =
    [
        ("Montreal Grand Prix", "Montreal", 6, 13),
        ("Calgary Stampede", "Calgary", 7, 7),
        ("Toronto Caribbean Carnival", "Toronto", 8, 1),
        ("Toronto International Film Festival", "Toronto", 9, 14),
        ("Grey Cup", "Winnipeg", 11, 15),
    ];

    private SyntheticPlan(SyntheticOptions options)
    {
        Options = options;
        _seed = SeedMix.Hash(0x5EED5EEDUL, (ulong)(uint)options.Seed);
        Geography = new SyntheticGeography(options.OntarioQuebecUplift);
        StartUtc = options.Start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        Season = new double[options.WindowDays];
        Dst = new bool[options.WindowDays];
        Month = new int[options.WindowDays];
        for (var d = 0; d < options.WindowDays; d++)
        {
            var date = options.Start.AddDays(d);
            var dow = (int)date.DayOfWeek; // Sunday = 0; peak between Friday and Saturday
            var distance = Math.Abs(dow - 5.5);
            distance = Math.Min(distance, 7 - distance);
            Season[d] = 1.0 + (options.DayOfWeekAmplitude * Math.Cos(2 * Math.PI * distance / 7.0));
            Dst[d] = SyntheticGeography.IsDst(date);
            Month[d] = (date.Year * 12) + date.Month;
        }
        var stockRandom = SeedMix.Random(SeedMix.Hash(_seed, 0x570C));
        StockImages = new ulong[options.StockImagePool];
        for (var i = 0; i < StockImages.Length; i++) StockImages[i] = (ulong)stockRandom.NextInt64() ^ ((ulong)stockRandom.Next() << 63);
    }

    /// <summary>Builds the plan; cost linear in the number of actor-days, memory linear in actors.</summary>
    public static SyntheticPlan Build(SyntheticOptions options)
    {
        var plan = new SyntheticPlan(options);
        plan.Populate();
        return plan;
    }

    private void Populate()
    {
        var o = Options;
        // Exact ads per type by largest remainder.
        var shares = new[] { o.IndependentShare, o.CollectiveShare, o.OrganizedShare, o.SpamShare, o.SpaShare };
        var floors = new int[5];
        var assigned = 0;
        for (var t = 0; t < 5; t++)
        {
            floors[t] = (int)Math.Floor(shares[t] * o.Ads);
            assigned += floors[t];
        }
        var order = Enumerable.Range(0, 5).OrderByDescending(t => (shares[t] * o.Ads) - floors[t]).ThenBy(t => t).ToArray();
        for (var k = 0; assigned < o.Ads; k++, assigned++) floors[order[k % 5]]++;
        Array.Copy(floors, TypeBudgets, 5);
        var remaining = (int[])floors.Clone();

        PlanEvents(remaining);
        var unusual = DrawUnusual(remaining);

        for (var t = 0; t < 5; t++)
        {
            var type = (ActorType)t;
            var cumulative = 0;
            for (var i = 0; cumulative < remaining[t]; i++)
            {
                var actor = CreateBase(type, SeedMix.Hash(_seed, (ulong)t + 1, (ulong)i));
                cumulative += Admit(actor, remaining[t] - cumulative);
            }
        }

        // The unusual actors' ads come out of their type's share: the base population is built as if they did not exist
        // (so every other actor keeps its number, personas, phones and trips), then the last actors of the type give up
        // as many ads as the unusual ones take, and the unusual actors are numbered after everyone else.
        foreach (var b in unusual) Trim(b.Type, b.Ads);
        foreach (var b in unusual) Admit(CreateUnusual(b), b.Ads);
    }

    /// <summary>
    /// Takes <paramref name="ads"/> planned ads from the last base actors of a type, last first; an actor left with none
    /// stays in <see cref="Actors"/> (its number must not move) but posts nothing (<see cref="Actor.Planned"/> 0).
    /// </summary>
    private void Trim(ActorType type, int ads)
    {
        for (var i = Actors.Count - 1; i >= 0 && ads > 0; i--)
        {
            var a = Actors[i];
            if (a.Type != type || a.Event >= 0 || a.Unusual is not null || a.Planned == 0) continue;
            var take = Math.Min(a.Planned, ads);
            a.Planned -= take;
            a.Cap = a.Planned;
            ads -= take;
        }
    }

    /// <summary>Counts an actor's posts, forces one when the schedule gave none, caps it to the budget left, keeps it.</summary>
    private int Admit(Actor actor, int budgetLeft)
    {
        Span<short> buffer = stackalloc short[MaxPostsPerDay];
        var total = 0;
        for (var d = actor.First; d <= actor.Last; d++) total += Posts(actor, d, buffer);
        if (total == 0)
        {
            actor.ForcedDay = actor.First + (int)(SeedMix.Hash(actor.Seed, 0xF0) % (ulong)(actor.Last - actor.First + 1));
            total = Posts(actor, actor.ForcedDay, buffer);
        }
        if (total >= budgetLeft)
        {
            actor.Cap = budgetLeft;
            total = budgetLeft;
        }
        actor.Planned = total;
        Actors.Add(actor);
        return total;
    }

    /// <summary>
    /// The posts of an actor on a window day, as persona indices written to <paramref name="personas"/>; the count is
    /// returned. Deterministic in (actor, day). The first and last days of the planted lifetime always carry a post, so
    /// that the observed lifetime equals the planted one when both ends fall inside the window.
    /// </summary>
    public int Posts(Actor a, int day, Span<short> personas)
    {
        if (day < a.First || day > a.Last) return 0;
        var rng = new HashRng(SeedMix.Hash(a.Seed, 0xDA7, (ulong)(day + 1_000_000)));
        var s = Season[day];
        var forced = day == a.Start || day == a.Start + a.Lifetime - 1 || day == a.ForcedDay;
        var n = 0;
        if (a.PostsByDay is { } fixedPosts)
        {
            // A planted unusual actor: the number of posts per day was fixed when its ads were reserved.
            n = Math.Min(personas.Length, fixedPosts[day - a.First]);
            for (var k = 0; k < n; k++) personas[k] = (short)rng.Next(a.Personas.Length);
            return n;
        }
        switch (a.Type)
        {
            case ActorType.Independent:
            {
                // Independents work some calendar months and pause in others (event visitors always work).
                var share = Options.IndependentActiveMonthShare;
                var working = share >= 1 || a.Event >= 0 || SeedMix.Unit(SeedMix.Hash(a.Seed, 0x304, (ulong)Month[day])) < share;
                var probability = working ? a.Rate * s / Math.Max(share, 1e-9) : 0;
                if (rng.NextDouble() < probability || forced)
                {
                    personas[n++] = 0;
                    if (rng.NextDouble() < 0.08) personas[n++] = 0; // same-day repost on a second site
                }
                break;
            }
            case ActorType.Organized:
                for (short k = 0; k < a.Personas.Length; k++)
                {
                    var p = a.Personas[k];
                    if (day >= p.FromDay && day <= p.ToDay && rng.NextDouble() < a.Rate * s) personas[n++] = k;
                }
                if (n == 0 && forced) personas[n++] = (short)rng.Next(a.Personas.Length);
                break;
            case ActorType.Spam:
                if (rng.NextDouble() < a.Rate * s || forced || day == a.First)
                {
                    n = Options.SpamBurstMinAds + rng.Poisson(Options.SpamBurstExtraAds);
                    // The first burst shows the actor's spread at once: more than 10 cities, more than 5 burner numbers
                    // (two numbers to spare, as one ad in ten shows no phone).
                    if (day == a.First) n = Math.Max(n, Math.Max(a.CityPool!.Length, (Options.SpamMinPhones + 2) * Options.SpamAdsPerPhone));
                    n = Math.Min(personas.Length, n);
                    personas[..n].Clear();
                }
                break;
            default: // collectives and spas post several ads a day on average
                n = Math.Min(personas.Length, rng.Poisson(a.Rate * s));
                if (n == 0 && forced) n = 1;
                personas[..n].Clear();
                break;
        }
        return n;
    }

    // ---------------- events ----------------

    private void PlanEvents(int[] remaining)
    {
        var o = Options;
        var meanSeason = Season.Average();
        for (var k = 0; k < EventAnchors.Length; k++)
        {
            var (name, cityName, month, dayOfMonth) = EventAnchors[k];
            var r = SeedMix.Random(SeedMix.Hash(_seed, 0xE7E7, (ulong)k));
            var length = r.Next(o.EventMinDays, o.EventMaxDays + 1);
            var happened = r.NextDouble() < o.EventProbability;
            var upliftDraw = o.EventUpliftMin + (r.NextDouble() * (o.EventUpliftMax - o.EventUpliftMin));
            // The anchor lies inside the event window, for each year the window touches.
            for (var year = o.Start.Year; year <= o.Start.AddDays(o.WindowDays - 1).Year; year++)
            {
                var anchor = new DateOnly(year, month, dayOfMonth);
                var first = anchor.AddDays(-r.Next(length));
                var fromDay = first.DayNumber - o.Start.DayNumber;
                var toDay = fromDay + length - 1;
                if (toDay < 0 || fromDay >= o.WindowDays) continue;
                fromDay = Math.Max(0, fromDay);
                toDay = Math.Min(o.WindowDays - 1, toDay);
                var city = Geography.IndexOf(cityName);
                var expected = 0.0;
                for (var d = fromDay; d <= toDay; d++)
                {
                    expected += (double)o.Ads / o.WindowDays * Season[d] / meanSeason * Geography.Weights[city] / Geography.TotalWeight;
                }
                var uplift = happened ? Math.Round(upliftDraw, 3) : 1.0;
                var extra = happened ? (int)Math.Round((uplift - 1.0) * expected) : 0;
                var id = "E" + (Events.Count + 1).ToString(CultureInfo.InvariantCulture);
                var eventIndex = Events.Count;
                EventPlaces.Add((city, fromDay, toDay));
                var planted = 0;
                for (var i = 0; planted < extra; i++)
                {
                    var actor = CreateEventActor(eventIndex, city, fromDay, toDay, SeedMix.Hash(_seed, 0xE7A, (ulong)eventIndex, (ulong)i));
                    var t = (int)actor.Type;
                    var budget = Math.Min(extra - planted, remaining[t]);
                    if (budget <= 0) break;
                    var added = Admit(actor, budget);
                    remaining[t] -= added;
                    planted += added;
                }
                Events.Add(new PlantedEvent(
                    id, name, Geography.Cities[city].Name, Geography.Cities[city].Province,
                    o.Start.AddDays(fromDay), o.Start.AddDays(toDay), happened, uplift, planted));
            }
        }
    }

    private Actor CreateEventActor(int eventIndex, int city, int fromDay, int toDay, ulong seed)
    {
        var o = Options;
        var r = SeedMix.Random(seed);
        var type = r.NextDouble() < 0.25 ? ActorType.Organized : ActorType.Independent;
        var visitor = type == ActorType.Organized || r.NextDouble() < o.EventVisitorShare;
        var home = city;
        if (visitor)
        {
            var neighbours = Geography.Neighbours[city];
            do
            {
                home = neighbours.Length > 0 && r.NextDouble() < 0.5 ? neighbours[r.Next(neighbours.Length)] : Geography.SampleCity(r.NextDouble());
            }
            while (home == city);
        }
        var actor = NewActor(type, seed, r, home);
        actor.Start = fromDay;
        actor.Lifetime = toDay - fromDay + 1;
        actor.First = fromDay;
        actor.Last = toDay;
        actor.Event = eventIndex;
        actor.Touring = visitor;
        actor.Rate = type == ActorType.Organized ? o.EventPostProbability * 0.6 : o.EventPostProbability;
        Stay[]? stay = null;
        if (visitor)
        {
            var trip = ++TripCount;
            stay = [new Stay(fromDay, toDay, city, trip)];
            AddFlow(home, city);
            AddFlow(city, home);
        }
        if (type == ActorType.Organized)
        {
            FillOrganized(actor, r, withTrips: false);
            foreach (var p in actor.Personas) p.Itinerary = stay;
        }
        else
        {
            FillIndependent(actor, r);
            actor.Itinerary = stay;
        }
        return actor;
    }

    // ---------------- planted unusual actors ----------------

    /// <summary>An unusual actor drawn before the base population: its kind, schedule and the stream that goes on to fill it.</summary>
    private sealed record UnusualBlueprint(UnusualKind Kind, ActorType Type, ulong Seed, Random Random, int First, int[] PostsByDay)
    {
        public int Ads { get; } = PostsByDay.Sum();
    }

    /// <summary>The actor type whose share an unusual kind's ads come out of, and which its ads look like one by one.</summary>
    public static ActorType TypeOf(UnusualKind kind) => kind switch
    {
        UnusualKind.PhoneChurn => ActorType.Organized,
        UnusualKind.FlashBurst => ActorType.Collective,
        _ => ActorType.Independent,
    };

    /// <summary>
    /// Draws the schedules of the unusual actors from their own seeded stream (so that no other actor's draws move) and
    /// counts their ads against their type's remaining budget (without changing it: see <see cref="Trim"/>). A kind
    /// whose type has too few ads left is not planted.
    /// </summary>
    private List<UnusualBlueprint> DrawUnusual(int[] remaining)
    {
        var o = Options;
        var list = new List<UnusualBlueprint>();
        var reserved = (int[])remaining.Clone();
        var count = o.UnusualActorCount();
        var kinds = Enum.GetValues<UnusualKind>();
        for (var i = 0; i < count; i++)
        {
            var kind = kinds[i % kinds.Length];
            var seed = SeedMix.Hash(_seed, 0x0DD5, (ulong)i);
            var r = SeedMix.Random(seed);
            var posts = kind switch
            {
                UnusualKind.PhoneChurn => Spread(r, 21 + r.Next(40), 20 + r.Next(41)),
                UnusualKind.Teleporting => Daily(r, 10 + r.Next(19)),
                UnusualKind.FlashBurst => Burst(r, 25 + r.Next(36)),
                _ => Spread(r, 20 + r.Next(71), 10 + r.Next(21)),
            };
            var first = r.Next(o.WindowDays - posts.Length + 1);
            var type = TypeOf(kind);
            var b = new UnusualBlueprint(kind, type, seed, r, first, posts);
            if (b.Ads > reserved[(int)type]) continue;
            reserved[(int)type] -= b.Ads;
            list.Add(b);
        }
        return list;
    }

    /// <summary><paramref name="ads"/> posts on days spread uniformly over a span, the first and last days carrying one each.</summary>
    private int[] Spread(Random r, int days, int ads)
    {
        days = Math.Min(days, Options.WindowDays);
        var posts = new int[days];
        posts[0]++;
        if (ads > 1) posts[days - 1]++;
        for (var k = 2; k < ads; k++) posts[r.Next(days)]++;
        return posts;
    }

    /// <summary>A post on most days of a span (0.85), now and then two (0.1); the first and last days always post.</summary>
    private int[] Daily(Random r, int days)
    {
        days = Math.Min(days, Options.WindowDays);
        var posts = new int[days];
        for (var d = 0; d < days; d++)
        {
            var posting = d == 0 || d == days - 1 || r.NextDouble() < 0.85;
            posts[d] = !posting ? 0 : r.NextDouble() < 0.1 ? 2 : 1;
        }
        return posts;
    }

    /// <summary>All ads on one day, or on two consecutive days (half the time), the first taking 50–80%.</summary>
    private static int[] Burst(Random r, int ads)
    {
        if (r.Next(2) == 0) return [ads];
        var first = Math.Clamp((int)Math.Round(ads * (0.5 + (0.3 * r.NextDouble()))), 1, ads - 1);
        return [first, ads - first];
    }

    private Actor CreateUnusual(UnusualBlueprint b)
    {
        var o = Options;
        var r = b.Random;
        var home = Geography.SampleCity(r.NextDouble());
        var actor = NewActor(b.Type, b.Seed, r, home);
        actor.Unusual = b.Kind;
        actor.PostsByDay = b.PostsByDay;
        actor.Start = b.First;
        actor.Lifetime = b.PostsByDay.Length;
        actor.First = b.First;
        actor.Last = b.First + b.PostsByDay.Length - 1;
        switch (b.Kind)
        {
            case UnusualKind.PhoneChurn:
                FillOrganized(actor, r, withTrips: false);
                break;
            case UnusualKind.Teleporting:
                FillIndependent(actor, r);
                actor.Touring = true;
                actor.Itinerary = Teleport(r, home, actor.First, actor.Last);
                break;
            case UnusualKind.FlashBurst:
                FillRoster(actor, r, 2 + Geometric(r, o.CollectiveNamesGeometricP), 30, o.CollectiveMonthlyTurnover);
                actor.Brand = Lexicon.AgencyWords1[r.Next(Lexicon.AgencyWords1.Length)] + " " + Lexicon.AgencyWords2[r.Next(Lexicon.AgencyWords2.Length)];
                actor.Phone = NewPhone(r, home);
                break;
            default:
                FillIndependent(actor, r);
                var pool = new ulong[40 + r.Next(41)];
                for (var i = 0; i < pool.Length; i++) pool[i] = (ulong)r.NextInt64() ^ ((ulong)r.Next(2) << 63);
                actor.Personas[0].Images = pool;
                break;
        }
        return actor;
    }

    /// <summary>
    /// A stay of one or two days at home, then one trip of one- or two-day stops, each in another province and at least
    /// 1,000 km from the last (great-circle): consecutive days' posts imply travel no advertiser manages.
    /// </summary>
    private Stay[] Teleport(Random r, int home, int first, int last)
    {
        const double minKm = 1_000;
        var cities = Geography.Cities;
        var stays = new List<Stay>();
        var homeDays = 1 + r.Next(2);
        stays.Add(new Stay(first, Math.Min(last, first + homeDays - 1), home, -1));
        var day = first + homeDays;
        if (day > last) return [.. stays];
        var trip = ++TripCount;
        var current = home;
        while (day <= last)
        {
            var next = -1;
            double Km(int c) => CanadaGeography.DistanceKm(cities[c].Lat, cities[c].Lon, cities[current].Lat, cities[current].Lon);
            for (var attempt = 0; attempt < 200 && next < 0; attempt++)
            {
                var c = Geography.SampleCity(r.NextDouble());
                if (cities[c].Province != cities[current].Province && Km(c) >= minKm) next = c;
            }
            if (next < 0) next = Enumerable.Range(0, cities.Length).MaxBy(Km);
            var length = 1 + r.Next(2);
            stays.Add(new Stay(day, Math.Min(last, day + length - 1), next, trip));
            AddFlow(current, next);
            current = next;
            day += length;
        }
        return [.. stays];
    }

    /// <summary>A phone-churn actor's number on its k-th ad: a fresh burner nine times in ten, else the previous ad's.</summary>
    public long ChurnPhone(Actor actor, int ordinal)
    {
        var k = ordinal;
        while (k > 0 && SeedMix.Unit(SeedMix.Hash(actor.Seed, 0xC4A7, (ulong)k)) < 0.1) k--;
        var r = new HashRng(SeedMix.Hash(actor.Seed, 0xC4A8, (ulong)k));
        return NewPhone(ref r, actor.Home);
    }

    // ---------------- base actors ----------------

    private Actor CreateBase(ActorType type, ulong seed)
    {
        var o = Options;
        var r = SeedMix.Random(seed);
        var lifetime = SampleLifetime(r);
        // Advertisers start on busy days more often: the start day carries the day-of-week seasonality, so that the
        // posts forced on it (every single-day advertiser's only post) do not flatten the weekly pattern.
        var maxSeason = 1.0 + o.DayOfWeekAmplitude;
        int start;
        do start = r.Next(-(lifetime - 1), o.WindowDays);
        while (start >= 0 && r.NextDouble() * maxSeason > Season[start]);
        var touring = type == ActorType.Independent && r.NextDouble() < o.TouringShare;
        var corridorHome = touring || (type == ActorType.Organized && r.NextDouble() < o.OrganizedCorridorShare);
        var home = corridorHome ? Geography.SampleCorridorCity(r.NextDouble()) : Geography.SampleCity(r.NextDouble());
        var actor = NewActor(type, seed, r, home);
        actor.Start = start;
        actor.Lifetime = lifetime;
        actor.First = Math.Max(0, start);
        actor.Last = Math.Min(o.WindowDays - 1, start + lifetime - 1);
        actor.Touring = touring || (type == ActorType.Organized && corridorHome);
        var spread = Math.Exp((o.RateSpread * Normal(r)) - (o.RateSpread * o.RateSpread / 2));
        actor.Rate = spread * type switch
        {
            ActorType.Independent => o.IndependentPostProbability,
            ActorType.Collective => o.CollectivePostsPerDay,
            ActorType.Organized => o.OrganizedPersonaPostProbability,
            ActorType.Spam => o.SpamBurstProbability,
            _ => o.SpaPostsPerDay,
        };
        switch (type)
        {
            case ActorType.Independent:
                FillIndependent(actor, r);
                if (touring)
                {
                    actor.Itinerary = Itinerary(r, home, actor.First, actor.Last, 7, 30, o.TouringStayMinDays, o.TouringStayMaxDays, 2);
                }
                break;
            case ActorType.Collective:
                FillRoster(actor, r, 2 + Geometric(r, o.CollectiveNamesGeometricP), 30, o.CollectiveMonthlyTurnover);
                actor.Brand = Lexicon.AgencyWords1[r.Next(Lexicon.AgencyWords1.Length)] + " " + Lexicon.AgencyWords2[r.Next(Lexicon.AgencyWords2.Length)];
                actor.Phone = NewPhone(r, home);
                break;
            case ActorType.Organized:
                FillOrganized(actor, r, withTrips: corridorHome);
                break;
            case ActorType.Spam:
                FillSpam(actor, r);
                break;
            default:
                FillRoster(actor, r, 3 + r.Next(3), 14, o.SpaTurnover);
                actor.Brand = Lexicon.SpaWords[r.Next(Lexicon.SpaWords.Length)];
                actor.Address = (10 + r.Next(2000)).ToString(CultureInfo.InvariantCulture) + " " + Lexicon.SpaStreets[r.Next(Lexicon.SpaStreets.Length)];
                actor.Phone = NewPhone(r, home);
                actor.Price = 60 + (10 * r.Next(7));
                break;
        }
        return actor;
    }

    private Actor NewActor(ActorType type, ulong seed, Random r, int home)
    {
        var o = Options;
        var french = r.NextDouble() < Geography.FrenchShare[home];
        var actor = new Actor
        {
            Index = Actors.Count,
            Type = type,
            Seed = seed,
            IdText = "A" + (Actors.Count + 1).ToString("D6", CultureInfo.InvariantCulture),
            Home = home,
            French = french,
            Site = PickSite(r, french, o.Sites),
            Price = 160 + (20 * r.Next(13)),
            ShowsAge = r.NextDouble() < 0.75,
            ShowsEthnicity = r.NextDouble() < 0.5,
        };
        var mode = r.Next(10);
        actor.Incall = mode < 8;
        actor.Outcall = mode >= 5;
        return actor;
    }

    private static int PickSite(Random r, bool french, int sites)
    {
        if (french && sites >= 4 && r.NextDouble() < 0.6) return 3;
        ReadOnlySpan<double> weights = [0.35, 0.3, 0.2, 0.1, 0.05];
        var total = 0.0;
        for (var i = 0; i < sites; i++) total += weights[i];
        var u = r.NextDouble() * total;
        for (var i = 0; i < sites; i++)
        {
            u -= weights[i];
            if (u < 0) return i;
        }
        return 0;
    }

    private void FillIndependent(Actor actor, Random r)
    {
        var o = Options;
        var persona = NewPersona(r, actor.First, actor.Last, younger: false);
        actor.Personas = [persona];
        actor.Phone = NewPhone(r, actor.Home);
        actor.BaseTexts = r.NextDouble() < o.SecondBaseTextProbability ? 2 : 1;
        if (r.NextDouble() < o.AliasProbability)
        {
            string alias;
            do alias = Lexicon.Names[r.Next(Lexicon.Names.Length)];
            while (alias == persona.Name);
            actor.Alias = alias;
        }
        actor.SaysNewInTown = r.NextDouble() < o.NewInTownProbability;
    }

    private void FillOrganized(Actor actor, Random r, bool withTrips)
    {
        var o = Options;
        var count = r.Next(o.OrganizedMinPersonas, o.OrganizedMaxPersonas + 1);
        actor.Personas = new Persona[count];
        for (var k = 0; k < count; k++)
        {
            var p = NewPersona(r, actor.First, actor.Last, younger: true);
            if (withTrips) p.Itinerary = Itinerary(r, actor.Home, actor.First, actor.Last, 2, 10, o.OrganizedStayMinDays, o.OrganizedStayMaxDays, 3);
            actor.Personas[k] = p;
        }
        actor.PhoneSlots = r.Next(o.OrganizedMinPhones, o.OrganizedMaxPhones + 1);
        actor.RotationDays = new int[actor.PhoneSlots];
        actor.RotationOffsets = new int[actor.PhoneSlots];
        for (var s = 0; s < actor.PhoneSlots; s++)
        {
            actor.RotationDays[s] = r.Next(o.PhoneRotationMinDays, o.PhoneRotationMaxDays + 1);
            actor.RotationOffsets[s] = r.Next(actor.RotationDays[s]);
        }
        actor.ThirdPerson = r.NextDouble() < o.ThirdPersonProbability;
        actor.IncallOnly = r.NextDouble() < o.IncallOnlyProbability;
        if (actor.IncallOnly)
        {
            actor.Incall = true;
            actor.Outcall = false;
        }
        actor.ShowsAge = true;
        actor.ShowsEthnicity = true;
    }

    private void FillSpam(Actor actor, Random r)
    {
        var o = Options;
        // Burner numbers are derived per use (SpamPhone), not stored; the names cycle through a small pool.
        var names = new Persona[o.SpamNames];
        for (var i = 0; i < names.Length; i++) names[i] = NewPersona(r, actor.First, actor.Last, younger: true, images: false);
        actor.Personas = names;
        var cityCount = Math.Min(Geography.Cities.Length, o.SpamMinCities + r.Next(6));
        var cities = new List<int>(cityCount);
        while (cities.Count < cityCount)
        {
            var c = Geography.SampleCity(r.NextDouble());
            if (!cities.Contains(c)) cities.Add(c);
        }
        actor.CityPool = [.. cities];
        actor.StockImages = new int[12];
        for (var i = 0; i < actor.StockImages.Length; i++) actor.StockImages[i] = r.Next(StockImages.Length);
        actor.SpamTemplate = r.Next(Lexicon.SpamScriptsEn.Length + Lexicon.SpamScriptsFr.Length);
        actor.French = actor.SpamTemplate >= Lexicon.SpamScriptsEn.Length;
        actor.Price = 80 + (10 * r.Next(8));
    }

    /// <summary>The k-th burner number of a spam actor: burner and VoIP lines carry any Canadian area code.</summary>
    public long SpamPhone(Actor actor, int k)
    {
        var r = new HashRng(SeedMix.Hash(actor.Seed, 0x5BA4, (ulong)k));
        return NewPhone(ref r, Geography.SampleCity(r.NextDouble()));
    }

    private void FillRoster(Actor actor, Random r, int size, int periodDays, double turnover)
    {
        var all = new List<Persona>();
        var current = new List<Persona>();
        for (var i = 0; i < size; i++)
        {
            var p = NewPersona(r, actor.First, actor.Last, younger: false);
            all.Add(p);
            current.Add(p);
        }
        for (var periodStart = actor.First + periodDays; periodStart <= actor.Last; periodStart += periodDays)
        {
            for (var i = 0; i < current.Count; i++)
            {
                if (r.NextDouble() >= turnover) continue;
                current[i].ToDay = periodStart - 1;
                var p = NewPersona(r, periodStart, actor.Last, younger: false);
                all.Add(p);
                current[i] = p;
            }
        }
        actor.Personas = [.. all];
        actor.RosterPeriodDays = periodDays;
    }

    private Persona NewPersona(Random r, int fromDay, int toDay, bool younger, bool images = true)
    {
        var id = ++PersonaCount;
        // Stated ages are adults only: 18 plus a half-normal spread (younger-skewed for templates, a classic indicator).
        var age = Math.Min(45, 18 + (int)Math.Floor(Math.Abs(Normal(r)) * (younger ? 3.0 : 6.0)));
        var imageCount = images ? 2 + r.Next(7) : 0;
        var hashes = new ulong[imageCount];
        for (var i = 0; i < imageCount; i++) hashes[i] = (ulong)r.NextInt64() ^ ((ulong)r.Next(2) << 63);
        return new Persona
        {
            Id = id,
            IdText = "P" + id.ToString("D7", CultureInfo.InvariantCulture),
            Name = Lexicon.Names[r.Next(Lexicon.Names.Length)],
            Age = age,
            Ethnicity = r.Next(Lexicon.EthnicityEn.Length),
            Images = hashes,
            FromDay = fromDay,
            ToDay = toDay,
        };
    }

    /// <summary>A valid NANP number with a real area code of the city: NXX 2–9, never N11, never 555.</summary>
    public long NewPhone(Random r, int city)
    {
        var codes = Geography.AreaCodes[city];
        var area = long.Parse(codes[r.Next(codes.Length)], CultureInfo.InvariantCulture);
        int exchange;
        do exchange = r.Next(200, 1000);
        while (exchange % 100 == 11 || exchange is 555 or 950 or 958 or 959 or 976);
        return (area * 10_000_000L) + (exchange * 10_000L) + r.Next(10_000);
    }

    /// <summary>The phone an organized actor's slot uses on a day: rotated every 14–30 days, derived, not stored.</summary>
    public long RotatingPhone(Actor actor, int slot, int day, out int epoch)
    {
        epoch = (day - actor.First + actor.RotationOffsets![slot]) / actor.RotationDays![slot];
        var r = new HashRng(SeedMix.Hash(actor.Seed, 0x9E0E, (ulong)slot, (ulong)epoch));
        return NewPhone(ref r, actor.Home);
    }

    /// <summary><see cref="NewPhone(Random, int)"/> for numbers derived per use rather than stored.</summary>
    public long NewPhone(ref HashRng r, int city)
    {
        var codes = Geography.AreaCodes[city];
        var area = long.Parse(codes[r.Next(codes.Length)], CultureInfo.InvariantCulture);
        int exchange;
        do exchange = 200 + r.Next(800);
        while (exchange % 100 == 11 || exchange is 555 or 950 or 958 or 959 or 976);
        return (area * 10_000_000L) + (exchange * 10_000L) + r.Next(10_000);
    }

    /// <summary>Alternating home periods and trips along corridor legs; each leg is counted in <see cref="Flows"/>.</summary>
    private Stay[] Itinerary(Random r, int home, int first, int last, int homeMin, int homeMax, int stayMin, int stayMax, int maxStops)
    {
        var stays = new List<Stay>();
        var day = first;
        var firstPeriod = true;
        while (day <= last)
        {
            var homeDays = firstPeriod ? r.Next(1, homeMax + 1) : r.Next(homeMin, homeMax + 1);
            firstPeriod = false;
            stays.Add(new Stay(day, Math.Min(last, day + homeDays - 1), home, -1));
            day += homeDays;
            if (day > last) break;
            var trip = ++TripCount;
            var stops = 1 + r.Next(maxStops);
            int current = home, previous = -1;
            for (var s = 0; s < stops && day <= last; s++)
            {
                var options = Geography.Neighbours[current];
                var candidates = options.Where(c => c != home && c != previous).ToArray();
                if (candidates.Length == 0) break;
                var next = candidates[r.Next(candidates.Length)];
                var length = r.Next(stayMin, stayMax + 1);
                stays.Add(new Stay(day, Math.Min(last, day + length - 1), next, trip));
                AddFlow(current, next);
                previous = current;
                current = next;
                day += length;
            }
            if (current != home && day <= last) AddFlow(current, home);
        }
        return [.. stays];
    }

    private void AddFlow(int from, int to) => Flows[(from, to)] = Flows.GetValueOrDefault((from, to)) + 1;

    private int SampleLifetime(Random r)
    {
        var o = Options;
        if (r.NextDouble() < o.SingleDayShare) return 1;
        for (var attempt = 0; attempt < 1000; attempt++)
        {
            var x = Math.Exp(o.LifetimeLogMean + (o.LifetimeLogSd * Normal(r)));
            if (x >= 1 && x <= o.MaxLifetimeDays) return Math.Clamp((int)Math.Round(x), 1, o.MaxLifetimeDays);
        }
        return 1;
    }

    /// <summary>Standard normal by Box–Muller.</summary>
    public static double Normal(Random r)
    {
        var u1 = 1.0 - r.NextDouble();
        var u2 = r.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Number of failures before the first success (support 0, 1, 2, …).</summary>
    private static int Geometric(Random r, double p)
    {
        var u = 1.0 - r.NextDouble();
        return (int)Math.Floor(Math.Log(u) / Math.Log(1.0 - p));
    }
}
