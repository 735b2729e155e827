using System.Globalization;

namespace Workbench.Images;

/// <summary>The text form of a 64-bit image hash: 16 lower-case hex digits, as in the ad field <c>image_hashes</c>.</summary>
public static class ImageHashText
{
    /// <summary>16 lower-case hex digits.</summary>
    public static string ToHex(ulong hash) => hash.ToString("x16", CultureInfo.InvariantCulture);

    /// <summary>Parses 16 hex digits (either case); false for anything else.</summary>
    public static bool TryParse(string? text, out ulong hash)
    {
        hash = 0;
        return text is { Length: 16 } && ulong.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out hash);
    }

    /// <summary>Parses 16 hex digits or throws a <see cref="FormatException"/> naming the value.</summary>
    public static ulong Parse(string text) =>
        TryParse(text, out var hash) ? hash : throw new FormatException($"'{text}' is not an image hash of 16 hexadecimal digits");
}
