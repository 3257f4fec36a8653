using System.Buffers.Binary;
using System.Text;

namespace Clearinghouse.Scans;

/// <summary>The two DNS messages a TXT challenge needs (RFC 1035 §4): a recursive TXT query, and the TXT strings of its answer.</summary>
public static class DnsTxt
{
    private const ushort TypeTxt = 16;

    public static byte[] Query(ushort id, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var message = new List<byte>(64);
        Span<byte> header = stackalloc byte[12];
        BinaryPrimitives.WriteUInt16BigEndian(header, id);
        header[2] = 0x01; // recursion desired
        BinaryPrimitives.WriteUInt16BigEndian(header[4..], 1);
        message.AddRange(header.ToArray());
        foreach (var label in name.TrimEnd('.').Split('.'))
        {
            var bytes = Encoding.ASCII.GetBytes(label);
            message.Add((byte)bytes.Length);
            message.AddRange(bytes);
        }

        message.AddRange([0, 0, (byte)TypeTxt, 0, 1]);
        return [.. message];
    }

    /// <summary>The TXT strings of the answer (each record's strings joined), or none for a reply that is not the answer to <paramref name="id"/>.</summary>
    public static IReadOnlyList<string> ReadAnswer(ReadOnlySpan<byte> reply, ushort id)
    {
        var records = new List<string>();
        if (reply.Length < 12 || BinaryPrimitives.ReadUInt16BigEndian(reply) != id || (reply[3] & 0x0F) != 0)
        {
            return records;
        }

        var questions = BinaryPrimitives.ReadUInt16BigEndian(reply[4..]);
        var answers = BinaryPrimitives.ReadUInt16BigEndian(reply[6..]);
        var at = 12;
        for (var q = 0; q < questions; q++)
        {
            if (!SkipName(reply, ref at) || at + 4 > reply.Length)
            {
                return records;
            }

            at += 4;
        }

        for (var a = 0; a < answers; a++)
        {
            if (!SkipName(reply, ref at) || at + 10 > reply.Length)
            {
                return records;
            }

            var type = BinaryPrimitives.ReadUInt16BigEndian(reply[at..]);
            var length = BinaryPrimitives.ReadUInt16BigEndian(reply[(at + 8)..]);
            at += 10;
            if (at + length > reply.Length)
            {
                return records;
            }

            if (type == TypeTxt)
            {
                var text = new StringBuilder();
                for (var i = at; i < at + length;)
                {
                    var size = reply[i];
                    text.Append(Encoding.UTF8.GetString(reply.Slice(i + 1, Math.Min(size, at + length - i - 1))));
                    i += size + 1;
                }

                records.Add(text.ToString());
            }

            at += length;
        }

        return records;
    }

    private static bool SkipName(ReadOnlySpan<byte> message, ref int at)
    {
        while (at < message.Length)
        {
            var length = message[at];
            if ((length & 0xC0) == 0xC0)
            {
                at += 2;
                return at <= message.Length;
            }

            at += length + 1;
            if (length == 0)
            {
                return true;
            }
        }

        return false;
    }
}
