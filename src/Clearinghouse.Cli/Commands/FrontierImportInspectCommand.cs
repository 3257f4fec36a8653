using System.CommandLine;
using System.Globalization;
using System.Net.Http.Headers;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Standards.Inspect;
using Spectre.Console;

namespace Clearinghouse.Cli.Commands;

/// <summary>
/// <c>frontier import-inspect LOG --model ID --safeguards on|off</c>: uploads a UK AISI Inspect log to the server, which
/// records it as an evaluation run of the model (sample id after <c>--task-prefix</c> = catalogue task key). The log's
/// header is read here first, so an unreadable log is exit 2 without a request; the upload shows a progress bar on a
/// terminal. Exit 0 recorded (the run, or with --json the run as the server returned it), 2 bad input, 1 refused, 3 server.
/// </summary>
public static class FrontierImportInspectCommand
{
    public static Command Build(CliConsole console)
    {
        var log = new Argument<FileInfo>("log") { Description = "An Inspect evaluation log: a .eval archive or a .json log." };
        var model = new Option<Guid>("--model") { Description = "The registered model's id.", Required = true };
        var safeguards = new Option<string>("--safeguards") { Description = "Whether the model's safeguards were on: on or off (an Inspect log does not say).", Required = true };
        safeguards.AcceptOnlyFromAmong("on", "off");
        var level = new Option<string>("--level") { Description = "The run's classification: U, CUI, C, S or TS.", DefaultValueFactory = _ => "S" };
        var compartments = new Option<string[]>("--compartment") { Description = "A compartment of the run's marking (repeatable)." };
        var dissemination = new Option<string[]>("--dissemination") { Description = "A dissemination control (repeatable), e.g. NOFORN." };
        var cui = new Option<string[]>("--cui") { Description = "A CUI category (repeatable), e.g. PROPIN." };
        var groups = new Option<string[]>("--group") { Description = "A need-to-know group (repeatable)." };
        var prefix = new Option<string?>("--task-prefix") { Description = "Put before each sample id to make the catalogue task key." };
        var scorer = new Option<string?>("--scorer") { Description = "The score to record (default: the log's first scorer)." };
        var version = new Option<int?>("--catalogue-version") { Description = "The catalogue version the run used (default: the current one)." };
        var command = new Command("import-inspect", "Record an Inspect log as an evaluation run of a registered model on the server (cleared evaluators).")
        {
            log, model, safeguards, level, compartments, dissemination, cui, groups, prefix, scorer, version,
        };
        command.SetAction(async (parse, ct) =>
        {
            var file = parse.GetValue(log)!;
            if (!file.Exists)
            {
                await console.Error.WriteLineAsync($"No such file: {file.FullName}");
                return ExitCodes.Usage;
            }

            using (var reader = InspectLogReader.Open(file.FullName))
            {
                if (reader.Log is null)
                {
                    await console.Error.WriteLineAsync($"{file.Name} is not a readable Inspect log: {string.Join("; ", reader.Diagnostics)}");
                    return ExitCodes.Usage;
                }
            }

            var query = new List<string> { "safeguards=" + (parse.GetValue(safeguards) == "on" ? "true" : "false"), "level=" + Uri.EscapeDataString(parse.GetValue(level)!) };
            foreach (var (name, values) in new[] { ("compartment", parse.GetValue(compartments)), ("dissemination", parse.GetValue(dissemination)), ("cui", parse.GetValue(cui)), ("group", parse.GetValue(groups)) })
            {
                query.AddRange((values ?? []).Select(v => name + "=" + Uri.EscapeDataString(v)));
            }

            foreach (var (name, value) in new[] { ("taskPrefix", parse.GetValue(prefix)), ("scorer", parse.GetValue(scorer)), ("catalogueVersion", parse.GetValue(version)?.ToString(CultureInfo.InvariantCulture)) })
            {
                if (value is not null)
                {
                    query.Add(name + "=" + Uri.EscapeDataString(value));
                }
            }

            var route = $"/api/frontier/models/{parse.GetValue(model)}/runs/inspect?{string.Join('&', query)}";
            var json = parse.GetValue(CliOptions.Json);
            if (!console.Ansi.Profile.Capabilities.Interactive || json)
            {
                return await UploadAsync(console, parse, route, file, null, ct);
            }

            var exit = ExitCodes.Ok;
            await console.Ansi.Progress().AutoClear(true).StartAsync(async context =>
            {
                var task = context.AddTask($"Uploading {file.Name}", maxValue: file.Length);
                exit = await UploadAsync(console, parse, route, file, new Progress<long>(sent => task.Value = sent), ct);
                task.Value = file.Length;
            });
            return exit;
        });
        return command;
    }

    private static async Task<int> UploadAsync(CliConsole console, ParseResult parse, string route, FileInfo file, IProgress<long>? progress, CancellationToken ct)
    {
        await using var stream = file.OpenRead();
        using var content = new StreamContent(progress is null ? stream : new CountingStream(stream, progress));
        content.Headers.ContentType = new MediaTypeHeaderValue(file.Extension.Equals(".json", StringComparison.OrdinalIgnoreCase) ? "application/json" : "application/zip");
        content.Headers.ContentLength = file.Length;
        return await Remote.RunAsync<EvaluationRunView>(console, parse, c => c.PostContentAsync<EvaluationRunView>(route, content, null, ct), (ansi, run) =>
        {
            ansi.WriteLine($"Run {run.Id} recorded ({run.Marking.Banner}): {run.Conditions.Model}, {run.Conditions.Epochs} epoch(s), scaffold {run.Conditions.Scaffold}, catalogue version {run.CatalogueVersion}.");
            Render.Table(ansi, [.. run.Tasks], ["TaskKey", "Category", "Difficulty", "Attempts", "Solved"]);
        });
    }

    /// <summary>Tells how many bytes the HTTP client has read from the file, for the progress bar.</summary>
    private sealed class CountingStream(Stream inner, IProgress<long> progress) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            progress.Report(inner.Position);
            return read;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await inner.ReadAsync(buffer, cancellationToken);
            progress.Report(inner.Position);
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
