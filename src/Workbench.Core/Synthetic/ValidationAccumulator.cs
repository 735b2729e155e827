using Workbench.Reference;

namespace Workbench.Synthetic;

/// <summary>
/// Gathers the statistics of <see cref="SyntheticValidationReport"/> from a stream of ads, in one pass and in memory
/// proportional to distinct texts, phones and actors (not to ads).
/// </summary>
internal sealed class ValidationAccumulator
{
    private readonly SyntheticPlan _plan;
    private readonly SyntheticOptions _o;
    private readonly HashSet<ulong> _bodies = [];
    private readonly HashSet<ulong> _titleBodies = [];
    private readonly Dictionary<string, int> _phoneAds = new(StringComparer.Ordinal);
    private readonly HashSet<long> _actorMonths = [];
    private readonly Dictionary<int, ActorStats> _actors = [];
    private readonly long[] _typeAds = new long[5];
    private readonly long[] _typePhoneAds = new long[5];
    private readonly long[] _typeObfuscated = new long[5];
    private readonly long[] _typeFlagged = new long[5];
    private readonly HashSet<ulong>[] _typeBodies = [[], [], [], [], []];
    private readonly HashSet<string>[] _typePhones = [new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal)];
    private readonly long[] _typePhoneMentions = new long[5];
    private readonly Dictionary<string, long> _ops = new(StringComparer.Ordinal);
    private readonly int[,] _cityDay;
    private readonly Dictionary<string, int> _cityIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _cityAsWritten = new(StringComparer.Ordinal);
    private readonly Dictionary<ulong, bool> _bodyFires = [];
    private readonly Dictionary<ulong, bool> _titleFires = [];
    private readonly long[] _dayAds;
    private long _ads, _withPhone, _withEmail, _withHandle, _images, _phoneMentions;

    private sealed class ActorStats
    {
        public ActorType Type;
        public int FirstDay = int.MaxValue, LastDay = int.MinValue;
        public readonly List<string> Names = new(1);
        public readonly HashSet<string> Phones = new(StringComparer.Ordinal);
        public readonly HashSet<string> Cities = new(StringComparer.Ordinal);
        public bool Flagged;
    }

    public ValidationAccumulator(SyntheticPlan plan)
    {
        _plan = plan;
        _o = plan.Options;
        _cityDay = new int[plan.Geography.Cities.Length, _o.WindowDays];
        _dayAds = new long[_o.WindowDays];
        for (var i = 0; i < plan.Geography.Cities.Length; i++) _cityIndex[plan.Geography.Cities[i].Name] = i;
    }

    public void Add(SyntheticAd item)
    {
        var ad = item.Ad;
        var t = item.Truth;
        _ads++;
        var type = (int)t.ActorType;
        _typeAds[type]++;
        var bodyHash = TextHash(ad.Body, 0);
        _bodies.Add(bodyHash);
        _typeBodies[type].Add(bodyHash);
        var titleHash = TextHash(ad.Title ?? "", 0);
        _titleBodies.Add(SeedMix.Hash(titleHash, bodyHash));
        if (t.Phones.Count > 0)
        {
            _withPhone++;
            _typePhoneAds[type]++;
            if (t.ObfuscationOps.Count > 0) _typeObfuscated[type]++;
            foreach (var p in t.Phones)
            {
                _phoneAds[p] = _phoneAds.GetValueOrDefault(p) + 1;
                _phoneMentions++;
                _typePhones[type].Add(p);
                _typePhoneMentions[type]++;
            }
        }
        if (t.Emails.Count > 0) _withEmail++;
        if (t.Handles.Count > 0) _withHandle++;
        foreach (var op in t.ObfuscationOps) _ops[op] = _ops.GetValueOrDefault(op) + 1;
        _images += ad.ImageHashes.Count;

        var actorNumber = int.Parse(t.ActorId.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
        if (!_actors.TryGetValue(actorNumber, out var stats))
        {
            stats = new ActorStats { Type = t.ActorType };
            _actors[actorNumber] = stats;
        }
        var utc = ad.PostedAt.UtcDateTime;
        var day = DateOnly.FromDateTime(utc).DayNumber - _o.Start.DayNumber;
        if (day >= 0 && day < _o.WindowDays) _dayAds[day]++;
        stats.FirstDay = Math.Min(stats.FirstDay, day);
        stats.LastDay = Math.Max(stats.LastDay, day);
        foreach (var n in ad.Names)
        {
            if (!stats.Names.Contains(n)) stats.Names.Add(n);
        }
        if (stats.Type == ActorType.Spam)
        {
            foreach (var p in t.Phones) stats.Phones.Add(p);
        }
        _actorMonths.Add(((long)actorNumber * 100_000) + (utc.Year * 12) + utc.Month);

        var ci = CityIndex(ad.City);
        if (ci >= 0)
        {
            if (stats.Type == ActorType.Spam) stats.Cities.Add(_plan.Geography.Cities[ci].Name);
            if (day >= 0 && day < _o.WindowDays) _cityDay[ci, day]++;
        }
        // Bodies repeat (reposts), so their verdict is memoized by body hash; titles are short and checked each time.
        if (!_bodyFires.TryGetValue(bodyHash, out var bodyFires))
        {
            bodyFires = NaiveKeywordRules.Fires(null, ad.Body);
            _bodyFires[bodyHash] = bodyFires;
        }
        if (!bodyFires && !_titleFires.TryGetValue(titleHash, out var titleFires))
        {
            titleFires = NaiveKeywordRules.Fires(ad.Title, "");
            _titleFires[titleHash] = titleFires;
        }
        if (bodyFires || _titleFires.GetValueOrDefault(titleHash))
        {
            _typeFlagged[type]++;
            stats.Flagged = true;
        }
    }

    /// <summary>Index of a city as an ad writes it (name or alias), -1 when unknown; memoized per spelling.</summary>
    private int CityIndex(string? written)
    {
        if (written is null) return -1;
        if (_cityAsWritten.TryGetValue(written, out var index)) return index;
        var city = CanadaGeography.FindCity(written);
        index = city is not null && _cityIndex.TryGetValue(city.Name, out var i) ? i : -1;
        _cityAsWritten[written] = index;
        return index;
    }

    /// <summary>FNV-1a over the text folded to lower case with runs of white space collapsed, as a body dedupe would.</summary>
    private static ulong TextHash(string text, ulong seed)
    {
        var h = 14695981039346656037UL ^ seed;
        var space = false;
        foreach (var raw in text)
        {
            char c;
            if (raw < 128)
            {
                if (raw is ' ' or '\n' or '\t' or '\r')
                {
                    space = true;
                    continue;
                }
                c = raw is >= 'A' and <= 'Z' ? (char)(raw | 0x20) : raw;
            }
            else if (char.IsWhiteSpace(raw))
            {
                space = true;
                continue;
            }
            else
            {
                c = char.ToLowerInvariant(raw);
            }
            if (space)
            {
                h = (h ^ ' ') * 1099511628211UL;
                space = false;
            }
            h = (h ^ c) * 1099511628211UL;
        }
        return h;
    }

    public SyntheticValidationReport Build()
    {
        var rows = new List<ValidationRow>();
        void Row(string metric, double value, double low, double high, string target) =>
            rows.Add(new ValidationRow(metric, value, target, value >= low && value <= high));
        void Info(string metric, double value) => rows.Add(new ValidationRow(metric, value, "", null));

        var n = Math.Max(1, _ads);
        Row("ads", _ads, _o.Ads, _o.Ads, _o.Ads.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Info("ads per day (spec: 2,000 x scale)", (double)_ads / _o.WindowDays);
        // Day-of-week seasonality: mean ads per weekday, (max - min) / (max + min) estimates the amplitude.
        var weekday = new double[7];
        var weekdayDays = new int[7];
        for (var d = 0; d < _o.WindowDays; d++)
        {
            var dow = (int)_o.Start.AddDays(d).DayOfWeek;
            weekday[dow] += _dayAds[d];
            weekdayDays[dow]++;
        }
        for (var i = 0; i < 7; i++) weekday[i] = weekdayDays[i] == 0 ? 0 : weekday[i] / weekdayDays[i];
        var busiest = weekday.Max();
        var quietest = weekday.Where((_, i) => weekdayDays[i] > 0).DefaultIfEmpty(0).Min();
        Row("day-of-week amplitude", busiest + quietest == 0 ? 0 : (busiest - quietest) / (busiest + quietest),
            _o.DayOfWeekAmplitude - 0.05, _o.DayOfWeekAmplitude + 0.05, Fmt(_o.DayOfWeekAmplitude) + " +/- 0.05");
        Row("unique-text ratio (distinct bodies / ads)", (double)_bodies.Count / n, 0.10, 0.30, "0.10-0.30");
        Info("unique-text ratio, title and body", (double)_titleBodies.Count / n);
        Row("posts per phone", _phoneAds.Count == 0 ? 0 : (double)_phoneMentions / _phoneAds.Count, 3, 5, "3-5 (~4)");
        Row("ads per advertiser-month", _actorMonths.Count == 0 ? 0 : (double)_ads / _actorMonths.Count, 4, 6, "4-6 (~5)");

        var names = _actors.Values.Select(a => (double)a.Names.Count).OrderBy(x => x).ToArray();
        Row("names per advertiser, median", Quantile(names, 0.5), 1, 1, "1");
        Row("names per advertiser, mean", names.Length == 0 ? 0 : names.Average(), 1.5, 2.1, "1.5-2.1 (~1.8)");

        // Planted lifetimes of the advertisers in the corpus; event advertisers live for their event and are left out.
        var lifetimes = _plan.Actors.Where(a => a.Event < 0 && _actors.ContainsKey(a.Index + 1)).Select(a => (double)a.Lifetime).OrderBy(x => x).ToArray();
        Row("planted lifetime (days), first quartile", Quantile(lifetimes, 0.25), 1, 1, "1");
        Row("planted lifetime (days), median", Quantile(lifetimes, 0.5), 8, 20, "8-20 (~14)");
        Row("planted lifetime (days), third quartile", Quantile(lifetimes, 0.75), 40, 80, "40-80 (~60)");
        Row("planted lifetime (days), mean", lifetimes.Length == 0 ? 0 : lifetimes.Average(), 50, 90, "50-90 (~70)");
        var spans = _actors.Values.Select(a => (double)(a.LastDay - a.FirstDay + 1)).OrderBy(x => x).ToArray();
        Info("observed span in window (days), median", Quantile(spans, 0.5));
        Info("observed span in window (days), mean", spans.Length == 0 ? 0 : spans.Average());
        Info("advertisers", _actors.Count);

        foreach (var type in Enum.GetValues<ActorType>())
        {
            var t = (int)type;
            if (_typeAds[t] == 0) continue;
            Info($"unique-text ratio: {TruthJsonWriter.TypeName(type)}", (double)_typeBodies[t].Count / _typeAds[t]);
            Info($"posts per phone: {TruthJsonWriter.TypeName(type)}", _typePhones[t].Count == 0 ? 0 : (double)_typePhoneMentions[t] / _typePhones[t].Count);
            Info($"advertisers: {TruthJsonWriter.TypeName(type)}", _actors.Values.Count(a => a.Type == type));
        }
        foreach (var type in Enum.GetValues<ActorType>())
        {
            var share = _o.ShareOf(type);
            Row($"share of ads: {TruthJsonWriter.TypeName(type)}", (double)_typeAds[(int)type] / n, share - 0.01, share + 0.01, Fmt(share) + " +/- 0.01");
        }
        Row("share of ads with a phone", (double)_withPhone / n, _o.PhoneProbability - 0.03, _o.PhoneProbability + 0.03, Fmt(_o.PhoneProbability) + " +/- 0.03");
        Row("share of ads with an e-mail", (double)_withEmail / n, _o.EmailProbability - 0.03, _o.EmailProbability + 0.03, Fmt(_o.EmailProbability) + " +/- 0.03");
        Row("share of ads with a handle", (double)_withHandle / n, _o.HandleProbability - 0.03, _o.HandleProbability + 0.03, Fmt(_o.HandleProbability) + " +/- 0.03");
        foreach (var type in Enum.GetValues<ActorType>())
        {
            if (_typePhoneAds[(int)type] == 0) continue;
            var p = _o.ObfuscationOf(type);
            Row($"obfuscated phones: {TruthJsonWriter.TypeName(type)}", (double)_typeObfuscated[(int)type] / _typePhoneAds[(int)type], p - 0.05, p + 0.05, Fmt(p) + " +/- 0.05");
        }
        foreach (var op in ObfuscationOps.All)
        {
            Info($"ads using op {op}", _ops.GetValueOrDefault(op));
        }

        var independents = _actors.Values.Where(a => a.Type == ActorType.Independent).ToArray();
        Row("independents flagged by naive keyword rules (share of advertisers)",
            independents.Length == 0 ? 0 : (double)independents.Count(a => a.Flagged) / independents.Length, 0.5, 1, "high (>= 0.5): the caution");
        Info("independent ads flagged by naive keyword rules", _typeAds[0] == 0 ? 0 : (double)_typeFlagged[0] / _typeAds[0]);
        Info("organized ads flagged by naive keyword rules", _typeAds[2] == 0 ? 0 : (double)_typeFlagged[2] / _typeAds[2]);
        // Event visitors and planted unusual actors are not part of the base population whose touring share is specified,
        // and actors whose ads all went to unusual actors (Planned 0) never posted.
        var touring = _plan.Actors.Count(a => a.Type == ActorType.Independent && a.Touring && a.Event < 0 && a.Unusual is null && a.Planned > 0);
        var baseIndependents = _plan.Actors.Count(a => a.Type == ActorType.Independent && a.Event < 0 && a.Unusual is null && a.Planned > 0);
        Row("touring share of independents", baseIndependents == 0 ? 0 : (double)touring / baseIndependents, _o.TouringShare - 0.03, _o.TouringShare + 0.03, Fmt(_o.TouringShare) + " +/- 0.03");
        var spam = _actors.Values.Where(a => a.Type == ActorType.Spam).ToArray();
        Row("spam advertisers with > 5 phones and > 10 cities", spam.Length == 0 ? 1 : (double)spam.Count(a => a.Phones.Count > 5 && a.Cities.Count > 10) / spam.Length, 0.8, 1, ">= 0.8");
        var organized = _plan.Actors.Where(a => a.Type == ActorType.Organized && a.Planned > 0).ToArray();
        if (organized.Length > 0)
        {
            Row("personas per organized actor, mean", organized.Average(a => a.Personas.Length), _o.OrganizedMinPersonas, _o.OrganizedMaxPersonas, $"{_o.OrganizedMinPersonas}-{_o.OrganizedMaxPersonas}");
        }
        Row("images per ad, mean", (double)_images / n, 2.2, 2.6, "2.4 (1 + Binomial(4, 0.35))");

        var flows = _plan.Flows
            .Select(f => new CityFlow(_plan.Geography.Cities[f.Key.From].Name, _plan.Geography.Cities[f.Key.To].Name, f.Value))
            .OrderByDescending(f => f.Legs).ThenBy(f => f.From, StringComparer.Ordinal).ThenBy(f => f.To, StringComparer.Ordinal)
            .ToArray();
        var effects = new List<EventEffect>();
        for (var e = 0; e < _plan.Events.Count; e++)
        {
            var (city, from, to) = _plan.EventPlaces[e];
            double inside = 0, outside = 0;
            int insideDays = 0, outsideDays = 0;
            for (var d = Math.Max(0, from - 28); d <= Math.Min(_o.WindowDays - 1, to + 28); d++)
            {
                if (d >= from && d <= to)
                {
                    inside += _cityDay[city, d];
                    insideDays++;
                }
                else
                {
                    outside += _cityDay[city, d];
                    outsideDays++;
                }
            }
            var w = insideDays == 0 ? 0 : inside / insideDays;
            var b = outsideDays == 0 ? 0 : outside / outsideDays;
            effects.Add(new EventEffect(_plan.Events[e], w, b, b == 0 ? 0 : w / b));
        }
        return new SyntheticValidationReport(rows, flows, effects);
    }

    private static string Fmt(double x) => x.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);

    private static double Quantile(double[] sorted, double q)
    {
        if (sorted.Length == 0) return 0;
        var pos = q * (sorted.Length - 1);
        var lo = (int)Math.Floor(pos);
        var hi = Math.Min(sorted.Length - 1, lo + 1);
        return sorted[lo] + ((pos - lo) * (sorted[hi] - sorted[lo]));
    }
}
