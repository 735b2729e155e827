using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Workbench.Data;

namespace Workbench.Tests.Schemas;

/// <summary>FsCheck generators of ads whose values lie inside the ranges the schema documents.</summary>
internal static class AdGenerators
{
    private static readonly string[] Provinces = ["AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"];

    // Text with what breaks naive writers: quotes, backslashes, line breaks, accents, emoji, zero-width and control characters.
    private static readonly char[] TextChars =
        "abcXYZ 0123456789.,;:!?'\"\\/\n\r\t@#$%&*()[]{}<>éÉçàü€£\u200B\u2060\uFEFF\u0001\u001F".ToCharArray();

    private static readonly Gen<string> Text =
        Gen.ArrayOf(Gen.Elements(TextChars)).Select(chars => new string(chars))
            .Or(Gen.Elements("💋 new in town", "４１６ ④①⑥", "zéro un deux", ""));

    private static readonly Gen<string> Hex16 =
        Gen.ArrayOf(Gen.Elements("0123456789abcdef".ToCharArray()), 16).Select(c => new string(c));

    private static Gen<string> Token(string prefix) => Hex16.Select(h => prefix + h);

    private static Gen<string> Contact(string prefix, Gen<string> raw) => Gen.Frequency((3, Token(prefix)), (1, raw));

    private static readonly Gen<string> RawPhone = Gen.Elements("+1 416 555 0123", "(514) 555-0188", "four one six", "416.555.0199");
    private static readonly Gen<string> RawEmail = Gen.Elements("mia (at) example (dot) com", "jade@example.org");
    private static readonly Gen<string> RawHandle = Gen.Elements("instagram:mia.example", "whatsapp:+14165550123", "snapchat: jade_x");
    private static readonly Gen<string> RawUrl = Gen.Elements("www.example.com/mia", "hxxp://example.ca", "https://example.com/a?b=c");

    private static Gen<IReadOnlyList<string>> ListOf(Gen<string> item) =>
        Gen.ListOf(item).Select(l => (IReadOnlyList<string>)l.Take(4).ToArray());

    private static Gen<T?> OrNull<T>(Gen<T> gen) where T : struct =>
        Gen.Frequency((3, gen.Select(v => (T?)v)), (1, Gen.Constant((T?)null)));

    private static Gen<string?> OrNullText(Gen<string> gen) =>
        Gen.Frequency((3, gen.Select(v => (string?)v)), (1, Gen.Constant((string?)null)));

    private static readonly Gen<DateTimeOffset> Times =
        from seconds in Gen.Choose(0, int.MaxValue)
        from quarterHours in Gen.Choose(-48, 56)
        select new DateTimeOffset(new DateTime(1990, 1, 1, 0, 0, 0, DateTimeKind.Unspecified).AddSeconds(seconds),
            TimeSpan.FromMinutes(15 * quarterHours));

    private static readonly Gen<double> Latitude =
        Gen.Choose(-90_000_000, 90_000_000).Select(v => v / 1e6).Or(Gen.Elements(-90.0, 90.0, 1e-7));

    private static readonly Gen<double> Longitude =
        Gen.Choose(-180_000_000, 180_000_000).Select(v => v / 1e6).Or(Gen.Elements(-180.0, 180.0, -1e-7));

    private static readonly Gen<decimal> Price =
        Gen.Choose(0, 10_000_000).Select(cents => cents / 100m).Or(Gen.Elements(0m, 0.000001m, 79228162514264337593543950m));

    public static Gen<Ad> Ads { get; } =
        from id in Gen.Elements("a", "lc-00012345", "00123", "ct/88 120", "é")
        from postedAt in Times
        from body in Text
        from site in OrNullText(Gen.Elements("localclassifieds", "ct"))
        from title in OrNullText(Text)
        from city in OrNullText(Gen.Elements("Montréal", "MTL", "yyc"))
        from province in OrNullText(Gen.Elements(Provinces))
        from lat in OrNull(Latitude)
        from lon in OrNull(Longitude)
        from phones in ListOf(Contact("ph_", RawPhone))
        from emails in ListOf(Contact("em_", RawEmail))
        from handles in ListOf(Contact("hd_", RawHandle))
        from urls in ListOf(Contact("ur_", RawUrl))
        from price in OrNull(Price)
        from currency in OrNullText(Gen.Elements("CAD", "USD"))
        from minutes in OrNull(Gen.Choose(1, 24 * 60))
        from incall in OrNull(Gen.Elements(true, false))
        from outcall in OrNull(Gen.Elements(true, false))
        from age in OrNull(Gen.Choose(0, 120))
        from ethnicity in OrNullText(Text)
        from names in ListOf(Gen.Elements("Mia", "Jade", "Zoé"))
        from hashes in ListOf(Hex16)
        from paths in ListOf(Gen.Elements("images/1.jpg", "a b/c.png", "../img/x.webp"))
        from extra in Gen.Choose(0, 1000)
        select new Ad
        {
            AdId = id,
            PostedAt = postedAt,
            Body = body,
            Site = site,
            Title = title,
            City = city,
            Province = province,
            Lat = lat,
            Lon = lon,
            Phones = phones,
            Emails = emails,
            Handles = handles,
            Urls = urls,
            PriceAmount = price,
            PriceCurrency = currency,
            PriceDurationMin = minutes,
            Incall = incall,
            Outcall = outcall,
            StatedAge = age,
            StatedEthnicity = ethnicity,
            Names = names,
            ImageHashes = hashes,
            ImagePaths = paths,
            Extras = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["x_rank"] = extra.ToString(CultureInfo.InvariantCulture),
            },
        };

    /// <summary>Whether a contact value is a well-formed token (any kind).</summary>
    public static bool IsToken(string value) =>
        value.Length == 19 && value[2] == '_' && value[3..].All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));
}
