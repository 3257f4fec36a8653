using System.Globalization;
using System.Text.Json;

namespace Clearinghouse.Standards.Inspect;

/// <summary>
/// Walks a JSON log's top-level object from a stream, handing out each member's value, and each element of the
/// <c>samples</c> array separately, as UTF-8 bytes; memory is bounded by the largest single value, not by the log.
/// </summary>
internal sealed class JsonLogSplitter(Stream stream)
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = 256 };
    private byte[] buffer = new byte[64 * 1024];
    private int start;
    private int end;
    private bool endOfStream;
    private long consumedBefore;
    private JsonReaderState state = new(Options);

    /// <summary>Why walking stopped early (<c>line</c>-free: the byte offset), or null.</summary>
    public string? Problem { get; private set; }

    /// <summary>
    /// Every top-level member: (name, index, bytes) where index is the element's position for <c>samples</c> and -1
    /// otherwise. The bytes are only valid until the next item is asked for.
    /// </summary>
    public IEnumerable<(string Name, int Index, ReadOnlyMemory<byte> Value)> Members(bool samples)
    {
        if (!Next(false, out var type, out _, out _) || type != JsonTokenType.StartObject)
        {
            Problem ??= "the log is not a JSON object";
            yield break;
        }

        while (Next(false, out type, out var name, out _))
        {
            if (type == JsonTokenType.EndObject)
            {
                yield break;
            }

            if (name == "samples")
            {
                if (!Next(false, out type, out _, out var value))
                {
                    yield break;
                }

                if (type != JsonTokenType.StartArray)
                {
                    yield return (name, -1, value);
                    continue;
                }

                var index = 0;
                while (Next(samples, out type, out _, out value))
                {
                    if (type == JsonTokenType.EndArray)
                    {
                        break;
                    }

                    if (samples)
                    {
                        yield return (name, index, value);
                    }
                    else if (type is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        if (!SkipRest())
                        {
                            yield break;
                        }
                    }

                    index++;
                }

                continue;
            }

            if (!Next(true, out _, out _, out var member))
            {
                yield break;
            }

            if (!samples)
            {
                yield return (name!, -1, member);
            }
        }
    }

    /// <summary>Bytes of the stream handed on so far.</summary>
    public long Position => consumedBefore + start;

    private bool SkipRest()
    {
        // After reading a StartObject/StartArray token without its content: skip to the matching end.
        var depth = 1;
        while (depth > 0)
        {
            if (!Next(false, out var type, out _, out _))
            {
                return false;
            }

            if (type is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                depth++;
            }
            else if (type is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                depth--;
            }
        }

        return true;
    }

    private bool Next(bool wholeValue, out JsonTokenType type, out string? name, out ReadOnlyMemory<byte> value)
    {
        while (true)
        {
            try
            {
                var reader = new Utf8JsonReader(buffer.AsSpan(start, end - start), endOfStream, state);
                if (reader.Read())
                {
                    type = reader.TokenType;
                    var tokenStart = (int)reader.TokenStartIndex;
                    if (wholeValue && type is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip())
                    {
                        if (!Fill())
                        {
                            break;
                        }

                        continue;
                    }

                    name = type == JsonTokenType.PropertyName ? reader.GetString() : null;
                    var consumed = (int)reader.BytesConsumed;
                    value = buffer.AsMemory(start + tokenStart, consumed - tokenStart);
                    start += consumed;
                    state = reader.CurrentState;
                    return true;
                }
            }
            catch (JsonException e)
            {
                Problem = string.Create(CultureInfo.InvariantCulture, $"not valid JSON near byte {Position}: {e.Message}");
                break;
            }

            if (!Fill())
            {
                break;
            }
        }

        Problem ??= string.Create(CultureInfo.InvariantCulture, $"the log ends early, at byte {Position}");
        type = JsonTokenType.None;
        name = null;
        value = default;
        return false;
    }

    private bool Fill()
    {
        if (endOfStream)
        {
            return false;
        }

        if (start > 0)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            consumedBefore += start;
            end -= start;
            start = 0;
        }

        if (end == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
        }

        var read = stream.Read(buffer, end, buffer.Length - end);
        if (read == 0)
        {
            endOfStream = true;
        }

        end += read;
        return true;
    }
}
