using Workbench.Reference;

namespace Workbench.Synthetic;

/// <summary>
/// The places of the synthetic corpus: reference cities weighted by population (with the Ontario–Quebec uplift),
/// their real area codes, time zones, and the travel corridors of the specification.
/// </summary>
internal sealed class SyntheticGeography
{
    public City[] Cities { get; }
    public double[] Weights { get; }
    public string[][] AreaCodes { get; }
    public double[] FrenchShare { get; }
    public int[][] Neighbours { get; }
    public int[] CorridorCities { get; }
    public double TotalWeight { get; }
    private readonly double[] _cumulative;
    private readonly double[] _corridorCumulative;
    private readonly int[] _standardOffsetSeconds;
    private readonly bool[] _observesDst;

    // Real Canadian area codes by market (CRTC numbering plan); all in the shared contract's list.
    private static readonly string[] TorontoCodes = ["416", "647", "437"];
    private static readonly string[] GoldenHorseshoe = ["905", "289", "365", "742"];
    private static readonly string[] EasternOntario = ["613", "343", "753"];
    private static readonly string[] SouthwesternOntario = ["519", "226", "548"];
    private static readonly string[] CentralNorthernOntario = ["705", "249", "683"];
    private static readonly string[] MontrealCodes = ["514", "438", "263"];
    private static readonly string[] MontrealSuburbs = ["450", "579", "354"];
    private static readonly string[] EasternQuebec = ["418", "581", "367"];
    private static readonly string[] WesternQuebec = ["819", "873", "468"];
    private static readonly string[] LowerMainland = ["604", "778", "236", "672"];
    private static readonly string[] InteriorBc = ["250", "778", "236", "672"];
    private static readonly string[] SouthernAlberta = ["403", "587", "825", "368"];
    private static readonly string[] NorthernAlberta = ["780", "587", "825", "368"];

    /// <summary>Corridors of the specification, as undirected legs between reference city names.</summary>
    private static readonly (string A, string B)[] CorridorLegs =
    [
        // Highway 401: Windsor–London–Kitchener–Toronto–Oshawa–Kingston–Ottawa/Montreal
        ("Windsor", "London"), ("London", "Kitchener"), ("Kitchener", "Toronto"), ("Toronto", "Oshawa"),
        ("Oshawa", "Kingston"), ("Kingston", "Ottawa"), ("Kingston", "Montreal"), ("Ottawa", "Montreal"),
        // Alberta: Calgary–Red Deer–Edmonton–Fort McMurray / Grande Prairie
        ("Calgary", "Red Deer"), ("Red Deer", "Edmonton"), ("Edmonton", "Fort McMurray"), ("Edmonton", "Grande Prairie"),
        // Montreal–Calgary by air; British Columbia to Calgary
        ("Montreal", "Calgary"), ("Vancouver", "Calgary"), ("Kelowna", "Calgary"), ("Kamloops", "Calgary"),
    ];

