namespace Clearinghouse.Standards.Inspect;

/// <summary>
/// Inspect writes its logs with Python's JSON encoder, which emits the bare tokens <c>NaN</c>, <c>Infinity</c> and
/// <c>-Infinity</c> (e.g. a stderr metric over one sample). They are not JSON, so this stream rewrites each one, outside
/// strings only, into the string <c>"NaN"</c>, <c>"Infinity"</c> or <c>"-Infinity"</c>, which the readers then take as
/// the number (<c>InspectJson.Number</c>). Works across read boundaries, so logs are never loaded whole.
/// </summary>
internal sealed class NonFiniteNumbers(Stream inner) : ReadOnlyStream
{
    private readonly byte[] chunk = new byte[64 * 1024];
    private readonly Queue<byte> pending = new();
    private int chunkStart;
    private int chunkEnd;
    private bool inString;
    private bool escaped;
    private bool minus;
    private int letters;

    /// <summary>The same rewriting for a document already in memory; returns the input itself when it has nothing to rewrite.</summary>
    public static byte[] Rewrite(byte[] utf8)
    {
        using var rewritten = new NonFiniteNumbers(new MemoryStream(utf8, writable: false));
        using var copy = new MemoryStream(utf8.Length);
        rewritten.CopyTo(copy);
        return copy.Length == utf8.Length ? utf8 : copy.ToArray();
    }

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length)
        {
            if (pending.Count > 0)
            {
                buffer[written++] = pending.Dequeue();
                continue;
            }

            if (chunkStart == chunkEnd)
            {
                chunkStart = 0;
                chunkEnd = inner.Read(chunk);
                if (chunkEnd == 0)
                {
                    if (minus)
                    {
                        minus = false;
                        buffer[written++] = (byte)'-';
                        continue;
                    }

                    break;
                }
            }

            // Most bytes change nothing: copy runs up to the next quote, backslash, minus or capital N/I at once.
            if (!minus && letters == 0 && !escaped)
            {
                var span = chunk.AsSpan(chunkStart, chunkEnd - chunkStart);
                var stop = inString ? span.IndexOfAny((byte)'"', (byte)'\\') : span.IndexOfAny("\"-NI"u8);
                var run = Math.Min(stop < 0 ? span.Length : stop, buffer.Length - written);
                if (run > 0)
                {
                    span[..run].CopyTo(buffer[written..]);
                    written += run;
                    chunkStart += run;
                    continue;
                }
            }

            Transform(chunk[chunkStart++]);
        }

        return written;
    }

    private void Transform(byte b)
    {
        if (inString)
        {
            pending.Enqueue(b);
            if (escaped)
            {
                escaped = false;
            }
            else if (b == (byte)'\\')
            {
                escaped = true;
            }
            else if (b == (byte)'"')
            {
                inString = false;
            }

            return;
        }

        if (letters > 0)
        {
            pending.Enqueue(b);
            if (--letters == 0)
            {
                pending.Enqueue((byte)'"');
            }

            return;
        }

        if (minus)
        {
            minus = false;
            if (b == (byte)'I')
            {
                pending.Enqueue((byte)'"');
                pending.Enqueue((byte)'-');
                pending.Enqueue(b);
                letters = "Infinity".Length - 1;
                return;
            }

            pending.Enqueue((byte)'-');
        }

        switch (b)
        {
            case (byte)'"':
                inString = true;
                pending.Enqueue(b);
                break;
            case (byte)'-':
                minus = true;
                break;
            case (byte)'N':
                pending.Enqueue((byte)'"');
                pending.Enqueue(b);
                letters = "NaN".Length - 1;
                break;
            case (byte)'I':
                pending.Enqueue((byte)'"');
                pending.Enqueue(b);
                letters = "Infinity".Length - 1;
                break;
            default:
                pending.Enqueue(b);
                break;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
