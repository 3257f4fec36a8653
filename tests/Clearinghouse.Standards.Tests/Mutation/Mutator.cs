using System.Text;

namespace Clearinghouse.Standards.Tests.Mutation;

/// <summary>
/// Corrupted variants of a real file, seeded and reproducible: truncations, flipped and deleted bytes, invalid UTF-8,
/// swapped structural characters, values of the wrong type, huge strings and deep nesting.
/// </summary>
public static class Mutator
{
    public static IEnumerable<(string Kind, byte[] Bytes)> Variants(byte[] original, int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var kind = random.Next(9);
            yield return kind switch
            {
                0 => ("truncated", original[..random.Next(original.Length)]),
                1 => ("flipped byte", Flip(original, random)),
                2 => ("deleted run", Delete(original, random)),
                3 => ("invalid UTF-8", Insert(original, random, [0xC3, 0x28, 0xFF])),
                4 => ("structural swap", Swap(original, random)),
                5 => ("wrong type", WrongType(original, random)),
                6 => ("huge string", Insert(original, random, Encoding.UTF8.GetBytes("\"" + new string('A', 2_000_000) + "\""))),
                7 => ("deep nesting", Encoding.UTF8.GetBytes(new string('[', 10_000) + new string(']', 10_000))),
                _ => ("duplicated run", Duplicate(original, random)),
            };
        }
    }

    private static byte[] Flip(byte[] bytes, Random random)
    {
        var copy = (byte[])bytes.Clone();
        if (copy.Length > 0)
        {
            copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        }

        return copy;
    }

    private static byte[] Delete(byte[] bytes, Random random)
    {
        if (bytes.Length < 2)
        {
            return [];
        }

        var start = random.Next(bytes.Length);
        var length = Math.Min(random.Next(1, 64), bytes.Length - start);
        return [.. bytes[..start], .. bytes[(start + length)..]];
    }

    private static byte[] Duplicate(byte[] bytes, Random random)
    {
        var start = random.Next(bytes.Length);
        var length = Math.Min(random.Next(1, 256), bytes.Length - start);
        return [.. bytes[..(start + length)], .. bytes[start..]];
    }

    private static byte[] Insert(byte[] bytes, Random random, byte[] insert)
    {
        var at = random.Next(bytes.Length + 1);
        return [.. bytes[..at], .. insert, .. bytes[at..]];
    }

    private static byte[] Swap(byte[] bytes, Random random)
    {
        var copy = (byte[])bytes.Clone();
        var structural = Enumerable.Range(0, copy.Length).Where(i => copy[i] is (byte)'{' or (byte)'}' or (byte)'[' or (byte)']' or (byte)':' or (byte)',' or (byte)'"').ToArray();
        if (structural.Length > 0)
        {
            var at = structural[random.Next(structural.Length)];
            copy[at] = "{}[]:,\""u8[random.Next(7)];
        }

        return copy;
    }

    // Replace one scalar value with one of another type: a string for a number, an object for a string, and so on.
    private static byte[] WrongType(byte[] bytes, Random random)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var colon = text.IndexOf(':', random.Next(Math.Max(1, text.Length)));
        if (colon < 0)
        {
            return bytes;
        }

        var end = colon + 1;
        while (end < text.Length && text[end] is not (',' or '}' or ']' or '\n'))
        {
            end++;
        }

        string[] replacements = [" 12345", " \"text\"", " {}", " []", " null", " true", " -1e999", " \"\\ud800\""];
        return Encoding.UTF8.GetBytes(text[..(colon + 1)] + replacements[random.Next(replacements.Length)] + text[end..]);
    }
}
