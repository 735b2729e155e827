using System.Collections.Frozen;

namespace Workbench.Text;

/// <summary>
/// North American Numbering Plan rules for telling a real phone number from a string of ten digits.
/// </summary>
/// <remarks>
/// A NANP number is <c>NPA-NXX-XXXX</c>: the area code (NPA) and the exchange (NXX) both start with 2–9
/// (ATIS-0300051, "Central Office Code Assignment Guidelines"). Beyond the shape we require an NPA that is
/// actually assigned, which is what separates a phone from an order number or a run of prices: the
/// Canadian codes (the list the synthetic generator uses plus the overlays opened since: 382, 879, 942, 257),
/// the United States and its territories, and the toll-free codes. We reject N11 exchanges (service codes
/// such as 411 and 911) and the 555-0100 to 555-0199 block that the NANPA reserves for fiction.
/// </remarks>
public static class NanpNumbering
{
    /// <summary>Canadian geographic area codes, as the synthetic generator's contract lists them.</summary>
    public static IReadOnlyList<int> CanadianAreaCodes { get; } =
    [
        416, 647, 437, 905, 289, 365, 742, 514, 438, 450, 579, 354, 263, 604, 778, 236, 672, 250, 403, 587, 825,
        368, 780, 204, 431, 584, 306, 639, 474, 902, 782, 506, 428, 709, 613, 343, 753, 519, 226, 548, 705, 249,
        683, 807, 418, 581, 367, 819, 873, 468, 867,
    ];

    /// <summary>Canadian overlays opened after the contract's list was fixed (southwestern Ontario 382,
    /// Newfoundland 879, Toronto 942, British Columbia 257).</summary>
    internal static IReadOnlyList<int> NewerCanadianAreaCodes { get; } = [382, 879, 942, 257];

    /// <summary>United States geographic area codes (states, District of Columbia, territories).</summary>
    internal static IReadOnlyList<int> UnitedStatesAreaCodes { get; } =
    [
        205, 251, 256, 334, 483, 659, 938, // AL
        907, // AK
        480, 520, 602, 623, 928, // AZ
        327, 479, 501, 870, // AR
        209, 213, 279, 310, 323, 341, 350, 369, 408, 415, 424, 442, 510, 530, 559, 562, 619, 626, 628, 650, 657,
        661, 669, 707, 714, 747, 760, 805, 818, 820, 831, 837, 840, 858, 909, 916, 925, 949, 951, // CA
        303, 719, 720, 970, 983, // CO
        203, 475, 860, 959, // CT
        302, // DE
        202, 771, // DC
        239, 305, 321, 324, 352, 386, 407, 448, 561, 645, 656, 689, 727, 728, 754, 772, 786, 813, 850, 863, 904,
        941, 954, // FL
        229, 404, 470, 478, 678, 706, 762, 770, 912, 943, // GA
        808, // HI
        208, 986, // ID
        217, 224, 309, 312, 331, 447, 464, 618, 630, 708, 730, 773, 779, 815, 847, 861, 872, // IL
        219, 260, 317, 463, 574, 765, 812, 930, // IN
        319, 515, 563, 641, 712, // IA
        316, 620, 785, 913, // KS
        270, 364, 502, 606, 859, // KY
        225, 318, 337, 504, 985, // LA
        207, // ME
        227, 240, 301, 410, 443, 667, // MD
        339, 351, 413, 508, 617, 774, 781, 857, 978, // MA
        231, 248, 269, 313, 517, 586, 616, 679, 734, 810, 906, 947, 989, // MI
        218, 320, 507, 612, 651, 763, 924, 952, // MN
        228, 601, 662, 769, // MS
        235, 314, 417, 557, 573, 636, 660, 816, 975, // MO
        406, // MT
        308, 402, 531, // NE
        702, 725, 775, // NV
        603, // NH
        201, 551, 609, 640, 732, 848, 856, 862, 908, 973, // NJ
        505, 575, // NM
        212, 315, 329, 332, 347, 363, 516, 518, 585, 607, 624, 631, 646, 680, 716, 718, 838, 845, 914, 917, 929,
        934, // NY
        252, 336, 472, 704, 743, 828, 910, 919, 980, 984, // NC
        701, // ND
        216, 220, 234, 283, 326, 330, 380, 419, 436, 440, 513, 567, 614, 740, 937, // OH
        405, 539, 572, 580, 918, // OK
        458, 503, 541, 971, // OR
        215, 223, 267, 272, 412, 445, 484, 570, 582, 610, 717, 724, 814, 835, 878, // PA
        401, // RI
        803, 821, 839, 843, 854, 864, // SC
        605, // SD
        423, 615, 629, 731, 865, 901, 931, // TN
        210, 214, 254, 281, 325, 346, 361, 409, 430, 432, 469, 512, 682, 713, 726, 737, 806, 817, 830, 832, 903,
        915, 936, 940, 945, 956, 972, 979, // TX
        385, 435, 801, // UT
        802, // VT
        276, 434, 540, 571, 686, 703, 757, 804, 826, 948, // VA
        206, 253, 360, 425, 509, 564, // WA
        304, 681, // WV
        262, 274, 353, 414, 534, 608, 715, 920, // WI
        307, // WY
        340, 670, 671, 684, 787, 939, // VI, MP, GU, AS, PR
    ];

    /// <summary>Toll-free codes shared by Canada and the United States.</summary>
    internal static IReadOnlyList<int> TollFreeAreaCodes { get; } = [800, 833, 844, 855, 866, 877, 888];

    private static readonly FrozenSet<int> Assigned =
        CanadianAreaCodes.Concat(NewerCanadianAreaCodes).Concat(UnitedStatesAreaCodes).Concat(TollFreeAreaCodes).ToFrozenSet();

    private static readonly FrozenSet<int> Canadian = CanadianAreaCodes.Concat(NewerCanadianAreaCodes).ToFrozenSet();

    /// <summary>Whether <paramref name="npa"/> is an assigned Canadian, US or toll-free area code.</summary>
    public static bool IsAssignedAreaCode(int npa) => Assigned.Contains(npa);

    /// <summary>Whether <paramref name="npa"/> is a Canadian area code.</summary>
    public static bool IsCanadianAreaCode(int npa) => Canadian.Contains(npa);

    /// <summary>
    /// Whether ten digits form a diallable, non-fictional number in an assigned area code.
    /// </summary>
    /// <param name="tenDigits">Exactly ten ASCII digits, without the country code.</param>
    public static bool IsValid(ReadOnlySpan<char> tenDigits)
    {
        if (tenDigits.Length != 10) return false;
        foreach (var c in tenDigits)
        {
            if (!char.IsAsciiDigit(c)) return false;
        }
        var npa = Three(tenDigits, 0);
        var nxx = Three(tenDigits, 3);
        if (npa < 200 || nxx < 200) return false; // both start with 2-9
        if (nxx % 100 == 11) return false; // N11 service codes
        if (nxx == 555 && tenDigits[6] == '0' && tenDigits[7] == '1') return false; // 555-01xx fiction block
        return Assigned.Contains(npa);
    }

    /// <summary>The E.164 form (<c>+1</c> and the ten digits) of a valid number; null when <see cref="IsValid"/> says no.</summary>
    /// <param name="tenDigits">Exactly ten ASCII digits, without the country code.</param>
    public static string? ToE164(ReadOnlySpan<char> tenDigits) => IsValid(tenDigits) ? string.Concat("+1", tenDigits) : null;

    private static int Three(ReadOnlySpan<char> d, int at) => ((d[at] - '0') * 100) + ((d[at + 1] - '0') * 10) + (d[at + 2] - '0');
}
