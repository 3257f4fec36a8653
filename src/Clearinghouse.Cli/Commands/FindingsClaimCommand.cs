using System.CommandLine;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Clearinghouse.Contracts;
using Clearinghouse.Contracts.Findings;
using Clearinghouse.Findings;
using Spectre.Console;

namespace Clearinghouse.Cli.Commands;

/// <summary>
/// <c>findings claim FILE</c>: claims priority for a native finding without sending it. The finding's fingerprints are
/// computed here, one is committed to with a fresh random salt, and only the commitment goes to the server. Prints the
/// claim's id and the salt: add <c>"claim": {"id": ..., "salt": ...}</c> to the finding when you submit it.
/// </summary>
public static class FindingsClaimCommand
{
    public sealed record ClaimOutput(PriorityClaimView Claim, string Salt, string Reveal);

    public static Command Build(CliConsole console)
    {
        var file = new Argument<FileInfo>("file") { Description = "A finding in the native format, not sent." };
        var command = new Command("claim", "Claim priority for a finding by sending only a salted hash of its fingerprint; prints the salt to reveal it with later.") { file };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            FindingSubmission? finding = null;
            try
            {
                finding = path.Exists ? JsonSerializer.Deserialize<FindingSubmission>(await File.ReadAllBytesAsync(path.FullName, ct), ContractJson.Options) : null;
            }
            catch (JsonException e)
            {
                await console.Error.WriteLineAsync($"{path.Name} is not a native finding: {e.Message}");
                return ExitCodes.Usage;
            }

            if (finding is null)
            {
                await console.Error.WriteLineAsync($"No such finding file: {path.FullName}");
                return ExitCodes.Usage;
            }

            var errors = new Dictionary<string, string[]>();
            var normalized = FindingRules.Normalize(finding, "", new FindingsOptions(), errors);
            var keys = normalized is null ? [] : FindingFingerprints.Compute(normalized);
            if (normalized is null || keys.Count == 0)
            {
                await console.Error.WriteLineAsync(normalized is null
                    ? "The finding would be refused: " + string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))
                    : "The finding has no fingerprint to claim (give a weakness and location, a rule and location, or a crash report).");
                return ExitCodes.Usage;
            }

            var salt = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
            var commitment = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(salt + ":" + keys[0].Hash)));
            var request = new PriorityClaimRequest { Commitment = commitment };
            PriorityClaimView? claimed = null;
            var code = await Remote.RunAsync(console, parse, async c =>
            {
                var result = await c.PostAsync<PriorityClaimView>("/api/findings/claims", request, ct);
                claimed = result.Value;
                return result;
            }, (_, _) => { }, renderHandlesJson: true);
            if (code == ExitCodes.Ok && claimed is not null)
            {
                var reveal = $"\"claim\": {{\"id\": \"{claimed.Id}\", \"salt\": \"{salt}\"}}";
                if (parse.GetValue(CliOptions.Json))
                {
                    Render.WriteJson(console, new ClaimOutput(claimed, salt, reveal));
                }
                else
                {
                    console.Ansi.WriteLine($"Claimed at {claimed.ClaimedAt:u}. Keep the salt secret until you submit; then add to the finding:");
                    console.Ansi.WriteLine(reveal);
                }
            }

            return code;
        });
        return command;
    }
}
