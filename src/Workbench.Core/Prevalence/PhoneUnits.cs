namespace Workbench.Prevalence;

/// <summary>
/// Phone-linked advertisers: ads that share a phone token, directly or through a chain of ads, form one unit
/// (union–find over tokens). An ad without a phone token is a unit of its own that is not an advertiser.
/// </summary>
internal sealed class PhoneUnits
{
    private PhoneUnits(int[] unitOfAd, bool[] hasPhone)
    {
        UnitOfAd = unitOfAd;
        HasPhone = hasPhone;
    }

    /// <summary>Unit index of each ad, 0..Count−1.</summary>
    public int[] UnitOfAd { get; }

    /// <summary>Whether a unit has a phone token (is an advertiser).</summary>
    public bool[] HasPhone { get; }

    public int Count => HasPhone.Length;

    public int Advertisers => HasPhone.Count(h => h);

    public static PhoneUnits Build(IReadOnlyList<IReadOnlyList<string>> phonesOfAd)
    {
        var tokenIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var parent = new List<int>();
        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }
        var firstToken = new int[phonesOfAd.Count];
        for (var i = 0; i < phonesOfAd.Count; i++)
        {
            var phones = phonesOfAd[i];
            firstToken[i] = -1;
            foreach (var phone in phones)
            {
                if (!tokenIndex.TryGetValue(phone, out var t))
                {
                    t = parent.Count;
                    tokenIndex[phone] = t;
                    parent.Add(t);
                }
                if (firstToken[i] < 0) firstToken[i] = t;
                else
                {
                    var a = Find(firstToken[i]);
                    var b = Find(t);
                    if (a != b) parent[Math.Max(a, b)] = Math.Min(a, b);
                }
            }
        }
        var unitOfRoot = new Dictionary<int, int>();
        var unitOfAd = new int[phonesOfAd.Count];
        var hasPhone = new List<bool>();
        for (var i = 0; i < phonesOfAd.Count; i++)
        {
            if (firstToken[i] < 0)
            {
                unitOfAd[i] = hasPhone.Count;
                hasPhone.Add(false);
                continue;
            }
            var root = Find(firstToken[i]);
            if (!unitOfRoot.TryGetValue(root, out var u))
            {
                u = hasPhone.Count;
                unitOfRoot[root] = u;
                hasPhone.Add(true);
            }
            unitOfAd[i] = u;
        }
        return new PhoneUnits(unitOfAd, [.. hasPhone]);
    }
}
