using System.CommandLine;
using System.Globalization;
using System.Net.Http.Headers;
using Clearinghouse.Contracts.Client;
using Clearinghouse.Contracts.Exposure;
using Spectre.Console;

namespace Clearinghouse.Cli.Commands;

/// <summary>
/// <c>feeds import PATH|URL</c>: uploads advisory feeds to the server's knowledge base (POST /api/feeds/import): an OSV
/// record (JSON or YAML), an OSV zip export, the CISA KEV catalog or a CVE JSON 5 record; every such file of a folder; or
/// one downloaded from an http(s) URL. Each file is one import, committed on its own and idempotent by content, so an
/// interrupted run is simply run again. Exit 0 all imported, 2 some file was not an advisory document (the others were
/// imported), 3 server or network (the files before it were imported).
/// </summary>
public static class FeedsImportCommand
{
    /// <summary>What one file did.</summary>
    public sealed record FileOutcome(string Source, FeedImportView? Result, string? Refused);

    /// <summary>The whole run: every file and the totals.</summary>
    public sealed record ImportOutcome(IReadOnlyList<FileOutcome> Files, int Documents, int Added, int Changed, int Unchanged, int NewExposures, int Refused);

    public static Command Build(CliConsole console)
    {
        var source = new Argument<string>("source") { Description = "A file, a folder (every .json, .yaml, .yml and .zip file in it, recursively) or an http(s) URL." };
        var command = new Command("import", "Import advisory feeds (OSV, OSV zip export, KEV, CVE JSON 5) into the server's knowledge base (clearinghouse analysts).") { source };
        command.SetAction(async (parse, ct) =>
        {
            var given = parse.GetValue(source)!;
            var isUrl = Uri.TryCreate(given, UriKind.Absolute, out var url) && url.Scheme is "http" or "https";
            var files = new List<string>();
            if (!isUrl)
            {
                if (Directory.Exists(given))
                {
                    files.AddRange(Directory.EnumerateFiles(given, "*.*", SearchOption.AllDirectories)
                        .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".json" or ".yaml" or ".yml" or ".zip").Order(StringComparer.Ordinal));
                }
                else if (File.Exists(given))
                {
                    files.Add(given);
                }
                else
                {
                    await console.Error.WriteLineAsync($"No such file, folder or http(s) URL: {given}");
                    return ExitCodes.Usage;
                }

                if (files.Count == 0)
                {
                    await console.Error.WriteLineAsync($"{given} holds no .json, .yaml, .yml or .zip file.");
                    return ExitCodes.Usage;
                }
            }

            var refused = 0;

            // With --json, standard output is the one JSON document, so the progress goes to standard error.
            var progressConsole = parse.GetValue(CliOptions.Json)
                ? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Error), Ansi = AnsiSupport.No, Interactive = InteractionSupport.No })
                : console.Ansi;
            var exit = await Remote.RunAsync(console, parse, client => ImportAsync(progressConsole, client, isUrl ? url : null, files, ct), (ansi, outcome) =>
            {
                Render.Table(ansi, outcome.Files.Select(f => new
                {
                    f.Source,
                    Documents = f.Result?.Documents,
                    Added = f.Result?.Added,
                    Changed = f.Result?.Changed,
                    Unchanged = f.Result?.Unchanged,
                    NewExposures = f.Result?.NewExposures,
                    f.Refused,
                }));
                ansi.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{outcome.Files.Count} file(s), {outcome.Documents} document(s): {outcome.Added} added, {outcome.Changed} changed, {outcome.Unchanged} unchanged; {outcome.NewExposures} new exposure(s); {outcome.Refused} refused."));
            });
            return exit == ExitCodes.Ok && refused > 0 ? ExitCodes.Usage : exit;

            async Task<ApiResult<ImportOutcome>> ImportAsync(IAnsiConsole ansi, ClearinghouseClient client, Uri? from, List<string> paths, CancellationToken token)
            {
                var outcomes = new List<FileOutcome>();
                ApiResult<ImportOutcome>? failure = null;
                await ansi.Progress().StartAsync(async progress =>
                {
                    if (from is not null)
                    {
                        var download = progress.AddTask("Downloading " + from, maxValue: 1);
                        var (bytes, error) = await DownloadAsync(from, download, token);
                        if (bytes is null)
                        {
                            failure = new ApiResult<ImportOutcome>(default, null, error);
                            return;
                        }

                        var name = Path.GetFileName(from.AbsolutePath) is { Length: > 0 } last ? last : "download.json";
                        var upload = progress.AddTask("Importing " + name, maxValue: 1);
                        failure = await UploadAsync(client, name, from.ToString(), new ByteArrayContent(bytes), outcomes, token);
                        upload.Increment(1);
                        return;
                    }

                    var task = progress.AddTask("Importing", maxValue: paths.Sum(p => Math.Max(1, new FileInfo(p).Length)));
                    foreach (var path in paths)
                    {
                        await using var stream = File.OpenRead(path);
                        failure = await UploadAsync(client, Path.GetFileName(path), path, new StreamContent(stream), outcomes, token);
                        task.Increment(Math.Max(1, new FileInfo(path).Length));
                        if (failure is not null)
                        {
                            return;
                        }
                    }
                });

                refused = outcomes.Count(o => o.Refused is not null);
                var imported = outcomes.Select(o => o.Result).OfType<FeedImportView>().ToList();
                return failure ?? new ApiResult<ImportOutcome>(new ImportOutcome(outcomes, imported.Sum(r => r.Documents), imported.Sum(r => r.Added), imported.Sum(r => r.Changed),
                    imported.Sum(r => r.Unchanged), imported.Sum(r => r.NewExposures), refused), null, null);
            }
        });
        return command;
    }

    /// <summary>Imports one file; a document the server cannot read is noted and the run goes on, any other refusal stops it.</summary>
    private static async Task<ApiResult<ImportOutcome>?> UploadAsync(ClearinghouseClient client, string name, string source, HttpContent content, List<FileOutcome> outcomes, CancellationToken ct)
    {
        content.Headers.ContentType = new MediaTypeHeaderValue(name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) ? "application/zip" : "application/json");
        var result = await client.PostContentAsync<FeedImportView>("/api/feeds/import?name=" + Uri.EscapeDataString(name), content, ct: ct);
        if (result.Succeeded)
        {
            outcomes.Add(new FileOutcome(source, result.Value, null));
            return null;
        }

        if (result.Problem is { Status: 400 } unreadable)
        {
            var reasons = unreadable.Errors?.Values.SelectMany(v => v) ?? [];
            outcomes.Add(new FileOutcome(source, null, string.Join("; ", reasons.DefaultIfEmpty(unreadable.Detail ?? "not an advisory document"))));
            return null;
        }

        return new ApiResult<ImportOutcome>(default, result.Problem is { } problem ? problem with { Detail = $"{source}: {problem.Detail}" } : null, result.NetworkError);
    }

    private static async Task<(byte[]? Bytes, string? Error)> DownloadAsync(Uri url, ProgressTask task, CancellationToken ct)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(10) };
        try
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, ct);
            if (!response.IsSuccessStatusCode)
            {
                return (null, string.Create(CultureInfo.InvariantCulture, $"{url} answered {(int)response.StatusCode} {response.ReasonPhrase}."));
            }

            task.MaxValue = Math.Max(1, response.Content.Headers.ContentLength ?? 1);
            await using var body = await response.Content.ReadAsStreamAsync(ct);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await body.ReadAsync(chunk, ct)) > 0)
            {
                buffer.Write(chunk, 0, read);
                task.Increment(read);
            }

            task.Value = task.MaxValue;
            return (buffer.ToArray(), null);
        }
        catch (HttpRequestException e)
        {
            return (null, $"Cannot download {url}: {e.Message}");
        }
    }
}
