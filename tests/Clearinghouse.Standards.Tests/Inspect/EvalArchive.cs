using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;

namespace Clearinghouse.Standards.Tests.Inspect;

/// <summary>
/// Writes small <c>.eval</c> archives for the edge cases no real log in ../shared/data has: members compressed with
/// Zstandard (method 93, through the system's libzstd), logs without a header. A plain ZIP writer: local headers,
/// data, central directory.
/// </summary>
internal static class EvalArchive
{
    public const int Stored = 0;
    public const int Deflate = 8;
    public const int Zstandard = 93;

    public static string Write(string directory, string name, params (string Name, string Json, int Method)[] members)
    {
        var path = Path.Combine(directory, name);
        using var file = File.Create(path);
        var central = new MemoryStream();
        foreach (var (memberName, json, method) in members)
        {
            var data = Encoding.UTF8.GetBytes(json);
            var compressed = method switch
            {
                Stored => data,
                Deflate => DeflateBytes(data),
                Zstandard => ZstdBytes(data),
                _ => data,
            };
            var nameBytes = Encoding.UTF8.GetBytes(memberName);
            var offset = (uint)file.Position;
            var crc = Crc32(data);
            var local = new byte[30];
            BinaryPrimitives.WriteUInt32LittleEndian(local, 0x04034b50);
            BinaryPrimitives.WriteUInt16LittleEndian(local.AsSpan(4), 63);
            BinaryPrimitives.WriteUInt16LittleEndian(local.AsSpan(8), (ushort)method);
            BinaryPrimitives.WriteUInt32LittleEndian(local.AsSpan(14), crc);
            BinaryPrimitives.WriteUInt32LittleEndian(local.AsSpan(18), (uint)compressed.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(local.AsSpan(22), (uint)data.Length);
            BinaryPrimitives.WriteUInt16LittleEndian(local.AsSpan(26), (ushort)nameBytes.Length);
            file.Write(local);
            file.Write(nameBytes);
            file.Write(compressed);

            var record = new byte[46];
            BinaryPrimitives.WriteUInt32LittleEndian(record, 0x02014b50);
            BinaryPrimitives.WriteUInt16LittleEndian(record.AsSpan(4), 63);
            BinaryPrimitives.WriteUInt16LittleEndian(record.AsSpan(6), 63);
            BinaryPrimitives.WriteUInt16LittleEndian(record.AsSpan(10), (ushort)method);
            BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(16), crc);
            BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(20), (uint)compressed.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(24), (uint)data.Length);
            BinaryPrimitives.WriteUInt16LittleEndian(record.AsSpan(28), (ushort)nameBytes.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(42), offset);
            central.Write(record);
            central.Write(nameBytes);
        }

        var directoryOffset = (uint)file.Position;
        central.Position = 0;
        central.CopyTo(file);
        var end = new byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(end.AsSpan(8), (ushort)members.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(end.AsSpan(10), (ushort)members.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(end.AsSpan(12), (uint)central.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(end.AsSpan(16), directoryOffset);
        file.Write(end);
        return path;
    }

    private static byte[] DeflateBytes(byte[] data)
    {
        using var output = new MemoryStream();
        using (var deflate = new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>Two Zstandard frames back to back, as Inspect writes for large members.</summary>
    private static byte[] ZstdBytes(byte[] data)
    {
        var half = data.Length / 2;
        return [.. ZstdFrame(data[..half]), .. ZstdFrame(data[half..])];
    }

    private static byte[] ZstdFrame(byte[] data)
    {
        var output = new byte[(int)ZSTD_compressBound((nuint)data.Length)];
        var written = ZSTD_compress(output, (nuint)output.Length, data, (nuint)data.Length, 3);
        Assert.Equal(0u, ZSTD_isError(written));
        return output[..(int)written];
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }

    [DllImport("libzstd.so.1")]
    private static extern nuint ZSTD_compress(byte[] destination, nuint capacity, byte[] source, nuint size, int level);

    [DllImport("libzstd.so.1")]
    private static extern nuint ZSTD_compressBound(nuint size);

    [DllImport("libzstd.so.1")]
    private static extern uint ZSTD_isError(nuint code);
}
