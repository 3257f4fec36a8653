using System.CommandLine;
using Clearinghouse.Contracts.FrontierModels;

namespace Clearinghouse.Cli.Commands;

/// <summary>
/// <c>frontier determination open|consult|respond|decide|withdraw</c>: the determination workflow's steps, thin over their
/// endpoints (open: the developer's request of Sec. 3(b)(i) or an evaluator's; consult: ask an office by a due date;
/// respond: an office's position; decide: the designating official; withdraw: the developer, at any time).
/// Exit 0 done, 1 refused, 2 bad input, 3 server.
/// </summary>
public static class FrontierDeterminationCommands
{
    public static Command Build(CliConsole console)
    {
        var model = WireValue.Id("model", "The model's id.");
        var reason = new Option<string?>("--reason") { Description = "Why (e.g. new checkpoint)." };
        var open = new Command("open", "Ask whether a model is a covered frontier model (its developer), or open a determination (evaluators).") { model, reason };
        open.SetAction(async (parse, ct) => await Remote.RunAsync(console, parse, c => c.PostAsync<DeterminationReceiptView>(
            "/api/frontier/determinations", new OpenDeterminationRequest { ModelId = parse.GetValue(model), Reason = parse.GetValue(reason) }, ct)));

        var determination = WireValue.Id("determination", "The determination's id.");
        var office = new Option<string>("--office") { Description = "The consulted office (e.g. Director of CISA).", Required = true };
        var due = new Option<DateTimeOffset>("--due") { Description = "When its position is due (ISO 8601).", Required = true };
        var consult = new Command("consult", "Ask a consulted office for its position by a due date.") { determination, office, due };
        consult.SetAction(async (parse, ct) => await Remote.RunAsync(console, parse, c => c.PostAsync<ConsultationView>(
            $"/api/frontier/determinations/{parse.GetValue(determination)}/consultations", new ConsultationRequest { Office = parse.GetValue(office)!, DueAt = parse.GetValue(due) }, ct)));

        var consultation = WireValue.Id("consultation", "The consultation's id.");
        var position = new Option<string>("--position") { Description = "One of " + Contracts.ContractJson.EnumNames<ConsultationPosition>() + ".", Required = true };
        var reasons = new Option<string?>("--reasons") { Description = "Reasons (required with non-concur)." };
        var comments = new Option<string?>("--comments") { Description = "Comments." };
        var respond = new Command("respond", "Record your office's position: concur, non-concur with reasons, or comments (consultants).") { consultation, position, reasons, comments };
        respond.SetAction(async (parse, ct) =>
        {
            if (!WireValue.TryParse<ConsultationPosition>(parse.GetValue(position), out var stance, out var error))
            {
                await console.Error.WriteLineAsync(error);
                return ExitCodes.Usage;
            }

            var response = new ConsultationResponse { Position = stance, Reasons = parse.GetValue(reasons), Comments = parse.GetValue(comments) };
            return await Remote.RunAsync(console, parse, c => c.PostAsync<ConsultationView>($"/api/frontier/consultations/{parse.GetValue(consultation)}", response, ct));
        });

        var decided = WireValue.Id("determination", "The determination's id.");
        var covered = new Option<bool>("--covered") { Description = "The model is a covered frontier model." };
        var notCovered = new Option<bool>("--not-covered") { Description = "It is not." };
        var why = new Option<string>("--reasons") { Description = "The decision's reasons.", Required = true };
        var decide = new Command("decide", "Decide covered or not covered, with reasons (designating officials).") { decided, covered, notCovered, why };
        decide.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(covered) == parse.GetValue(notCovered))
            {
                await console.Error.WriteLineAsync("Give exactly one of --covered and --not-covered.");
                return ExitCodes.Usage;
            }

            var request = new DecisionRequest { Covered = parse.GetValue(covered), Reasons = parse.GetValue(why)! };
            return await Remote.RunAsync(console, parse, c => c.PostAsync<DeterminationView>($"/api/frontier/determinations/{parse.GetValue(decided)}/decision", request, ct));
        });

        var withdrawn = WireValue.Id("determination", "The determination's id.");
        var withdrawReason = new Option<string?>("--reason") { Description = "Why, if you want it on record." };
        var withdraw = new Command("withdraw", "Withdraw your request, at any time; recorded, never refused (Sec. 3(c)).") { withdrawn, withdrawReason };
        withdraw.SetAction(async (parse, ct) => await Remote.RunAsync(console, parse, c => c.PostAsync<DeterminationReceiptView>(
            $"/api/frontier/determinations/{parse.GetValue(withdrawn)}/withdraw", new WithdrawRequest { Reason = parse.GetValue(withdrawReason) }, ct)));

        return new Command("determination", "Covered-frontier-model determinations: request, consult, decide, withdraw.") { open, consult, respond, decide, withdraw };
    }
}
