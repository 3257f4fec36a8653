using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.Findings;
using Clearinghouse.Scoring;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clearinghouse.Findings;

/// <summary>
/// A clearinghouse analyst records what it learned about a case's suppliers: whether several must fix it and whether the
/// supplier responds. Both feed the SSVC coordinator triage decision (<see cref="CoordinatorTriage"/>); audited.
/// </summary>
public static class RecordSuppliers
{
    public static async Task<Results<Ok<CaseView>, ValidationProblem, ProblemHttpResult>> Handle(
        string caseRef, CaseSuppliersRequest request, Principal caller, ClearinghouseDb db, SsvcTables tables, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (@case, problem) = await AnalystCases.FindAsync(db, caller, caseRef, "Only clearinghouse analysts record what they learn about suppliers.", ct);
        if (@case is null)
        {
            return problem!;
        }

        var before = new { @case.MultipleSuppliers, @case.SupplierUnresponsive };
        @case.MultipleSuppliers = request.MultipleSuppliers;
        @case.SupplierUnresponsive = request.Unresponsive;
        @case.UpdatedAt = db.Clock.Now();
        @case.Version++;
        db.Record(caller, "case.suppliers-recorded", "case", @case.Id.ToString(), null, before,
            new { @case.MultipleSuppliers, @case.SupplierUnresponsive, request.Note, Triage = CoordinatorTriage.Decide(tables, @case)?.Decision });
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok((await CaseViews.WithAttributionsAsync(db, caller, tables, [@case], ct))[0]);
    }
}