    public SyntheticGeography(double ontarioQuebecUplift)
    {
        Cities = [.. CanadaGeography.Cities];
        var n = Cities.Length;
        Weights = new double[n];
        _cumulative = new double[n];
        AreaCodes = new string[n][];
        FrenchShare = new double[n];
        _standardOffsetSeconds = new int[n];
        _observesDst = new bool[n];
        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            var c = Cities[i];
            Weights[i] = c.Population2021 * (c.Province is "ON" or "QC" ? ontarioQuebecUplift : 1.0);
            total += Weights[i];
            _cumulative[i] = total;
            AreaCodes[i] = AreaCodesOf(c);
            FrenchShare[i] = c.Name switch
            {
                "Montreal" => 0.45,
                "Quebec City" => 0.8,
                "Ottawa" => 0.1,
                _ => c.Province switch { "QC" => 0.65, "NB" => 0.15, _ => 0.0 },
            };
            (_standardOffsetSeconds[i], _observesDst[i]) = TimeZoneOf(c);
        }
        TotalWeight = total;

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++) index[Cities[i].Name] = i;
        var adjacency = new List<int>[n];
        for (var i = 0; i < n; i++) adjacency[i] = [];
        foreach (var (a, b) in CorridorLegs)
        {
            if (!index.TryGetValue(a, out var ia) || !index.TryGetValue(b, out var ib))
                throw new InvalidOperationException($"Corridor city {a} or {b} is missing from the reference table canada-cities.csv.");
            adjacency[ia].Add(ib);
            adjacency[ib].Add(ia);
        }
        Neighbours = new int[n][];
        var corridor = new List<int>();
        for (var i = 0; i < n; i++)
        {
            adjacency[i].Sort();
            Neighbours[i] = [.. adjacency[i]];
            if (Neighbours[i].Length > 0) corridor.Add(i);
        }
        CorridorCities = [.. corridor];
        _corridorCumulative = new double[CorridorCities.Length];
        var ct = 0.0;
        for (var k = 0; k < CorridorCities.Length; k++)
        {
            ct += Weights[CorridorCities[k]];
            _corridorCumulative[k] = ct;
        }
    }

    public int IndexOf(string name)
    {
        for (var i = 0; i < Cities.Length; i++)
        {
            if (string.Equals(Cities[i].Name, name, StringComparison.Ordinal)) return i;
        }
        throw new InvalidOperationException($"City {name} is missing from the reference table canada-cities.csv.");
    }

    /// <summary>A city drawn with probability proportional to its weight.</summary>
    public int SampleCity(double u) => Search(_cumulative, u * TotalWeight);

    /// <summary>A corridor city drawn with probability proportional to its weight.</summary>
    public int SampleCorridorCity(double u) =>
        CorridorCities[Search(_corridorCumulative, u * _corridorCumulative[^1])];

    public bool OnCorridor(int city) => Neighbours[city].Length > 0;

    /// <summary>UTC offset in seconds of a city on a date (Canadian DST: second Sunday of March to first Sunday of November).</summary>
    public int UtcOffsetSeconds(int city, bool dst) => _standardOffsetSeconds[city] + (dst && _observesDst[city] ? 3600 : 0);

    public static bool IsDst(DateOnly date)
    {
        var march = new DateOnly(date.Year, 3, 1);
        var dstStart = march.AddDays(((7 - (int)march.DayOfWeek) % 7) + 7);
        var november = new DateOnly(date.Year, 11, 1);
        var dstEnd = november.AddDays((7 - (int)november.DayOfWeek) % 7);
        return date >= dstStart && date < dstEnd;
    }

    private static int Search(double[] cumulative, double x)
    {
        var i = Array.BinarySearch(cumulative, x);
        if (i < 0) i = ~i;
        return Math.Min(i, cumulative.Length - 1);
    }

    private static string[] AreaCodesOf(City c) => c.Name switch
    {
        "Toronto" => TorontoCodes,
        "Hamilton" or "Oshawa" or "St. Catharines" => GoldenHorseshoe,
        "Ottawa" or "Kingston" or "Belleville" => EasternOntario,
        "London" or "Windsor" or "Kitchener" or "Guelph" or "Brantford" => SouthwesternOntario,
        "Thunder Bay" => ["807"],
        "Montreal" => MontrealCodes,
        "Granby" => MontrealSuburbs,
        "Quebec City" or "Saguenay" => EasternQuebec,
        "Vancouver" or "Abbotsford" or "Chilliwack" => LowerMainland,
        "Calgary" or "Red Deer" or "Lethbridge" or "Medicine Hat" => SouthernAlberta,
        "Edmonton" or "Fort McMurray" or "Grande Prairie" => NorthernAlberta,
        _ => c.Province switch
        {
            "ON" => CentralNorthernOntario,
            "QC" => WesternQuebec,
            "BC" => InteriorBc,
            "AB" => SouthernAlberta,
            "MB" => ["204", "431", "584"],
            "SK" => ["306", "639", "474"],
            "NS" or "PE" => ["902", "782"],
            "NB" => ["506", "428"],
            "NL" => ["709"],
            _ => ["867"],
        },
    };

    private static (int Seconds, bool Dst) TimeZoneOf(City c) => c.Province switch
    {
        "NL" => (-12600, true),
        "NS" or "NB" or "PE" => (-14400, true),
        "QC" or "ON" or "NU" => (-18000, true),
        "MB" => (-21600, true),
        "SK" => (-21600, false),
        "AB" or "NT" => (-25200, true),
        "YT" => (-25200, false),
        _ => (-28800, true), // BC
    };
}
