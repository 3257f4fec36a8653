using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.Findings;
using Clearinghouse.Http;
using Clearinghouse.Scoring;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Findings;

/// <summary>
/// A clearinghouse analyst gives a verdict, with evidence: the case is real (validated) or not (rejected as invalid).
/// For a critical-severity case the verdict waits for a second analyst; when two different analysts agree, the case
/// changes state. A verdict is given on a case still being decided (new, triage, verifying).
/// </summary>
public static class RecordVerdict
{
    public static async Task<Results<Ok<VerdictResult>, ValidationProblem, ProblemHttpResult>> Handle(
        string caseRef, CaseVerdictRequest request, Principal caller, ClearinghouseDb db, SsvcTables tables, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (@case, problem) = await AnalystCases.FindAsync(db, caller, caseRef, "Only clearinghouse analysts give verdicts.", ct);
        if (@case is null)
        {
            return problem!;
        }

        if (@case.State is not (CaseState.New or CaseState.Triage or CaseState.Verifying))
        {
            return Problems.Conflict($"{@case.Number} is already {Contracts.ContractJson.EnumName(@case.State)}; verdicts decide cases still being verified.");
        }

        var earlier = await db.Set<CaseVerdict>().AsNoTracking().Where(v => v.CaseId == @case.Id).OrderBy(v => v.GivenAt).ToListAsync(ct);
        if (earlier.Any(v => v.MemberId == caller.MemberId && v.Valid == request.Valid))
        {
            return Problems.Conflict("You already gave this verdict; a critical case needs a second, different analyst to agree.");
        }

        var now = db.Clock.Now();
        var verdict = new CaseVerdict { Id = db.Clock.NewId(), CaseId = @case.Id, MemberId = caller.MemberId, Valid = request.Valid, Evidence = request.Evidence, GivenAt = now };
        db.Add(verdict);
        var agreeing = earlier.Where(v => v.Valid == request.Valid).Select(v => v.MemberId).Append(caller.MemberId).Distinct().Count();
        var awaiting = CaseTransitions.IsCritical(@case) && agreeing < 2;
        var before = @case.ToView([]);
        if (!awaiting)
        {
            @case.MoveTo(request.Valid ? CaseState.Validated : CaseState.Rejected, request.Valid ? null : RejectionReason.Invalid, now);
        }

        db.Record(caller, awaiting ? "case.verdict-awaiting-second-analyst" : "case.verdict", "case", @case.Id.ToString(), null, before,
            new { Case = @case.ToView([]), Verdict = verdict.ToView() });
        await db.SaveChangesAsync(ct);
        var view = (await CaseViews.WithAttributionsAsync(db, caller, tables, [@case], ct))[0];
        return TypedResults.Ok(new VerdictResult(view, awaiting, [.. earlier.Select(v => v.ToView()), verdict.ToView()]));
    }
}
