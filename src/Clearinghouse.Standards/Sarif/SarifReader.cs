using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Clearinghouse.Standards.Json;

namespace Clearinghouse.Standards.Sarif;

/// <summary>
/// Reads a SARIF 2.1.0 log from a stream without holding the log in memory: results come out one at a time as they are
/// read, and memory stays bounded by the largest single result or run member (e.g. <c>tool</c> with its rules), not by
/// the log.
/// </summary>
/// <remarks>
/// <para>Never throws on bad input. Every problem becomes a <see cref="JsonDiagnostic"/> in <see cref="Diagnostics"/>
/// with the JSON pointer of the offending value (e.g. <c>/runs/0/results/17/locations/0/physicalLocation/region/startLine</c>):</para>
/// <list type="bullet">
/// <item>a result with any problem in a member the model reads is reported and skipped; later results still come out;</item>
/// <item>a problem in a run member (<c>tool</c>, <c>artifacts</c>, …) is reported and the offending part is read as absent;</item>
/// <item>text that is not JSON, or a log that ends early, ends reading with a diagnostic (<c>line N, byte M</c>), after
/// every result before the damage has come out.</item>
/// </list>
/// <para>Runs are filled in the order their members appear; see <see cref="SarifRun"/>. Members the model does not read
/// (e.g. <c>graphs</c>, <c>webRequests</c>) are skipped token by token, so they cost no memory.</para>
/// </remarks>
public sealed class SarifReader : IDisposable
{
    /// <summary>The largest single value (a result, <c>tool</c>, …) the reader will hold; beyond it reading stops.</summary>
    public const int MaxValueBytes = 256 * 1024 * 1024;

