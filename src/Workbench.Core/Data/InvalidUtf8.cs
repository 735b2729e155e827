using System.Text;

namespace Workbench.Data;

/// <summary>
/// Decodes UTF-8 so that invalid bytes are seen, not silently replaced.
/// </summary>
/// <remarks>
/// .NET's default decoder turns invalid bytes into U+FFFD, which a legitimate text may also contain. Decoding with a
/// replacement of U+FDD0 (a Unicode noncharacter, which interchanged text never carries) lets the validator find the
/// exact field that held invalid bytes and quarantine the row instead of storing mangled text.
/// </remarks>
public static class InvalidUtf8
{
    /// <summary>The character that stands for an invalid byte sequence after decoding.</summary>
    public const char Marker = '\uFDD0';

    /// <summary>A UTF-8 encoding that replaces invalid input by <see cref="Marker"/> and emits no BOM.</summary>
    public static Encoding MarkingEncoding { get; } = CreateMarkingEncoding();

    private static Encoding CreateMarkingEncoding()
    {
        // A clone is writable; the fallback of a fresh instance cannot be set.
        var encoding = (Encoding)new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).Clone();
        encoding.DecoderFallback = new DecoderReplacementFallback(Marker.ToString());
        return encoding;
    }

    /// <summary>Whether decoded text held an invalid byte sequence.</summary>
    public static bool Contains(string? text) => text is not null && text.Contains(Marker, StringComparison.Ordinal);
}
