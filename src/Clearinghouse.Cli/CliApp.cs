using System.CommandLine;
using Clearinghouse.Cli.Commands;

namespace Clearinghouse.Cli;

/// <summary>The <c>clearinghouse</c> command: its verbs, and the mapping of parse errors to exit code 2.</summary>
public static class CliApp
{
    public static RootCommand Build(CliConsole console)
    {
        var root = new RootCommand("Clearinghouse: the AI cybersecurity clearinghouse of Executive Order 14409.\n"
            + "Exit codes: 0 ok, 1 a check failed or the answer is no, 2 bad usage or input, 3 server or network error.");
        root.Options.Add(CliOptions.Json);
        root.Options.Add(CliOptions.Server);
        root.Options.Add(CliOptions.Token);

        root.Subcommands.Add(ServeCommand.Build(console));
        root.Subcommands.Add(MigrateCommand.Build(console));
        root.Subcommands.Add(new Command("admin", "Commands for the server's own machine, against its database.") { AdminInitCommand.Build(console) });
        root.Subcommands.Add(MeCommand.Build(console));
        root.Subcommands.Add(new Command("org", "Participant organizations.")
        {
            OrgEnrolCommand.Build(console), OrgListCommand.Build(console), OrgShowCommand.Build(console),
            OrgUpdateCommand.Build(console), OrgLeaveCommand.Build(console), OrgExportCommand.Build(console),
        });
        root.Subcommands.Add(new Command("member", "Members of organizations.")
        {
            MemberAddCommand.Build(console), MemberListCommand.Build(console), MemberUpdateCommand.Build(console), MemberRemoveCommand.Build(console),
        });
        root.Subcommands.Add(new Command("token", "API tokens.")
        {
            TokenIssueCommand.Build(console), TokenListCommand.Build(console), TokenRevokeCommand.Build(console),
        });
        root.Subcommands.Add(new Command("score", "Score vulnerabilities offline, with no server: CVSS vectors and SSVC decisions.")
        {
            ScoreCvssCommand.Build(console), ScoreSsvcCommand.Build(console),
        });
        root.Subcommands.Add(new Command("findings", "Findings: what scanners report.") { FindingsSubmitCommand.Build(console), FindingsClaimCommand.Build(console), FindingsStatisticsCommand.Build(console) });
        root.Subcommands.Add(CasesCommands.Build(console));
        root.Subcommands.Add(ScansCommands.Build(console));
        root.Subcommands.Add(ValidateCommand.Build(console));
        root.Subcommands.Add(ConvertCommand.Build(console));
        root.Subcommands.Add(new Command("osv", "OSV records, offline.") { OsvAffectedCommand.Build(console) });
        root.Subcommands.Add(new Command("frontier", "Frontier-model evaluations: UK AISI Inspect logs, offline or imported into the server.") { FrontierSummarizeCommand.Build(console), FrontierImportInspectCommand.Build(console), FrontierImportCybenchCommand.Build(console), FrontierCapabilityCommand.Build(console), FrontierModelCommands.Register(console), FrontierModelCommands.Release(console), FrontierDeterminationCommands.Build(console), FrontierAccessCommands.Window(console), FrontierAccessCommands.Terms(console), FrontierAccessCommands.Partner(console) });
        root.Subcommands.Add(ExposureCommands.Build(console));
        root.Subcommands.Add(new Command("feeds", "Advisory feeds of the server's knowledge base.") { FeedsImportCommand.Build(console) });
        root.Subcommands.Add(DirectivesCommands.Build(console));
        root.Subcommands.Add(new Command("audit", "The hash-chained audit trail.")
        {
            AuditVerifyCommand.Build(console), AuditListCommand.Build(console),
        });
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(console);
        var root = Build(console);
        var parsed = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = console.Output, Error = console.Error, EnableDefaultExceptionHandler = false };
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await console.Error.WriteLineAsync(error.Message);
            }

            await console.Error.WriteLineAsync($"Run '{string.Join(' ', parsed.CommandResult.Command.Name == root.Name ? "clearinghouse" : "clearinghouse " + CommandPath(parsed))} --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return await parsed.InvokeAsync(configuration, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await console.Error.WriteLineAsync($"Failed: {e.Message}");
            return ExitCodes.ServerOrNetwork;
        }
    }

    private static string CommandPath(ParseResult parsed)
    {
        var names = new List<string>();
        for (var result = parsed.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Add(result.Command.Name);
        }

        names.Reverse();
        return string.Join(' ', names.Skip(1));
    }
}