    private const int InitialBufferBytes = 64 * 1024;
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 64 };

    private readonly Stream stream;
    private readonly bool leaveOpen;
    private readonly List<SarifRun> runs = [];
    private readonly List<JsonDiagnostic> diagnostics = [];
    private readonly Queue<SarifResult> ready = new();
    private byte[] buffer;
    private int start;
    private int end;
    private bool endOfStream;
    private bool started;
    private JsonReaderState readerState = new(ReaderOptions);
    private State state = State.Start;
    private State afterSkip;
    private int skipDepth;
    private string? pendingName;
    private int elementIndex;
    private JsonPath elementsAt = JsonPath.Root;
    private bool sawRuns;
    private bool sawVersion;

    /// <summary>Prepares to read the log in <paramref name="stream"/>; nothing is read until results are asked for.</summary>
    /// <param name="stream">The log, UTF-8 (a byte order mark is skipped).</param>
    /// <param name="leaveOpen">True to leave the stream open when the reader is disposed.</param>
    public SarifReader(Stream stream, bool leaveOpen = false)
        : this(stream, leaveOpen, InitialBufferBytes)
    {
    }

    /// <summary>
    /// True to read only what describes the runs (tool, rules, taxonomies, artifacts, …) and pass over every
    /// <c>results</c> array token by token, building nothing: the first pass of a reader that needs a run's rules before
    /// its results, which SARIF allows to come after them. Problems inside skipped results are not reported.
    /// </summary>
    public bool SkipResults { get; init; }

    /// <summary>For tests: a tiny first buffer puts token and value boundaries across refills and makes the buffer grow.</summary>
    internal SarifReader(Stream stream, bool leaveOpen, int initialBufferBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        this.stream = stream;
        this.leaveOpen = leaveOpen;
        buffer = new byte[initialBufferBytes];
    }

    private enum State
    {
        Start,
        Root,
        RootValue,
        Runs,
        Run,
        RunValue,
        Results,
        Artifacts,
        Skipping,
        End,
        Done,
    }

    private enum Step
    {
        Progress,
        NeedMore,
    }

    /// <summary>The log's <c>version</c>, once read.</summary>
    public string? Version { get; private set; }

    /// <summary>The log's <c>$schema</c>, once read.</summary>
    public string? Schema { get; private set; }

    /// <summary>The runs read so far; the last one may still be being read.</summary>
    public IReadOnlyList<SarifRun> Runs => runs;

    /// <summary>Every problem found so far, in the order found.</summary>
    public IReadOnlyList<JsonDiagnostic> Diagnostics => diagnostics;

    /// <summary>True once the whole log has been read to its end without a syntax error or truncation.</summary>
    public bool ReachedEnd { get; private set; }

    /// <summary>Reads the log, handing out each good result as soon as it has been read.</summary>
    public IEnumerable<SarifResult> ReadResults()
    {
        while (state != State.Done || ready.Count > 0)
        {
            while (ready.TryDequeue(out var result))
            {
                yield return result;
            }

            if (state == State.Done)
            {
                break;
            }

            if (!endOfStream)
            {
                MakeRoom();
                if (state == State.Done)
                {
                    continue;
                }

                // Fill the buffer before trying again, so a value that spans many small reads is probed a few times, not once per read.
                while (!endOfStream && end < buffer.Length)
                {
                    Received(stream.Read(buffer, end, buffer.Length - end));
                }
            }

            Pump();
        }
    }

    /// <summary>Reads the log asynchronously, handing out each good result as soon as it has been read.</summary>
    /// <param name="cancellationToken">Stops reading.</param>
    public async IAsyncEnumerable<SarifResult> ReadResultsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (state != State.Done || ready.Count > 0)
        {
            while (ready.TryDequeue(out var result))
            {
                yield return result;
            }

            if (state == State.Done)
            {
                break;
            }

            if (!endOfStream)
            {
                MakeRoom();
                if (state == State.Done)
                {
                    continue;
                }

                while (!endOfStream && end < buffer.Length)
                {
                    Received(await stream.ReadAsync(buffer.AsMemory(end), cancellationToken).ConfigureAwait(false));
                }
            }

            Pump();
        }
    }

    /// <summary>Disposes the stream unless the reader was told to leave it open.</summary>
    public void Dispose()
    {
        if (!leaveOpen)
        {
            stream.Dispose();
        }
    }

    private void MakeRoom()
    {
        if (start > 0)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }

        if (end == buffer.Length)
        {
            // A single value fills the buffer: it must be held whole, so the buffer grows (up to the limit).
            if (buffer.Length >= MaxValueBytes)
            {
                Fail(Where(), string.Create(CultureInfo.InvariantCulture, $"a single value is larger than {MaxValueBytes / (1024 * 1024)} MiB; reading stopped"));
                return;
            }

            Array.Resize(ref buffer, Math.Min(buffer.Length * 2, MaxValueBytes));
        }
    }

    private void Received(int read)
    {
        if (read == 0)
        {
            endOfStream = true;
            return;
        }

        end += read;
        if (!started && end - start >= 3)
        {
            started = true;
            if (buffer.AsSpan(start, 3).SequenceEqual((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                start += 3;
            }
        }
    }

    private void Pump()
    {
        started = true;
        var reader = new Utf8JsonReader(buffer.AsSpan(start, end - start), endOfStream, readerState);
        var consumed = 0L;
        try
        {
            while (state != State.Done)
            {
                var before = reader.CurrentState;
                var beforeConsumed = reader.BytesConsumed;
                if (Advance(ref reader) == Step.NeedMore)
                {
                    reader = default;
                    readerState = before;
                    consumed = beforeConsumed;
                    if (endOfStream)
                    {
                        Fail(Where(), "the log ends early (truncated): " + Expecting());
                    }

                    break;
                }

                consumed = reader.BytesConsumed;
                readerState = reader.CurrentState;
            }
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1;
            var column = (e.BytePositionInLine ?? 0) + 1;
            var message = e.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            var inside = Where() is { Length: > 0 } where ? $" (inside {where})" : "";
            Fail(string.Create(CultureInfo.InvariantCulture, $"line {line}, byte {column}"),
                $"not valid JSON{inside}: " + (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ') + ".");
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json has no Try form for reading a string: it throws when the bytes of a string are not UTF-8
            // or escape a lone UTF-16 surrogate. Such a log is not text, so reading stops here, saying where.
            Fail(Where(), "not valid text: a string holds bytes that are not UTF-8, or escapes a lone UTF-16 surrogate.");
        }

        start += (int)consumed;
    }

    private Step Advance(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            if (state == State.End && endOfStream)
            {
                ReachedEnd = true;
                state = State.Done;
                return Step.Progress;
            }

            return Step.NeedMore;
        }

        var token = reader.TokenType;
        switch (state)
        {
            case State.Start:
                if (token != JsonTokenType.StartObject)
                {
                    Fail("", $"a SARIF log must be a JSON object, not {Describe(token)}");
                    return Step.Progress;
                }

                state = State.Root;
                return Step.Progress;

            case State.Root:
                if (token == JsonTokenType.EndObject)
                {
                    if (!sawVersion)
                    {
                        diagnostics.Add(new JsonDiagnostic("/version", "a SARIF log must have a version"));
                    }

                    if (!sawRuns)
                    {
                        diagnostics.Add(new JsonDiagnostic("/runs", "a SARIF log must have runs"));
                    }

                    state = State.End;
                    return Step.Progress;
                }

                pendingName = reader.GetString();
                state = State.RootValue;
                return Step.Progress;

            case State.RootValue:
                return RootValue(ref reader, token);

            case State.Runs:
                if (token == JsonTokenType.EndArray)
                {
                    state = State.Root;
                    return Step.Progress;
                }

                if (token != JsonTokenType.StartObject)
                {
                    diagnostics.Add(new JsonDiagnostic(JsonInput.Pointer("/runs", runs.Count), $"a run must be an object, not {Describe(token)}"));
                    runs.Add(new SarifRun(runs.Count) { IsComplete = true });
                    return Skip(ref reader, State.Runs);
                }

                runs.Add(new SarifRun(runs.Count));
                state = State.Run;
                return Step.Progress;

            case State.Run:
                if (token == JsonTokenType.EndObject)
                {
                    runs[^1].IsComplete = true;
                    state = State.Runs;
                    return Step.Progress;
                }

                pendingName = reader.GetString();
                state = State.RunValue;
                return Step.Progress;

            case State.RunValue:
                return RunValue(ref reader, token);

            case State.Results:
            case State.Artifacts:
                return Element(ref reader, token);

            case State.Skipping:
                if (token is JsonTokenType.EndObject or JsonTokenType.EndArray && reader.CurrentDepth == skipDepth)
                {
                    state = afterSkip;
                }

                return Step.Progress;

            default:
                return Step.Progress; // State.End: the reader itself refuses anything after the root value
        }
    }

    private Step RootValue(ref Utf8JsonReader reader, JsonTokenType token)
    {
        var at = JsonInput.Pointer("", pendingName!);
        switch (pendingName)
        {
            case "runs" when token == JsonTokenType.StartArray:
                sawRuns = true;
                state = State.Runs;
                return Step.Progress;
            case "runs" when token == JsonTokenType.Null:
                sawRuns = true; // null runs: the tool could not even start (§3.13.4)
                state = State.Root;
                return Step.Progress;
            case "version" or "$schema" when token == JsonTokenType.String:
                var text = reader.GetString();
                if (pendingName == "version")
                {
                    sawVersion = true;
                    Version = text;
                    if (text != "2.1.0")
                    {
                        diagnostics.Add(new JsonDiagnostic(at, $"'{text}' is not SARIF 2.1.0; the log is read as 2.1.0"));
                    }
                }
                else
                {
                    Schema = text;
                }

                state = State.Root;
                return Step.Progress;
            case "runs":
                diagnostics.Add(new JsonDiagnostic(at, $"must be an array, not {Describe(token)}"));
                sawRuns = true;
                return Skip(ref reader, State.Root);
            case "version" or "$schema":
                diagnostics.Add(new JsonDiagnostic(at, $"must be a string, not {Describe(token)}"));
                return Skip(ref reader, State.Root);
            default:
                return Skip(ref reader, State.Root);
        }
    }

    private Step RunValue(ref Utf8JsonReader reader, JsonTokenType token)
    {
        var run = runs[^1];
        var at = JsonPath.Root["runs"][run.Index][pendingName!];
        if (token == JsonTokenType.Null)
        {
            state = State.Run;
            return Step.Progress;
        }

        switch (pendingName)
        {
            case "results" when token == JsonTokenType.StartArray && SkipResults:
                return Skip(ref reader, State.Run);
            case "results" or "artifacts" when token == JsonTokenType.StartArray:
                state = pendingName == "results" ? State.Results : State.Artifacts;
                elementsAt = at;
                elementIndex = 0;
                return Step.Progress;
            case "results" or "artifacts" or "invocations" or "logicalLocations" when token != JsonTokenType.StartArray:
            case "tool" or "originalUriBaseIds" or "properties" when token != JsonTokenType.StartObject:
                diagnostics.Add(new JsonDiagnostic(at.ToString(), $"must be {(token == JsonTokenType.StartObject ? "an array" : pendingName is "tool" or "originalUriBaseIds" or "properties" ? "an object" : "an array")}, not {Describe(token)}"));
                return Skip(ref reader, State.Run);
            case "tool" or "taxonomies" or "originalUriBaseIds" or "invocations" or "logicalLocations" or "properties":
                if (!Whole(ref reader, out var document))
                {
                    return Step.NeedMore;
                }

                using (document)
                {
                    ReadRunMember(run, pendingName, document!.RootElement, at);
                }

                state = State.Run;
                return Step.Progress;
            default:
                return Skip(ref reader, State.Run);
        }
    }

    private void ReadRunMember(SarifRun run, string name, JsonElement value, JsonPath at)
    {
        var elements = new SarifElements(diagnostics);
        switch (name)
        {
            case "tool":
                if (value.TryGetProperty("driver", out var driver) && driver.ValueKind == JsonValueKind.Object)
                {
                    run.Driver = elements.ToolComponent(driver, at["driver"]);
                }
                else
                {
                    diagnostics.Add(new JsonDiagnostic(at["driver"].ToString(), "a tool must have a driver object"));
                }

                run.Extensions = elements.Array(value, "extensions", at, elements.ToolComponent);
                run.RulesChanged();
                break;
            case "taxonomies":
                run.Taxonomies = ArrayValue(value, at, elements.ToolComponent, elements);
                break;
            case "invocations":
                run.Invocations = ArrayValue(value, at, elements.Invocation, elements);
                break;
            case "logicalLocations":
                run.LogicalLocations = ArrayValue(value, at, elements.LogicalLocation, elements);
                break;
            case "originalUriBaseIds":
                var bases = new Dictionary<string, SarifArtifactLocation>(StringComparer.Ordinal);
                foreach (var p in value.EnumerateObject())
                {
                    if (elements.Object(value, p.Name, at, elements.ArtifactLocation) is { } location)
                    {
                        bases[p.Name] = location;
                    }
                }

                run.OriginalUriBaseIds = bases;
                break;
            default:
                run.Properties = value.Clone();
                break;
        }
    }

    private IReadOnlyList<T> ArrayValue<T>(JsonElement value, JsonPath at, Func<JsonElement, JsonPath, T> read, SarifElements elements)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            diagnostics.Add(new JsonDiagnostic(at.ToString(), $"must be an array, not {JsonInput.Describe(value.ValueKind)}"));
            return [];
        }

        return elements.Items(value, at, read);
    }

    private Step Element(ref Utf8JsonReader reader, JsonTokenType token)
    {
        var run = runs[^1];
        if (token == JsonTokenType.EndArray)
        {
            state = State.Run;
            return Step.Progress;
        }

        var at = elementsAt[elementIndex];
        if (token != JsonTokenType.StartObject)
        {
            diagnostics.Add(new JsonDiagnostic(at.ToString(), $"must be an object, not {Describe(token)}"));
            Counted(run);
            return Skip(ref reader, state);
        }

        if (!Whole(ref reader, out var document))
        {
            return Step.NeedMore;
        }

        using (document)
        {
            var errors = new List<JsonDiagnostic>();
            var elements = new SarifElements(errors);
            if (state == State.Results)
            {
                var result = elements.Result(document!.RootElement, at, run.Index, elementIndex, run);
                if (errors.Count == 0)
                {
                    ready.Enqueue(result);
                }
                else
                {
                    diagnostics.AddRange(errors);
                    diagnostics.Add(new JsonDiagnostic(at.ToString(), "result skipped: " + errors.Count.ToString(CultureInfo.InvariantCulture) + " problem(s) above"));
                }
            }
            else
            {
                run.AddArtifact(elements.Artifact(document!.RootElement, at));
                diagnostics.AddRange(errors);
            }
        }

        Counted(run);
        return Step.Progress;
    }

    private void Counted(SarifRun run)
    {
        if (state == State.Results)
        {
            run.ResultCount++;
        }

        elementIndex++;
    }

    /// <summary>Reads the value the reader is on into a document, or says more bytes are needed to hold it whole.</summary>
    private static bool Whole(ref Utf8JsonReader reader, out JsonDocument? document) => JsonDocument.TryParseValue(ref reader, out document);

    /// <summary>Skips the value the reader is on token by token, so a skipped value of any size needs no buffer.</summary>
    private Step Skip(ref Utf8JsonReader reader, State then)
    {
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            afterSkip = then;
            skipDepth = reader.CurrentDepth;
            state = State.Skipping;
        }
        else
        {
            state = then;
        }

        return Step.Progress;
    }

    private void Fail(string location, string reason)
    {
        diagnostics.Add(new JsonDiagnostic(location, reason));
        state = State.Done;
    }

    private string Where() => state switch
    {
        State.Results or State.Artifacts => elementsAt[elementIndex].ToString(),
        State.Run or State.RunValue => JsonInput.Pointer("/runs", runs.Count - 1),
        State.Runs => "/runs",
        State.Skipping => afterSkip switch
        {
            State.Results or State.Artifacts => elementsAt[elementIndex - 1].ToString(),
            State.Run => JsonInput.Pointer("/runs", runs.Count - 1),
            _ => "",
        },
        _ => "",
    };

    private string Expecting() => state switch
    {
        State.Start => "it is empty",
        State.End => "after the end of the log",
        _ => Where() is { Length: > 0 } where ? "inside " + where : "inside the log",
    };

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => "nothing",
    };
}
