using System.Security.Cryptography;
using System.Text;

namespace Workbench.Data;

/// <summary>
/// The secret key behind every pseudonymous token. It lives outside the repository: in <c>WORKBENCH_KEY</c> (hex) or
/// in a file named by <c>WORKBENCH_KEY_FILE</c>.
/// </summary>
/// <remarks>
/// Tokens are <c>prefix</c> + the first 16 lower-case hex digits of HMAC-SHA256(key, value) (DESIGN.md). With the
/// same key, the same phone always gives the same token, so ads link across files and runs; without the key, a
/// token cannot be reversed by trying every phone number. The key itself is never printed: <see cref="Fingerprint"/>
/// identifies it in provenance records.
/// </remarks>
public sealed class PseudonymKey
{
    /// <summary>Environment variable holding the key as hex.</summary>
    public const string KeyVariable = "WORKBENCH_KEY";

    /// <summary>Environment variable naming a file that holds the key as hex.</summary>
    public const string KeyFileVariable = "WORKBENCH_KEY_FILE";

    /// <summary>Shortest accepted key, in bytes (128 bits).</summary>
    public const int MinimumBytes = 16;

    private readonly byte[] _key;

    // One keyed HMAC per thread: resetting it keeps the key schedule, which is most of the cost of a short value.
    private readonly ThreadLocal<IncrementalHash> _hmac;

    private PseudonymKey(byte[] key, string origin)
    {
        _key = key;
        _hmac = new ThreadLocal<IncrementalHash>(() => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key));
        Origin = origin;
        Fingerprint = Convert.ToHexStringLower(SHA256.HashData(key))[..16];
    }

    /// <summary>Where the key came from (variable or file path), for messages; never the key.</summary>
    public string Origin { get; }

    /// <summary>First 16 hex digits of SHA-256(key): names the key in provenance without revealing it.</summary>
    public string Fingerprint { get; }

    /// <summary>Parses a hex key.</summary>
    /// <exception cref="FormatException">Not hex, or shorter than <see cref="MinimumBytes"/> bytes.</exception>
    public static PseudonymKey FromHex(string hex, string origin = "inline")
    {
        ArgumentNullException.ThrowIfNull(hex);
        var trimmed = hex.Trim();
        byte[] bytes;
        try
        {
            bytes = Convert.FromHexString(trimmed);
        }
        catch (FormatException)
        {
            throw new FormatException($"The pseudonymization key from {origin} is not hexadecimal.");
        }
        if (bytes.Length < MinimumBytes)
        {
            throw new FormatException(
                $"The pseudonymization key from {origin} has {bytes.Length} bytes; at least {MinimumBytes} are needed ({MinimumBytes * 2} hex digits).");
        }
        return new PseudonymKey(bytes, origin);
    }

    /// <summary>A new random 256-bit key, as hex.</summary>
    public static string NewHex() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    /// <summary>
    /// The key from <c>WORKBENCH_KEY</c> or <c>WORKBENCH_KEY_FILE</c>, or null when neither is set.
    /// </summary>
    /// <exception cref="FormatException">A variable is set but its key is unusable.</exception>
    public static PseudonymKey? FromEnvironment()
    {
        var hex = Environment.GetEnvironmentVariable(KeyVariable);
        if (!string.IsNullOrWhiteSpace(hex)) return FromHex(hex, KeyVariable);
        var file = Environment.GetEnvironmentVariable(KeyFileVariable);
        if (!string.IsNullOrWhiteSpace(file)) return FromFile(file);
        return null;
    }

    /// <summary>Reads a key file (hex, surrounding white space ignored).</summary>
    public static PseudonymKey FromFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) throw new FormatException($"The key file {path} does not exist.");
        return FromHex(File.ReadAllText(path), path);
    }

    /// <summary>The per-user default key file: <c>$XDG_CONFIG_HOME/workbench/key</c>, else <c>~/.config/workbench/key</c>.</summary>
    public static string DefaultKeyFile()
    {
        var config = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME");
        if (string.IsNullOrWhiteSpace(config))
        {
            config = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config");
        }
        return Path.Combine(config, "workbench", "key");
    }

    /// <summary>
    /// Loads the key file at <paramref name="path"/>, creating it with a new random key (readable by the owner only)
    /// when it does not exist. Used by the demo on synthetic data; real data needs an explicitly configured key.
    /// </summary>
    public static PseudonymKey LoadOrCreate(string path, out bool created)
    {
        ArgumentNullException.ThrowIfNull(path);
        created = false;
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            try
            {
                using var writer = new StreamWriter(path, Encoding.ASCII, options);
                writer.WriteLine(NewHex());
                created = true;
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process created it first: use theirs.
            }
        }
        return FromFile(path);
    }

    /// <summary>The token for <paramref name="value"/>: <paramref name="prefix"/> + 16 hex digits of its HMAC.</summary>
    public string Token(string prefix, string value)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(value);
        Span<byte> mac = stackalloc byte[32];
        var byteCount = Encoding.UTF8.GetByteCount(value);
        var buffer = byteCount <= 512 ? stackalloc byte[byteCount] : new byte[byteCount];
        Encoding.UTF8.GetBytes(value, buffer);
        var hmac = _hmac.Value!;
        hmac.AppendData(buffer);
        hmac.GetHashAndReset(mac);
        Span<char> chars = stackalloc char[prefix.Length + 16];
        prefix.AsSpan().CopyTo(chars);
        Convert.TryToHexStringLower(mac[..8], chars[prefix.Length..], out _);
        return new string(chars);
    }

    /// <summary>Never shows the key.</summary>
    public override string ToString() => $"key {Fingerprint} from {Origin}";
}
