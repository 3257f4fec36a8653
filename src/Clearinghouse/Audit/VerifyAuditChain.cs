using Clearinghouse.Contracts.Audit;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clearinghouse.Audit;

/// <summary>Walks the whole chain (clearinghouse administrators). The CLI's <c>audit verify</c> does the same against the database directly.</summary>
public static class VerifyAuditChain
{
    public static async Task<Ok<AuditVerificationView>> Handle(ClearinghouseDb db, CancellationToken ct)
    {
        var result = await AuditChain.VerifyAsync(db, ct);
        return TypedResults.Ok(result.ToView());
    }

    public static AuditVerificationView ToView(this AuditVerification result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(result.Intact, result.EntriesChecked, result.HeadSequence, result.HeadHash, result.FirstBadSequence, result.Problem);
    }
}
