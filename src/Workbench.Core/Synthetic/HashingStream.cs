using System.Security.Cryptography;

namespace Workbench.Synthetic;

/// <summary>A write-only stream that hashes (SHA-256) what it passes on, so files need not be read back to be hashed.</summary>
internal sealed class HashingStream(Stream inner) : Stream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _length;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => _length;
    public override long Position { get => _length; set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _hash.AppendData(buffer);
        inner.Write(buffer);
        _length += buffer.Length;
    }

    public override void WriteByte(byte value) => Write([value]);

    public override void Flush() => inner.Flush();
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <summary>The SHA-256 of everything written, as 64 lower-case hex digits; call once, after the last write (disposal is fine).</summary>
    public string Finish()
    {
        var hex = Convert.ToHexStringLower(_hash.GetHashAndReset());
        _hash.Dispose();
        return hex;
    }

    /// <summary>Disposes the inner stream; the hash stays readable through <see cref="Finish"/>.</summary>
    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
