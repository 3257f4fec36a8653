using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts;
using Clearinghouse.Contracts.Findings;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Http;
using Clearinghouse.Scoring;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Findings;

/// <summary>A clearinghouse analyst moves a case along its state machine (<see cref="CaseTransitions"/>), with a note; audited.</summary>
public static class TransitionCase
{
    public static async Task<Results<Ok<CaseView>, ValidationProblem, ProblemHttpResult>> Handle(
        string caseRef, CaseTransitionRequest request, Principal caller, ClearinghouseDb db, SsvcTables tables, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (@case, problem) = await AnalystCases.FindAsync(db, caller, caseRef, "Only clearinghouse analysts move cases; reporters follow them.", ct);
        if (@case is null)
        {
            return problem!;
        }

        if (request.To == CaseState.Validated)
        {
            return Problems.DomainRule("A case is validated only by its reproduction or by analysts' verdicts (POST /api/cases/{case}/verdicts).");
        }

        var allowed = CaseTransitions.Allowed(@case.State, caller.Role == MemberRole.Admin);
        if (!allowed.Contains(request.To))
        {
            return Problems.Conflict($"{@case.Number} is {ContractJson.EnumName(@case.State)}; from there it can go to: "
                + (allowed.Count == 0 ? "nowhere" : string.Join(", ", allowed.Select(s => ContractJson.EnumName(s)))) + ".");
        }

        if (request.To == CaseState.Rejected)
        {
            if (request.Reason is not { } reason)
            {
                return Problems.Invalid("reason", "Say why the case is rejected: " + ContractJson.EnumNames<RejectionReason>() + ".");
            }

            if (reason == RejectionReason.Duplicate)
            {
                var original = request.DuplicateOf is { } other ? await GetCase.FindAsync(db.Set<VulnerabilityCase>().AsNoTracking(), other, ct) : null;
                if (original is null || original.Id == @case.Id)
                {
                    return Problems.Invalid("duplicateOf", "Name the case this one duplicates, by number or id.");
                }
            }
        }
        else if (request.Reason is not null)
        {
            return Problems.Invalid("reason", "A reason goes with a rejection only.");
        }

        if (request.To == CaseState.Coordinating && CoordinatorTriage.Decide(tables, @case) is { Decision: not "coordinate" } triage && !request.OverrideTriage)
        {
            return Problems.DomainRule($"The SSVC coordinator triage decides {triage.Decision} for {@case.Number} ("
                + string.Join(", ", triage.Path.Select(s => $"{s.DecisionPoint}: {s.Value}"))
                + "). To take it to the maintainer anyway, set overrideTriage and say why in the note.");
        }

        var before = @case.ToView([]);
        @case.MoveTo(request.To, request.To == CaseState.Rejected ? request.Reason : null, db.Clock.Now());
        db.Record(caller, "case.transitioned", "case", @case.Id.ToString(), null, before, new { Case = @case.ToView([]), request.Note, request.DuplicateOf, request.OverrideTriage });
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok((await CaseViews.WithAttributionsAsync(db, caller, tables, [@case], ct))[0]);
    }
}
