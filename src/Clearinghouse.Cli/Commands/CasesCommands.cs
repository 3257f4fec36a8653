using System.CommandLine;
using Clearinghouse.Contracts.Findings;

namespace Clearinghouse.Cli.Commands;

/// <summary><c>cases list [--state S]</c> and <c>cases show ID|NUMBER</c>: what became of the findings a reporter sent, or the analysts' view.</summary>
public static class CasesCommands
{
    public static Command Build(CliConsole console)
    {
        var state = new Option<string?>("--state") { Description = "Only cases in this state: " + string.Join(", ", Enum.GetValues<CaseState>().Select(s => Contracts.ContractJson.EnumName(s))) + "." };
        var limit = new Option<int?>("--limit") { Description = "At most this many (1 to 500; 100 unless given)." };
        var list = new Command("list", "List the cases visible to you, newest first.") { state, limit };
        list.SetAction(async (parse, ct) =>
        {
            if (!WireValue.TryParseOptional<CaseState>(parse.GetValue(state), out _, out var error))
            {
                await console.Error.WriteLineAsync(error);
                return ExitCodes.Usage;
            }

            var query = new List<string>();
            if (parse.GetValue(state) is { } s)
            {
                query.Add("state=" + Uri.EscapeDataString(s));
            }

            if (parse.GetValue(limit) is { } n)
            {
                query.Add("limit=" + n);
            }

            var path = "/api/cases" + (query.Count > 0 ? "?" + string.Join('&', query) : "");
            return await Remote.RunAsync(console, parse, c => c.GetAsync<List<CaseView>>(path, ct),
                (ansi, cases) => Render.Table(ansi, [.. cases], ["Number", "State", "RejectionReason", "Title", "Target", "Weakness", "ProvisionalPriority", "Reporters"]));
        });

        var id = new Argument<string>("case") { Description = "The case's id or number (CH-2026-00042)." };
        var show = new Command("show", "Show a case with its attributions.") { id };
        show.SetAction(async (parse, ct) =>
            await Remote.RunAsync(console, parse, c => c.GetAsync<CaseView>("/api/cases/" + Uri.EscapeDataString(parse.GetValue(id)!), ct)));

        var triage = new Command("triage", "The analysts' triage queue: validated, new and in-triage cases, highest provisional priority first.");
        triage.SetAction(async (parse, ct) =>
            await Remote.RunAsync(console, parse, c => c.GetAsync<List<CaseView>>("/api/cases/triage", ct),
                (ansi, cases) => Render.Table(ansi, [.. cases], ["Number", "State", "Title", "ProvisionalPriority", "Reporters"])));
        return new Command("cases", "Cases: one vulnerability with every finding that reports it.") { list, show, triage };
    }
}
