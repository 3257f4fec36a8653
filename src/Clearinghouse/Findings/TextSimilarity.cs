using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Clearinghouse.Findings;

/// <summary>
/// MinHash over word shingles, for near duplicates: two reports of the same bug in different words (titles,
/// descriptions, the functions of a stack) that share no fingerprint. A signature is <see cref="Size"/> minimum hashes of
/// the text's 3-word shingles; the share of equal positions estimates the Jaccard similarity of the two shingle sets.
/// Locality-sensitive hashing splits the signature into <see cref="Bands"/> bands: texts that share a band are
/// candidates, so a new case is compared with a few cases, not with all of them.
/// </summary>
public static class TextSimilarity
{
    public const int Size = 64;
    public const int Bands = 16;
    public const int RowsPerBand = Size / Bands;

    /// <summary>Similarity at which a case is proposed to analysts as a possible duplicate; never merged automatically.</summary>
    public const double ProposalThreshold = 0.5;

    public static uint[] Signature(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Words(text);
        var signature = new uint[Size];
        Array.Fill(signature, uint.MaxValue);
        if (words.Count == 0)
        {
            return signature;
        }

        var width = Math.Min(3, words.Count);
        var encoded = words.Select(Encoding.UTF8.GetBytes).ToList();
        var shingle = new byte[encoded.Max(w => w.Length) * width + width];
        Span<byte> digest = stackalloc byte[32];
        for (var i = 0; i + width <= words.Count; i++)
        {
            // The shingle's words joined by single spaces, as UTF-8.
            var length = 0;
            for (var w = i; w < i + width; w++)
            {
                if (w > i)
                {
                    shingle[length++] = (byte)' ';
                }

                encoded[w].CopyTo(shingle, length);
                length += encoded[w].Length;
            }

            SHA256.HashData(shingle.AsSpan(0, length), digest);
            var a = BinaryPrimitives.ReadUInt32LittleEndian(digest);
            var b = BinaryPrimitives.ReadUInt32LittleEndian(digest[4..]) | 1;
            for (var k = 0; k < Size; k++)
            {
                // Hash k of the family is a + k·b (mod 2^32): cheap, and different enough for MinHash.
                var h = unchecked(a + ((uint)k * b));
                if (h < signature[k])
                {
                    signature[k] = h;
                }
            }
        }

        return signature;
    }

    public static double Similarity(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        var equal = 0;
        for (var k = 0; k < Size; k++)
        {
            equal += a[k] == b[k] ? 1 : 0;
        }

        return (double)equal / Size;
    }

    /// <summary>The band keys of a signature: band number and a hash of its rows, as text for an index.</summary>
    public static IEnumerable<string> BandKeys(uint[] signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var bytes = new byte[RowsPerBand * 4];
        for (var band = 0; band < Bands; band++)
        {
            for (var row = 0; row < RowsPerBand; row++)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(row * 4), signature[(band * RowsPerBand) + row]);
            }

            yield return band.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
        }
    }

    public static byte[] Pack(uint[] signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var bytes = new byte[signature.Length * 4];
        for (var k = 0; k < signature.Length; k++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(k * 4), signature[k]);
        }

        return bytes;
    }

    public static uint[] Unpack(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var signature = new uint[bytes.Length / 4];
        for (var k = 0; k < signature.Length; k++)
        {
            signature[k] = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(k * 4));
        }

        return signature;
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || c == '_')
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }
}
