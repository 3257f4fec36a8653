using System.Globalization;
using System.Text.Json;
using Clearinghouse.Standards.Json;

namespace Clearinghouse.Standards.Inspect;

/// <summary>
/// Reads a UK AISI Inspect evaluation log, in either format (<see cref="InspectLogFormat"/>): the run's header at
/// once, the samples one at a time, so a log of any size is read in the memory of its largest sample.
/// </summary>
/// <remarks>
/// <para>Never throws on bad input. Every problem becomes a <see cref="JsonDiagnostic"/> in <see cref="Diagnostics"/>
/// whose location names the ZIP member and the JSON pointer (<c>samples/3_epoch_1.json/events/12/input_refs</c>), or
/// the pointer in a JSON log (<c>/samples/3</c>); a sample that cannot be read is left out and the next one is read.</para>
/// <para>What it reads beyond plain JSON:</para>
/// <list type="bullet">
/// <item>ZIP members compressed with Deflate or with Zstandard (method 93, Inspect's default since 2025), the latter
/// through the system's libzstd; without that library each such member gets a diagnostic saying so;</item>
/// <item>a log still being written, or whose writer died, has no <c>header.json</c>: the run is read from
/// <c>_journal/start.json</c> and <see cref="InspectLog.InProgress"/> is true;</item>
/// <item>the bare <c>NaN</c>, <c>Infinity</c> and <c>-Infinity</c> that Python writes;</item>
/// <item>condensed events: model inputs given as <c>input_refs</c> ranges into the sample's message pool
/// (<c>events_data.messages</c>, formerly <c>message_pool</c>), expanded in <see cref="InspectSample.ModelCalls"/>;</item>
/// <item><c>attachment://&lt;hash&gt;</c> references, replaced by the sample's <c>attachments</c>;</item>
/// <item>a log without full samples (<c>log_samples=False</c>): the sample summaries are read instead.</item>
/// </list>
/// </remarks>
public sealed class InspectLogReader : IDisposable
{
    /// <summary>A member's buffer is sized up front from its recorded size only up to here: the size is untrusted input.</summary>
    private const int MaxPresizedEntry = 256 * 1024 * 1024;

    private readonly List<JsonDiagnostic> diagnostics = [];
    private readonly Stream? file;
    private readonly bool leaveOpen;
    private readonly ZipEntries? zip;
    private readonly List<ZipEntry> sampleEntries = [];
    private readonly List<ZipEntry> summaryEntries = [];

    private InspectLogReader(Stream? file, ZipEntries? zip, InspectLogFormat format, bool leaveOpen)
    {
        this.file = file;
        this.leaveOpen = leaveOpen;
        this.zip = zip;
        Format = format;
    }

    /// <summary>The log's format (by content: a ZIP archive is <see cref="InspectLogFormat.Eval"/>).</summary>
    public InspectLogFormat Format { get; }

    /// <summary>The run as a whole; null when the log could not be read at all (see <see cref="Diagnostics"/>).</summary>
    public InspectLog? Log { get; private set; }

    /// <summary>Samples the log holds, when known before reading them (<c>.eval</c>); null for JSON logs.</summary>
    public int? SampleCount { get; private set; }

    /// <summary>Every problem found so far; samples add theirs as they are read.</summary>
    public IReadOnlyList<JsonDiagnostic> Diagnostics => diagnostics;

