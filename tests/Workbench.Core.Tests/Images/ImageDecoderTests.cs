using System.Buffers.Binary;
using System.IO.Hashing;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using Workbench.Evaluation;
using Workbench.Images;

namespace Workbench.Tests.Images;

/// <summary>The decoder meets files from the open web: it must be robust to bad ones and cheap on good ones.</summary>
public class ImageDecoderTests
{
    private static readonly ImageHasher Hasher = new();

    private static byte[] Jpeg(int seed, int index, int side, int quality = 90)
    {
        using var image = SyntheticImages.Generate(seed, index, side, side);
        using var buffer = new MemoryStream();
        image.SaveAsJpeg(buffer, new JpegEncoder { Quality = quality });
        return buffer.ToArray();
    }

    [Fact]
    public void A_large_JPEG_is_decoded_at_a_reduced_size_that_keeps_the_short_side_at_128_or_more()
    {
        // Given a 1024×1024 JPEG
        var file = Jpeg(4, 1, 1024);
        // When it is decoded
        var decoded = ImageDecoder.Decode(new MemoryStream(file), "big.jpg");
        // Then it comes out at 1/4 or 1/8 of its size, never below the floor
        Assert.InRange(decoded.Width, ImageDecoder.MinDecodedSide, 256);
        Assert.Equal(decoded.Width * decoded.Height, decoded.Luma.Length);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Reduced_size_decoding_hashes_like_the_full_size_pixels(int index)
    {
        // Given a drawing, and the same drawing posted as an 800 px JPEG
        using var image = SyntheticImages.Generate(9, index, 800, 800);
        using var buffer = new MemoryStream();
        image.SaveAsJpeg(buffer, new JpegEncoder { Quality = 90 });
        buffer.Position = 0;
        // When both are hashed
        var fromPixels = Hasher.Hash(image);
        var fromFile = Hasher.Hash(buffer, "posted.jpg");
        // Then the hashes are far inside the match threshold
        Assert.True(fromPixels.Distance(fromFile, ImageHashKind.PHash) <= 4, $"pHash distance {fromPixels.Distance(fromFile, ImageHashKind.PHash)}");
        Assert.True(fromPixels.Distance(fromFile, ImageHashKind.DHash) <= 4, $"dHash distance {fromPixels.Distance(fromFile, ImageHashKind.DHash)}");
    }

    [Fact]
    public void A_truncated_JPEG_hashes_from_the_rows_it_holds()
    {
        // Given a JPEG cut at 60% of its bytes, as an interrupted download leaves it
        var file = Jpeg(2, 3, 400);
        var cut = file.AsSpan(0, file.Length * 6 / 10).ToArray();
        // When it is hashed, then it yields a hash (as a browser shows the rows it has) instead of failing the run
        var h = Hasher.Hash(new MemoryStream(cut), "cut.jpg");
        var whole = Hasher.Hash(new MemoryStream(file), "whole.jpg");
        // And the hash differs from the whole image's: the missing rows are not invented
        Assert.NotEqual(whole.PHash, h.PHash);
    }

    [Fact]
    public void An_empty_file_fails_with_its_name()
    {
        var ex = Assert.Throws<InvalidDataException>(() => Hasher.Hash(new MemoryStream([]), "empty.jpg"));
        Assert.Contains("empty.jpg", ex.Message);
    }

    [Fact]
    public void A_PNG_that_declares_a_huge_canvas_is_refused_before_decoding()
    {
        // Given a tiny PNG whose header declares 60,000 × 60,000 pixels (a decompression bomb)
        var png = PngHeaderOnly(60_000, 60_000);
        // When it is hashed, then it is refused with the pixel budget named, without allocating the canvas
        var ex = Assert.Throws<InvalidDataException>(() => Hasher.Hash(new MemoryStream(png), "bomb.png"));
        Assert.Contains("bomb.png", ex.Message);
        Assert.Contains("pixel budget", ex.Message);
    }

    [Fact]
    public void Random_bytes_never_crash_the_decoder()
    {
        // Given many random byte strings, some with a JPEG or PNG signature in front
        var random = new Random(17);
        for (var i = 0; i < 200; i++)
        {
            var bytes = new byte[random.Next(1, 4096)];
            random.NextBytes(bytes);
            if (i % 3 == 0 && bytes.Length > 3) { bytes[0] = 0xFF; bytes[1] = 0xD8; bytes[2] = 0xFF; }
            if (i % 3 == 1 && bytes.Length > 8) new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(bytes, 0);
            // When hashed, then a hash or a named InvalidDataException, nothing else
            try
            {
                Hasher.Hash(new MemoryStream(bytes), $"random-{i}");
            }
            catch (InvalidDataException ex)
            {
                Assert.Contains($"random-{i}", ex.Message);
            }
        }
    }

    /// <summary>A PNG whose header declares the size, followed by a few compressed bytes and the end chunk.</summary>
    private static byte[] PngHeaderOnly(int width, int height)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // colour type: RGB
        using var compressed = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(compressed, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(new byte[1024]);
        }
        var file = new List<byte> { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A };
        Chunk(file, "IHDR", header);
        Chunk(file, "IDAT", compressed.ToArray());
        Chunk(file, "IEND", []);
        return [.. file];
    }

    private static void Chunk(List<byte> file, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        file.AddRange(length);
        var typed = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        file.AddRange(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32.HashToUInt32(typed));
        file.AddRange(crc);
    }
}
