using System.IO.Compression;
using System.Security.Cryptography;

namespace Workbench.Data;

/// <summary>Opens source files for reading, transparently decompressing <c>.gz</c>, and fingerprints them.</summary>
internal static class SourceFiles
{
    public static StreamReader OpenText(string path)
    {
        Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) stream = new GZipStream(stream, CompressionMode.Decompress);
        // detectEncodingFromByteOrderMarks strips a UTF-8 BOM; invalid bytes become InvalidUtf8.Marker, never lost.
        return new StreamReader(stream, InvalidUtf8.MarkingEncoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
    }

    /// <summary>SHA-256 of the file's bytes as lower-case hex: the identity of a source for idempotent ingest.</summary>
    public static string Sha256(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
