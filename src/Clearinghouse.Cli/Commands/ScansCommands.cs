using System.CommandLine;
using System.Text.Json;
using Clearinghouse.Contracts;
using Clearinghouse.Contracts.Scans;
using Spectre.Console;

namespace Clearinghouse.Cli.Commands;

/// <summary>
/// <c>scans</c>: claim an asset, plan or register a campaign from a JSON file (a <c>CampaignRequest</c>, see the OpenAPI
/// document), look up coverage gaps; and the two look-ups, <c>check</c> and <c>who-is</c>.
/// </summary>
public static class ScansCommands
{
    public static Command Build(CliConsole console)
    {
        var target = new Argument<string>("target") { Description = "An address range, domain, repository URL or package namespace (pkg:npm/@acme/*)." };
        var claim = new Command("claim", "Claim an asset your organization owns; prints the challenge that proves it.") { target };
        claim.SetAction(async (parse, ct) => await Remote.RunAsync(console, parse,
            c => c.PostAsync<AssetView>("/api/scans/assets", new RegisterAssetRequest { Target = parse.GetValue(target)! }, ct)));

        return new Command("scans", "Scan coordination: assets, campaigns, check-ins and defenders' look-ups.")
        {
            claim,
            CampaignVerb(console, "plan", "What registering this campaign would meet: refusals, conflicts, the alternative slot, redundancy, blackouts.",
                (c, request, ct) => c.PostAsync<CampaignPlanResult>("/api/scans/campaigns/plan", request, ct)),
            CampaignVerb(console, "register", "Register this campaign (refused without consent, or over a target's concurrency limit with an alternative slot).",
                (c, request, ct) => c.PostAsync<CampaignRegistration>("/api/scans/campaigns", request, ct)),
            ScansCheckCommand.Build(console),
            ScansWhoIsCommand.Build(console),
            Gaps(console),
        };
    }

    private static Command CampaignVerb<T>(CliConsole console, string name, string description,
        Func<Contracts.Client.ClearinghouseClient, CampaignRequest, CancellationToken, Task<Contracts.Client.ApiResult<T>>> call)
    {
        var file = new Argument<FileInfo>("file") { Description = "The campaign as JSON (name, targets, technique, startsAt, endsAt, sourceAddresses, maxRequestsPerSecond, contact)." };
        var command = new Command(name, description) { file };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            CampaignRequest? request;
            try
            {
                request = path.Exists ? JsonSerializer.Deserialize<CampaignRequest>(await File.ReadAllBytesAsync(path.FullName, ct), ContractJson.Options) : null;
            }
            catch (JsonException e)
            {
                await console.Error.WriteLineAsync($"{path.Name} is not a campaign: {e.Message}");
                return ExitCodes.Usage;
            }

            if (request is null)
            {
                await console.Error.WriteLineAsync($"{path.FullName} does not exist or is empty.");
                return ExitCodes.Usage;
            }

            return await Remote.RunAsync(console, parse, c => call(c, request, ct));
        });
        return command;
    }

    private static Command Gaps(CliConsole console)
    {
        var technique = new Option<string>("--technique") { Description = "One of " + ContractJson.EnumNames<ScanTechnique>() + ".", Required = true };
        var command = new Command("gaps", "Targets nobody covered recently with a technique, most exposed first, then longest uncovered.") { technique };
        command.SetAction(async (parse, ct) => await Remote.RunAsync(console, parse,
            c => c.GetAsync<GapsReport>("/api/scans/gaps?technique=" + Uri.EscapeDataString(parse.GetValue(technique)!), ct),
            (ansi, report) =>
            {
                ansi.WriteLine($"Exposure data: {report.ExposureSource}");
                Render.Table(ansi, report.Gaps);
            }));
        return command;
    }
}
