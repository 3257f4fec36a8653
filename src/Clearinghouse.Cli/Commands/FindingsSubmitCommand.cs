using System.CommandLine;
using System.Net.Http.Headers;
using System.Text.Json;
using Spectre.Console;
using Clearinghouse.Contracts.Findings;
using Clearinghouse.Standards.Osv;

namespace Clearinghouse.Cli.Commands;

/// <summary>
/// <c>findings submit FILE</c>: sends findings to the clearinghouse, recognising the file's format: a native finding, a
/// batch (<c>{"findings": [...]}</c>), a SARIF 2.1.0 log (streamed, with <c>--target</c> naming what was scanned), an
/// OSV record (JSON with <c>id</c> and <c>modified</c>, or any <c>.yaml</c>/<c>.yml</c> file, sent as OSV JSON) or a CVE
/// JSON 5 record (<c>"dataType": "CVE_RECORD"</c>). Prints each finding's case. Exit 0 taken, 2 refused (every refused finding named), 3 server or network.
/// </summary>
public static class FindingsSubmitCommand
{
    private enum Kind
    {
        Single,
        Batch,
        Sarif,
        Osv,
        OsvYaml,
        Cve,
    }

    public static Command Build(CliConsole console)
    {
        var file = new Argument<FileInfo>("file") { Description = "A native finding, a batch of findings, a SARIF 2.1.0 log, an OSV record (JSON or YAML) or a CVE JSON 5 record." };
        var target = new Option<string>("--target") { Description = "SARIF: what was scanned, a purl with version (pkg:npm/x@1.2.3) or a repository URL." };
        var commit = new Option<string>("--commit") { Description = "SARIF: the repository commit that was scanned." };
        var tlp = new Option<string>("--tlp") { Description = "SARIF, OSV, CVE: the findings' TLP label (clear, green, amber, amber+strict); amber unless given." };
        var key = new Option<string>("--idempotency-key") { Description = "A key that makes a retried submission return the first answer (the same content does too)." };
        var command = new Command("submit", "Submit findings (native JSON, a batch, SARIF, an OSV or a CVE record) and print the case each one joined.") { file, target, commit, tlp, key };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await console.Error.WriteLineAsync($"No such file: {path.FullName}");
                return ExitCodes.Usage;
            }

            if (await DetectAsync(path, ct) is not { } kind)
            {
                await console.Error.WriteLineAsync($"{path.Name} is neither a finding, a batch of findings ({{\"findings\": [...]}}), a SARIF 2.1.0 log, an OSV record nor a CVE JSON 5 record.");
                return ExitCodes.Usage;
            }

            if (kind == Kind.Sarif && parse.GetValue(target) is null)
            {
                await console.Error.WriteLineAsync("A SARIF log does not say what was scanned: give --target (a purl with version, or a repository URL with --commit).");
                return ExitCodes.Usage;
            }

            var query = new List<string>();
            foreach (var (name, value) in new[] { ("target", parse.GetValue(target)), ("commit", parse.GetValue(commit)), ("tlp", parse.GetValue(tlp)) })
            {
                if (value is not null)
                {
                    query.Add(name + "=" + Uri.EscapeDataString(value));
                }
            }

            var tlpQuery = parse.GetValue(tlp) is { } label ? "?tlp=" + Uri.EscapeDataString(label) : "";
            var route = kind switch
            {
                Kind.Sarif => "/api/findings/sarif" + (query.Count > 0 ? "?" + string.Join('&', query) : ""),
                Kind.Batch => "/api/findings/batch",
                Kind.Osv or Kind.OsvYaml => "/api/findings/osv" + tlpQuery,
                Kind.Cve => "/api/findings/cve" + tlpQuery,
                _ => "/api/findings",
            };
            HttpContent content;
            if (kind == Kind.OsvYaml)
            {
                // The server reads OSV JSON only; the PyPA database's YAML is converted here, and its problems reported here.
                if (!OsvRecord.TryParseYaml(await File.ReadAllTextAsync(path.FullName, ct), out var record, out var diagnostics) || diagnostics.Count > 0)
                {
                    await console.Error.WriteLineAsync($"{path.Name} is not a valid OSV record: {string.Join("; ", diagnostics.Select(d => $"{d.Location}: {d.Reason}"))}");
                    return ExitCodes.Usage;
                }

                content = new StringContent(record!.ToJson(), System.Text.Encoding.UTF8, "application/json");
            }
            else
            {
                content = new StreamContent(path.OpenRead());
                content.Headers.ContentType = new MediaTypeHeaderValue(kind == Kind.Sarif ? "application/sarif+json" : "application/json");
            }

            return await Remote.RunAsync<SubmissionResult>(console, parse, c => c.PostContentAsync<SubmissionResult>(route, content, parse.GetValue(key), ct), (ansi, result) =>
            {
                ansi.WriteLine($"{result.Items.Count} finding(s){(result.Replayed ? " (already submitted: the first answer)" : "")}: {result.NewCases} new case(s), {result.JoinedCases} joined an existing case, {result.AlreadySubmitted} already submitted, {result.KnownVulnerabilities} already published (closed as known).");
                Render.Table(ansi, [.. result.Items], ["Index", "ExternalId", "Outcome", "CaseNumber", "MatchedBy", "KnownVulnerability"]);
            });
        });
        return command;
    }

    private static async Task<Kind?> DetectAsync(FileInfo file, CancellationToken ct)
    {
        if (file.Extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase) || file.Extension.Equals(".yml", StringComparison.OrdinalIgnoreCase))
        {
            return Kind.OsvYaml;
        }

        // Only the top-level member names are needed; a SARIF log may be very large, so the document is not loaded.
        await using var stream = file.OpenRead();
        var buffer = new byte[Math.Min(file.Length, 1 << 20)];
        var read = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, ct);
        var reader = new Utf8JsonReader(buffer.AsSpan(0, read), isFinalBlock: read == file.Length, default);
        var names = new HashSet<string>(StringComparer.Ordinal);
        string? dataType = null;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                names.Add(name);
                if (!reader.TrySkip())
                {
                    break;
                }

                if (name == "dataType" && reader.TokenType == JsonTokenType.String)
                {
                    dataType = reader.GetString();
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return names.Contains("runs") ? Kind.Sarif
            : names.Contains("findings") ? Kind.Batch
            : dataType == "CVE_RECORD" ? Kind.Cve
            : names.Contains("id") && names.Contains("modified") ? Kind.Osv
            : names.Contains("title") ? Kind.Single
            : null;
    }
}
