using System.Buffers.Binary;
using System.IO.Compression;

namespace Clearinghouse.Standards.Inspect;

/// <summary>One member of a ZIP archive, from its central directory record.</summary>
internal sealed record ZipEntry(string Name, int Method, long CompressedSize, long Size, long LocalHeaderOffset);

/// <summary>
/// The central directory of a ZIP archive (ZIP64 included), read by hand because System.IO.Compression cannot open
/// members compressed with Zstandard (method 93), which Inspect writes by default. Members are decompressed one at a
/// time, as streams, so a large log never sits in memory whole.
/// </summary>
internal sealed class ZipEntries
{
    private const int Stored = 0;
    private const int Deflate = 8;
    private const int Zstandard = 93;

    private readonly Stream archive;

    private ZipEntries(Stream archive, IReadOnlyList<ZipEntry> entries)
    {
        this.archive = archive;
        Entries = entries;
    }

    /// <summary>Every member in directory order; a name written twice appears twice (the last one counts).</summary>
    public IReadOnlyList<ZipEntry> Entries { get; }

    /// <summary>Reads the central directory; null with a reason when the stream is not a ZIP archive.</summary>
    public static ZipEntries? TryOpen(Stream archive, out string? problem)
    {
        problem = null;
        try
        {
            var length = archive.Length;
            var tailLength = (int)Math.Min(length, 22 + 65_535 + 20);
            var tail = new byte[tailLength];
            archive.Position = length - tailLength;
            archive.ReadExactly(tail);
            var eocd = -1;
            for (var i = tailLength - 22; i >= 0; i--)
            {
                if (BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(i)) == 0x06054b50)
                {
                    eocd = i;
                    break;
                }
            }

            if (eocd < 0)
            {
                problem = "not a ZIP archive: no end of central directory record";
                return null;
            }

            long count = BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(eocd + 10));
            long directorySize = BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(eocd + 12));
            long directoryOffset = BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(eocd + 16));
            if ((count == 0xFFFF || directorySize == 0xFFFFFFFF || directoryOffset == 0xFFFFFFFF) && eocd >= 20
                && BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(eocd - 20)) == 0x07064b50)
            {
                var zip64At = BinaryPrimitives.ReadInt64LittleEndian(tail.AsSpan(eocd - 20 + 8));
                var zip64 = new byte[56];
                archive.Position = zip64At;
                archive.ReadExactly(zip64);
                if (BinaryPrimitives.ReadUInt32LittleEndian(zip64) != 0x06064b50)
                {
                    problem = "damaged ZIP64 end of central directory record";
                    return null;
                }

                count = BinaryPrimitives.ReadInt64LittleEndian(zip64.AsSpan(32));
                directorySize = BinaryPrimitives.ReadInt64LittleEndian(zip64.AsSpan(40));
                directoryOffset = BinaryPrimitives.ReadInt64LittleEndian(zip64.AsSpan(48));
            }

            if (directoryOffset < 0 || directorySize < 0 || directoryOffset + directorySize > length || directorySize > int.MaxValue)
            {
                problem = "damaged ZIP archive: the central directory lies outside the file";
                return null;
            }

            var directory = new byte[directorySize];
            archive.Position = directoryOffset;
            archive.ReadExactly(directory);
            var entries = new List<ZipEntry>();
            var at = 0;
            for (long n = 0; n < count; n++)
            {
                if (at + 46 > directory.Length || BinaryPrimitives.ReadUInt32LittleEndian(directory.AsSpan(at)) != 0x02014b50)
                {
                    problem = "damaged ZIP archive: central directory record " + n + " is cut or has a wrong signature";
                    return null;
                }

                var record = directory.AsSpan(at);
                int method = BinaryPrimitives.ReadUInt16LittleEndian(record[10..]);
                long compressed = BinaryPrimitives.ReadUInt32LittleEndian(record[20..]);
                long size = BinaryPrimitives.ReadUInt32LittleEndian(record[24..]);
                int nameLength = BinaryPrimitives.ReadUInt16LittleEndian(record[28..]);
                int extraLength = BinaryPrimitives.ReadUInt16LittleEndian(record[30..]);
                int commentLength = BinaryPrimitives.ReadUInt16LittleEndian(record[32..]);
                long offset = BinaryPrimitives.ReadUInt32LittleEndian(record[42..]);
                if (at + 46 + nameLength + extraLength + commentLength > directory.Length)
                {
                    problem = "damaged ZIP archive: central directory record " + n + " is cut";
                    return null;
                }

                var name = System.Text.Encoding.UTF8.GetString(record.Slice(46, nameLength));
                var extra = record.Slice(46 + nameLength, extraLength);
                ReadZip64Extra(extra, ref size, ref compressed, ref offset);
                entries.Add(new ZipEntry(name, method, compressed, size, offset));
                at += 46 + nameLength + extraLength + commentLength;
            }

            return new ZipEntries(archive, entries);
        }
        catch (IOException e)
        {
            problem = "the archive could not be read: " + e.Message;
            return null;
        }
        catch (ArgumentException e)
        {
            problem = "damaged ZIP archive: " + e.Message;
            return null;
        }
    }

    private static void ReadZip64Extra(ReadOnlySpan<byte> extra, ref long size, ref long compressed, ref long offset)
    {
        while (extra.Length >= 4)
        {
            int id = BinaryPrimitives.ReadUInt16LittleEndian(extra);
            int length = BinaryPrimitives.ReadUInt16LittleEndian(extra[2..]);
            if (4 + length > extra.Length)
            {
                return;
            }

            if (id == 0x0001)
            {
                var field = extra.Slice(4, length);
                if (size == 0xFFFFFFFF && field.Length >= 8)
                {
                    size = BinaryPrimitives.ReadInt64LittleEndian(field);
                    field = field[8..];
                }

                if (compressed == 0xFFFFFFFF && field.Length >= 8)
                {
                    compressed = BinaryPrimitives.ReadInt64LittleEndian(field);
                    field = field[8..];
                }

                if (offset == 0xFFFFFFFF && field.Length >= 8)
                {
                    offset = BinaryPrimitives.ReadInt64LittleEndian(field);
                }

                return;
            }

            extra = extra[(4 + length)..];
        }
    }

    /// <summary>
    /// The decompressed content of a member as a stream; null with a reason for an unknown method, a damaged local
    /// header, or a Zstandard member when libzstd cannot be loaded.
    /// </summary>
    public Stream? TryOpen(ZipEntry entry, out string? problem)
    {
        problem = null;
        try
        {
            var header = new byte[30];
            archive.Position = entry.LocalHeaderOffset;
            archive.ReadExactly(header);
            if (BinaryPrimitives.ReadUInt32LittleEndian(header) != 0x04034b50)
            {
                problem = "damaged ZIP member: no local header where the central directory says";
                return null;
            }

            var dataAt = entry.LocalHeaderOffset + 30 + BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(26)) + BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(28));
            if (dataAt + entry.CompressedSize > archive.Length)
            {
                problem = "damaged ZIP member: its data runs past the end of the file";
                return null;
            }

            var raw = new SliceStream(archive, dataAt, entry.CompressedSize);
            switch (entry.Method)
            {
                case Stored:
                    return raw;
                case Deflate:
                    return new DeflateStream(raw, CompressionMode.Decompress);
                case Zstandard:
                    return ZstdDecompressionStream.TryCreate(raw, out problem);
                default:
                    problem = "ZIP compression method " + entry.Method + " is not supported (only stored, Deflate and Zstandard are)";
                    return null;
            }
        }
        catch (IOException e)
        {
            problem = "the member could not be read: " + e.Message;
            return null;
        }
    }

    /// <summary>A window on the archive: the compressed bytes of one member.</summary>
    private sealed class SliceStream(Stream inner, long start, long length) : ReadOnlyStream
    {
        private long position;

        public override int Read(Span<byte> buffer)
        {
            var left = length - position;
            if (left <= 0)
            {
                return 0;
            }

            inner.Position = start + position;
            var read = inner.Read(buffer[..(int)Math.Min(buffer.Length, left)]);
            position += read;
            return read;
        }
    }
}
