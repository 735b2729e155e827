namespace Workbench.Synthetic;

/// <summary>Truth identifiers of an actor's template, micro-clusters and meta-cluster, formatted once per actor.</summary>
internal sealed class ActorIds(Actor actor)
{
    private readonly string _number = actor.IdText[1..];
    public string Template1 => field ??= "T" + _number + "-1";
    public string Template2 => field ??= "T" + _number + "-2";
    public string Micro1 => field ??= "M" + _number + "-1";
    public string Micro2 => field ??= "M" + _number + "-2";
    public string Meta => field ??= "G" + _number;
    public string SpamTemplate => field ??= "S" + (actor.SpamTemplate + 1).ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A stay of an actor or persona in one city over a range of window days (inclusive); Trip is -1 at home.</summary>
internal readonly record struct Stay(int From, int To, int City, int Trip);

/// <summary>A persona: one name as presented in ads, with its age, ethnicity, photos and (organized) travel.</summary>
internal sealed class Persona
{
    public required int Id { get; init; }
    public required string Name { get; init; }
    public required string IdText { get; init; }
    public int Age { get; init; }
    public int Ethnicity { get; init; } = -1;
    public ulong[] Images { get; set; } = [];
    public int FromDay { get; set; }
    public int ToDay { get; set; }
    public Stay[]? Itinerary { get; set; }
}

/// <summary>
/// One planted advertiser. Everything an ad of this actor needs is either stored here (small, per actor) or derived
/// from <see cref="Seed"/> and the ad's own identity, so that memory grows with actors, not with ads.
/// </summary>
internal sealed class Actor
{
    public required int Index { get; init; }
    public required ActorType Type { get; init; }
    public required ulong Seed { get; init; }
    public required string IdText { get; init; }
    private ActorIds? _ids;

    /// <summary>The truth identifiers derived from the actor's number, built once.</summary>
    public ActorIds Ids => _ids ??= new ActorIds(this);
    public int Home { get; set; }
    /// <summary>First day of the planted lifetime, relative to the window start (may be negative).</summary>
    public int Start { get; set; }
    public int Lifetime { get; set; }
    /// <summary>First and last window day on which the actor is active.</summary>
    public int First { get; set; }
    public int Last { get; set; }
    public double Rate { get; set; }
    public int Cap { get; set; } = int.MaxValue;
    public int ForcedDay { get; set; } = -1;
    public int Event { get; set; } = -1;
    public bool Touring { get; set; }
    public bool French { get; set; }
    public int Site { get; set; }
    public Persona[] Personas { get; set; } = [];
    public Stay[]? Itinerary { get; set; }
    public long Phone { get; set; }
    public int[]? CityPool { get; set; }
    public int[]? StockImages { get; set; }
    public int PhoneSlots { get; set; } = 1;
    public int[]? RotationDays { get; set; }
    public int[]? RotationOffsets { get; set; }
    public int Price { get; set; }
    public bool Incall { get; set; }
    public bool Outcall { get; set; }
    public bool IncallOnly { get; set; }
    public bool ThirdPerson { get; set; }
    public bool ShowsAge { get; set; }
    public bool ShowsEthnicity { get; set; }
    public bool SaysNewInTown { get; set; }
    public int BaseTexts { get; set; } = 1;
    public string? Alias { get; set; }
    public string? Brand { get; set; }
    public string? Address { get; set; }
    public int SpamTemplate { get; set; }
    public int RosterPeriodDays { get; set; } = 30;
    /// <summary>The planted unusual kind; null for the ordinary population.</summary>
    public UnusualKind? Unusual { get; set; }
    /// <summary>Posts per day from <see cref="First"/> of a planted unusual actor, whose schedule is fixed in advance.</summary>
    public int[]? PostsByDay { get; set; }
    /// <summary>Ads emitted so far while streaming (pass 2).</summary>
    public int Emitted { get; set; }
    /// <summary>Ads planned by the counting pass (pass 1).</summary>
    public int Planned { get; set; }

    public bool Active(int day) => day >= First && day <= Last;

    /// <summary>The stay covering a day, from an itinerary sorted by day; null when the itinerary does not cover it.</summary>
    public static Stay? StayOn(Stay[]? itinerary, int day)
    {
        if (itinerary is null) return null;
        int lo = 0, hi = itinerary.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            var s = itinerary[mid];
            if (day < s.From) hi = mid - 1;
            else if (day > s.To) lo = mid + 1;
            else return s;
        }
        return null;
    }
}
