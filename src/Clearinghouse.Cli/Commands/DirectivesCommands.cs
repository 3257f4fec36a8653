using System.CommandLine;
using System.Text.Json;
using Clearinghouse.Contracts;
using Clearinghouse.Contracts.Directives;
using Spectre.Console;

namespace Clearinghouse.Cli.Commands;

/// <summary>
/// <c>directives list|show|compliance|issue|withdraw</c>: BOD-style directives, and where an organization stands against
/// one (<c>--org</c> for staff analysts; <c>--overall</c> for every targeted organization, suppressed totals for non-staff).
/// </summary>
public static class DirectivesCommands
{
    public static Command Build(CliConsole console) => new("directives", "Directives (BOD-style) and compliance with them.")
    {
        BuildList(console), BuildShow(console), BuildCompliance(console), BuildIssue(console), BuildWithdraw(console),
    };

    private static Command BuildList(CliConsole console)
    {
        var command = new Command("list", "Every directive, newest first.");
        command.SetAction(async (parse, ct) => await Remote.RunAsync(console, parse, c => c.GetAsync<List<DirectiveSummaryView>>("/api/directives", ct),
            (ansi, list) => Render.Table(ansi, list, "Reference", "Version", "Title", "EffectiveOn", "Rules", "WithdrawnAt")));
        return command;
    }

    private static Command BuildShow(CliConsole console)
    {
        var directive = new Argument<string>("directive") { Description = "The directive's reference (CH-BOD-26-01) or id." };
        var command = new Command("show", "A directive: its rules in force and its versions.") { directive };
        command.SetAction(async (parse, ct) => await Remote.RunAsync(console, parse, c => c.GetAsync<DirectiveView>(Path(parse.GetValue(directive)!), ct), (ansi, view) =>
        {
            ansi.WriteLine($"{view.Reference} v{view.Version}: {view.Title}{(view.WithdrawnAt is { } w ? $" (withdrawn {w:yyyy-MM-dd}: {view.WithdrawalReason})" : "")}");
            ansi.WriteLine($"Targets: {string.Join(", ", view.TargetKinds.Select(ContractJson.EnumName).Concat(view.TargetSectors.Select(ContractJson.EnumName)))}; effective {view.EffectiveOn:yyyy-MM-dd}");
            foreach (var rule in view.Rules)
            {
                ansi.WriteLine("  - " + rule.Description);
            }
        }));
        return command;
    }

    private static Command BuildCompliance(CliConsole console)
    {
        var directive = new Argument<string>("directive") { Description = "The directive's reference or id." };
        var organization = new Option<Guid?>("--org") { Description = "The organization (clearinghouse staff analysts); your own unless given." };
        var overall = new Option<bool>("--overall") { Description = "Every targeted organization: one row each for staff analysts, suppressed totals for others." };
        var command = new Command("compliance", "Where an organization stands against a directive, exposure by exposure; exit 1 when something is overdue.") { directive, organization, overall };
        command.SetAction(async (parse, ct) =>
        {
            var path = Path(parse.GetValue(directive)!) + "/compliance";
            if (parse.GetValue(overall))
            {
                if (parse.GetValue(organization) is not null)
                {
                    await console.Error.WriteLineAsync("--org and --overall do not go together.");
                    return ExitCodes.Usage;
                }

                return await Remote.RunAsync(console, parse, c => c.GetAsync<OverallComplianceView>(path + "/overall", ct), (ansi, view) =>
                {
                    var t = view.Totals;
                    ansi.WriteLine($"{view.Reference} v{view.Version} as of {view.AsOf:yyyy-MM-dd}: {view.TargetedOrganizations} targeted organization(s); compliant {Cell(t.Compliant)}, due soon {Cell(t.DueSoon)}, overdue {Cell(t.Overdue)}, not applicable {Cell(t.NotApplicable)}");
                    if (view.Organizations is { } rows)
                    {
                        Render.Table(ansi, rows.Select(r => new { r.Name, r.Kind, r.Sector, r.Counts.Compliant, r.Counts.DueSoon, r.Counts.Overdue, r.Counts.NotApplicable }));
                    }
                });
            }

            var query = parse.GetValue(organization) is { } id ? "?organization=" + id : "";
            var overdue = false;
            var exit = await Remote.RunAsync(console, parse, async c =>
            {
                var result = await c.GetAsync<OrganizationComplianceView>(path + query, ct);
                overdue = result.Value?.Counts.Overdue > 0;
                return result;
            }, (ansi, view) =>
            {
                ansi.WriteLine($"{view.OrganizationName} against {view.Reference} v{view.Version} as of {view.AsOf:yyyy-MM-dd}: {(view.Targeted ? "targeted" : "not targeted")}, {view.TargetReason}");
                ansi.WriteLine($"compliant {view.Counts.Compliant}, due soon {view.Counts.DueSoon}, overdue {view.Counts.Overdue}, not applicable {view.Counts.NotApplicable}");
                Render.Table(ansi, view.Exposures, "State", "DueDate", "AssetName", "Component", "VulnerabilityId", "Reason");
            });
            return exit == ExitCodes.Ok && overdue ? ExitCodes.No : exit;
        });
        return command;
    }

    private static Command BuildIssue(CliConsole console)
    {
        var file = new Argument<FileInfo>("file") { Description = "The directive as JSON: reference, title, targetKinds, targetSectors, effectiveOn, rules (kind, minimumSeverity, minimumDecision, withinDays, publiclyExposedOnly)." };
        var command = new Command("issue", "Issue a directive from a JSON file (clearinghouse analysts).") { file };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            DirectiveRequest? request;
            try
            {
                request = JsonSerializer.Deserialize<DirectiveRequest>(await File.ReadAllBytesAsync(path.FullName, ct), ContractJson.Options);
            }
            catch (Exception e) when (e is JsonException or IOException)
            {
                await console.Error.WriteLineAsync($"{path.Name} is not a directive: {e.Message}");
                return ExitCodes.Usage;
            }

            return request is null
                ? ExitCodes.Usage
                : await Remote.RunAsync(console, parse, c => c.PostAsync<DirectiveView>("/api/directives", request, ct), (ansi, view) => ansi.WriteLine($"Issued {view.Reference} v{view.Version} ({view.Id})."));
        });
        return command;
    }

    private static Command BuildWithdraw(CliConsole console)
    {
        var directive = new Argument<string>("directive") { Description = "The directive's reference or id." };
        var reason = new Option<string>("--reason") { Description = "Why it is withdrawn.", Required = true };
        var command = new Command("withdraw", "Withdraw a directive (clearinghouse analysts).") { directive, reason };
        command.SetAction(async (parse, ct) => await Remote.RunAsync(console, parse,
            c => c.PostAsync<DirectiveView>(Path(parse.GetValue(directive)!) + "/withdrawal", new WithdrawDirectiveRequest { Reason = parse.GetValue(reason)! }, ct),
            (ansi, view) => ansi.WriteLine($"Withdrew {view.Reference}.")));
        return command;
    }

    private static string Path(string directive) => "/api/directives/" + Uri.EscapeDataString(directive);

    private static string Cell(Contracts.Exposure.Figure figure) => figure.Suppressed ? "suppressed" : $"{figure.Value}";
}