    /// <summary>Opens a log file and reads its header; never throws for a missing or unreadable file.</summary>
    /// <param name="path">A <c>.eval</c> or <c>.json</c> Inspect log.</param>
    public static InspectLogReader Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var failed = new InspectLogReader(null, null, InspectLogFormat.Json, leaveOpen: false);
            failed.diagnostics.Add(new JsonDiagnostic("", "the file could not be opened: " + e.Message));
            return failed;
        }

        return Open(stream, leaveOpen: false);
    }

    /// <summary>Reads the header of a log held in a seekable stream (an upload spooled to disk, a blob); never throws for bad content.</summary>
    /// <param name="stream">The log, seekable: a ZIP directory sits at the end, and a JSON log is walked twice.</param>
    /// <param name="leaveOpen">True to leave the stream open when the reader is disposed.</param>
    public static InspectLogReader Open(Stream stream, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanSeek || !stream.CanRead)
        {
            var failed = new InspectLogReader(null, null, InspectLogFormat.Json, leaveOpen);
            failed.diagnostics.Add(new JsonDiagnostic("", "the log must be given as a readable, seekable stream (spool an upload to a file first)"));
            return failed;
        }

        var magic = new byte[4];
        stream.Position = 0;
        var isZip = stream.Read(magic) == 4 && magic[0] == (byte)'P' && magic[1] == (byte)'K';
        stream.Position = 0;
        if (!isZip)
        {
            var reader = new InspectLogReader(stream, null, InspectLogFormat.Json, leaveOpen);
            reader.ReadJsonHeader();
            return reader;
        }

        var zip = ZipEntries.TryOpen(stream, out var problem);
        var eval = new InspectLogReader(stream, zip, InspectLogFormat.Eval, leaveOpen);
        if (zip is null)
        {
            eval.diagnostics.Add(new JsonDiagnostic("", problem!));
        }
        else
        {
            eval.ReadEvalHeader(zip);
        }

        return eval;
    }

    /// <summary>
    /// The samples, one at a time, in the order the log holds them. Each is read when asked for and not kept.
    /// </summary>
    /// <param name="progress">Told after each sample; null for none.</param>
    public IEnumerable<InspectSample> ReadSamples(IProgress<InspectReadProgress>? progress = null)
    {
        if (file is null || Log is null)
        {
            yield break;
        }

        var total = file.Length;
        var read = 0;
        if (zip is null)
        {
            file.Position = 0;
            var splitter = new JsonLogSplitter(new NonFiniteNumbers(file));
            foreach (var (_, index, bytes) in splitter.Members(samples: true))
            {
                var source = "/samples/" + index.ToString(CultureInfo.InvariantCulture);
                var sample = ParseSample(bytes.ToArray(), source, false);
                progress?.Report(new InspectReadProgress(++read, null, Math.Min(file.Position, total), total));
                if (sample is not null)
                {
                    yield return sample;
                }
            }

            if (splitter.Problem is not null)
            {
                diagnostics.Add(new JsonDiagnostic("/samples", splitter.Problem));
            }

            yield break;
        }

        var fromSummaries = sampleEntries.Count == 0;
        foreach (var entry in fromSummaries ? summaryEntries : sampleEntries)
        {
            var bytes = ReadEntry(entry);
            if (bytes is null)
            {
                continue;
            }

            if (fromSummaries)
            {
                foreach (var sample in ParseSummaries(bytes, entry.Name))
                {
                    yield return sample;
                }

                continue;
            }

            var parsed = ParseSample(bytes, entry.Name, false);
            progress?.Report(new InspectReadProgress(++read, SampleCount, entry.LocalHeaderOffset + entry.CompressedSize, total));
            if (parsed is not null)
            {
                yield return parsed;
            }
        }
    }

    /// <summary>Closes the file (a given stream only when not told to leave it open).</summary>
    public void Dispose()
    {
        if (!leaveOpen)
        {
            file?.Dispose();
        }
    }

    private void ReadJsonHeader()
    {
        var members = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var splitter = new JsonLogSplitter(new NonFiniteNumbers(file!));
        foreach (var (name, _, bytes) in splitter.Members(samples: false))
        {
            if (name is "eval" or "plan" or "results" or "stats" or "version" or "status" or "error")
            {
                if (Parse(bytes.ToArray(), "/" + name) is { } element)
                {
                    members[name] = element;
                }
            }
        }

        if (splitter.Problem is not null)
        {
            diagnostics.Add(new JsonDiagnostic("", splitter.Problem));
            if (!members.ContainsKey("eval"))
            {
                return;
            }
        }

        Log = InspectParsing.Log(InspectLogFormat.Json, members, inProgress: false, "", diagnostics);
    }

    private void ReadEvalHeader(ZipEntries archive)
    {
        // A name written twice counts once, at its last write (Inspect rewrites members when it resumes a log).
        var last = new Dictionary<string, ZipEntry>(StringComparer.Ordinal);
        foreach (var entry in archive.Entries)
        {
            last[entry.Name] = entry;
        }

        var entries = archive.Entries.Where(e => ReferenceEquals(last[e.Name], e)).ToList();
        sampleEntries.AddRange(entries.Where(e => e.Name.StartsWith("samples/", StringComparison.Ordinal) && e.Name.EndsWith(".json", StringComparison.Ordinal)));
        SampleCount = sampleEntries.Count;
        if (last.TryGetValue("summaries.json", out var summaries))
        {
            summaryEntries.Add(summaries);
        }
        else
        {
            summaryEntries.AddRange(entries
                .Where(e => e.Name.StartsWith("_journal/summaries/", StringComparison.Ordinal) && e.Name.EndsWith(".json", StringComparison.Ordinal))
                .OrderBy(e => int.TryParse(Path.GetFileNameWithoutExtension(e.Name), CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue));
        }

        var inProgress = !last.ContainsKey("header.json");
        var headerName = inProgress ? "_journal/start.json" : "header.json";
        if (!last.TryGetValue(headerName, out var header))
        {
            diagnostics.Add(new JsonDiagnostic("header.json", "the archive has neither header.json nor _journal/start.json: it is not an Inspect log"));
            return;
        }

        if (ReadEntry(header) is not { } bytes || Parse(bytes, headerName) is not { } root)
        {
            return;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Add(new JsonDiagnostic(headerName, "expected an object"));
            return;
        }

        var members = root.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        Log = InspectParsing.Log(InspectLogFormat.Eval, members, inProgress, headerName, diagnostics);
    }

    private byte[]? ReadEntry(ZipEntry entry)
    {
        try
        {
            using var stream = zip!.TryOpen(entry, out var problem);
            if (stream is null)
            {
                diagnostics.Add(new JsonDiagnostic(entry.Name, problem!));
                return null;
            }

            using var copy = new MemoryStream(entry.Size is > 0 and <= MaxPresizedEntry ? (int)entry.Size : 0);
            stream.CopyTo(copy);
            return copy.Length == copy.Capacity ? copy.GetBuffer() : copy.ToArray();
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            diagnostics.Add(new JsonDiagnostic(entry.Name, "the member could not be decompressed: " + e.Message));
            return null;
        }
    }

    /// <summary>The document, for the caller to dispose; null (with a diagnostic) when it is not JSON.</summary>
    private JsonDocument? ParseDocument(byte[] utf8, string source)
    {
        if (utf8.AsSpan().IndexOf("NaN"u8) >= 0 || utf8.AsSpan().IndexOf("Infinity"u8) >= 0)
        {
            utf8 = NonFiniteNumbers.Rewrite(utf8);
        }

        if (!JsonInput.TryParse(utf8, out var document, out var error))
        {
            diagnostics.Add(new JsonDiagnostic(source + " " + error.Location, error.Reason));
            return null;
        }

        return document;
    }

    /// <summary>A detached copy of the root, for header members that outlive their document.</summary>
    private JsonElement? Parse(byte[] utf8, string source)
    {
        using var document = ParseDocument(utf8, source);
        return document?.RootElement.Clone();
    }

    /// <summary>The sample keeps only strings and clones of score values, so its document is dropped at once, not copied.</summary>
    private InspectSample? ParseSample(byte[] utf8, string source, bool fromSummary)
    {
        using var document = ParseDocument(utf8, source);
        return document is null ? null : InspectParsing.Sample(document.RootElement, source, fromSummary, diagnostics);
    }

    private List<InspectSample> ParseSummaries(byte[] utf8, string source)
    {
        var samples = new List<InspectSample>();
        if (Parse(utf8, source) is not { } root)
        {
            return samples;
        }

        if (root.ValueKind != JsonValueKind.Array)
        {
            diagnostics.Add(new JsonDiagnostic(source, "expected an array of sample summaries"));
            return samples;
        }

        var i = 0;
        foreach (var summary in root.EnumerateArray())
        {
            if (InspectParsing.Sample(summary, source + "/" + i++.ToString(CultureInfo.InvariantCulture), true, diagnostics) is { } sample)
            {
                samples.Add(sample);
            }
        }

        return samples;
    }
}
