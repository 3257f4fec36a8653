using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.Findings;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Findings;

/// <summary>
/// A reporter claims priority for a finding without revealing it: only a salted hash of one of its fingerprints is sent.
/// The claim's commit time becomes the finding's place in time once a submission reveals it, so a scanner need not race
/// to flood maintainers with a half-checked report.
/// </summary>
public static class ClaimPriority
{
    public static async Task<Results<Created<PriorityClaimView>, ProblemHttpResult>> Handle(PriorityClaimRequest request, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!AccessPolicy.CanSubmit(caller))
        {
            return SubmitFindings.ViewerRefused("claim priority");
        }

        if (await db.Set<PriorityClaim>().AnyAsync(c => c.Commitment == request.Commitment, ct))
        {
            return Problems.Conflict("This commitment was claimed before; use a fresh random salt for every claim.");
        }

        var claim = new PriorityClaim
        {
            Id = db.Clock.NewId(),
            OrganizationId = caller.OrganizationId,
            MemberId = caller.MemberId,
            Commitment = request.Commitment,
            ClaimedAt = db.Clock.Now(),
        };
        db.Add(claim);
        db.Record(caller, "findings.priority-claimed", "priority-claim", claim.Id.ToString(), caller.OrganizationId, null, claim.ToView());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return Problems.Conflict("This commitment was claimed before; use a fresh random salt for every claim.");
        }

        return TypedResults.Created($"/api/findings/claims/{claim.Id}", claim.ToView());
    }

    /// <summary>
    /// Checks the claims the findings reveal: each must be the caller's organization's, not revealed yet, and opened by the
    /// salt and one of the finding's fingerprints. Problems are added to <paramref name="errors"/> under <c>PATH.claim</c>.
    /// </summary>
    internal static async Task CheckRevealsAsync(ClearinghouseDb db, Principal caller, IReadOnlyList<NormalizedFinding> findings, string path, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        var ids = findings.Select(f => f.Submission.Claim?.Id).OfType<Guid>().Distinct().ToList();
        if (ids.Count == 0)
        {
            return;
        }

        var claims = await db.Set<PriorityClaim>().AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        for (var i = 0; i < findings.Count; i++)
        {
            if (findings[i].Submission.Claim is not { } reveal)
            {
                continue;
            }

            var field = (path.Length == 0 ? "" : $"{path}[{i}].") + "claim";
            if (!claims.TryGetValue(reveal.Id, out var claim) || claim.OrganizationId != caller.OrganizationId)
            {
                errors[field] = [$"Your organization made no priority claim {reveal.Id}."];
            }
            else if (claim.RevealedBy is not null)
            {
                errors[field] = ["The claim was revealed already."];
            }
            else if (!PriorityClaim.Opens(claim.Commitment, reveal.Salt, FindingFingerprints.Compute(findings[i]).Select(k => k.Hash)))
            {
                errors[field] = ["The salt and none of the finding's fingerprints give the claim's commitment: SHA-256 of 'SALT:FINGERPRINT' (docs/adr/009)."];
            }
        }
    }
}
