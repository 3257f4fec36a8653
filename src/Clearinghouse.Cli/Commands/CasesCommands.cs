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
        var caseArg = new Argument<string>("case") { Description = "The case's id or number (CH-2026-00042)." };
        var to = new Option<string>("--to") { Description = "The state to move to.", Required = true };
        var reason = new Option<string?>("--reason") { Description = "When rejecting: " + Contracts.ContractJson.EnumNames<RejectionReason>() + "." };
        var duplicateOf = new Option<string?>("--duplicate-of") { Description = "When rejecting as a duplicate: the case it duplicates." };
        var note = new Option<string>("--note") { Description = "What you saw; kept in the case's history.", Required = true };
        var overrideTriage = new Option<bool>("--override-triage") { Description = "Coordinate although the SSVC coordinator triage decided decline or track; say why in --note." };
        var transition = new Command("transition", "Move a case to another state (clearinghouse analysts).") { caseArg, to, reason, duplicateOf, note, overrideTriage };
        transition.SetAction(async (parse, ct) =>
        {
            if (!WireValue.TryParseOptional<CaseState>(parse.GetValue(to), out var state, out var error)
                || !WireValue.TryParseOptional<RejectionReason>(parse.GetValue(reason), out var why, out error))
            {
                await console.Error.WriteLineAsync(error);
                return ExitCodes.Usage;
            }

            var request = new CaseTransitionRequest { To = state!.Value, Reason = why, DuplicateOf = parse.GetValue(duplicateOf), Note = parse.GetValue(note)!, OverrideTriage = parse.GetValue(overrideTriage) };
            return await Remote.RunAsync(console, parse, c => c.PostAsync<CaseView>($"/api/cases/{Uri.EscapeDataString(parse.GetValue(caseArg)!)}/transitions", request, ct));
        });

        var verdictCase = new Argument<string>("case") { Description = "The case's id or number." };
        var valid = new Option<bool>("--valid") { Description = "It is a real vulnerability." };
        var invalid = new Option<bool>("--invalid") { Description = "It is not." };
        var evidence = new Option<string>("--evidence") { Description = "What you did and saw.", Required = true };
        var verdict = new Command("verdict", "Give a verdict with evidence (clearinghouse analysts); critical cases need two analysts who agree.") { verdictCase, valid, invalid, evidence };
        verdict.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(valid) == parse.GetValue(invalid))
            {
                await console.Error.WriteLineAsync("Give exactly one of --valid and --invalid.");
                return ExitCodes.Usage;
            }

            var request = new CaseVerdictRequest { Valid = parse.GetValue(valid), Evidence = parse.GetValue(evidence)! };
            return await Remote.RunAsync(console, parse, c => c.PostAsync<VerdictResult>($"/api/cases/{Uri.EscapeDataString(parse.GetValue(verdictCase)!)}/verdicts", request, ct));
        });
        var suppliersCase = new Argument<string>("case") { Description = "The case's id or number." };
        var multiple = new Option<bool>("--multiple") { Description = "More than one supplier must fix it." };
        var unresponsive = new Option<bool>("--unresponsive") { Description = "The supplier does not respond to contact." };
        var suppliersNote = new Option<string>("--note") { Description = "How you know; kept in the case's history.", Required = true };
        var suppliers = new Command("suppliers", "Record what you learned about a case's suppliers, for the SSVC coordinator triage (clearinghouse analysts).") { suppliersCase, multiple, unresponsive, suppliersNote };
        suppliers.SetAction(async (parse, ct) =>
        {
            var request = new CaseSuppliersRequest { MultipleSuppliers = parse.GetValue(multiple), Unresponsive = parse.GetValue(unresponsive), Note = parse.GetValue(suppliersNote)! };
            return await Remote.RunAsync(console, parse, c => c.PostAsync<CaseView>($"/api/cases/{Uri.EscapeDataString(parse.GetValue(suppliersCase)!)}/suppliers", request, ct));
        });
        return new Command("cases", "Cases: one vulnerability with every finding that reports it.") { list, show, triage, transition, verdict, suppliers };
    }
}
