using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Contracts.Problems;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.FrontierModels;

/// <summary>
/// An individual gets access credentials for a window: a cleared government member for the government's window, a member
/// of the partner for a partner's window, and only after accepting the current version of every agreed terms document of
/// that audience. The credential expires with the window; only its hash is kept.
/// </summary>
public static class IssueAccessCredential
{
    public static async Task<Results<Created<AccessCredentialView>, ProblemHttpResult>> Handle(Guid windowId, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        var clearance = await FrontierAccess.ClearanceAsync(db, caller, ct);
        var (window, model) = await VisibleWindowAsync(db, caller, clearance, windowId, ct);
        if (window is null || model is null || !Grantee(caller, clearance, window, model))
        {
            return Problems.NotFound("access window");
        }

        var now = db.Clock.Now();
        if (window.EffectiveEnd <= now)
        {
            return Problems.Conflict("The window has ended; credentials expire with it.");
        }

        var audience = window.IsGovernment ? TermsAudience.Government : TermsAudience.Partner;
        var missing = await PublishTerms.MissingAcceptancesAsync(db, caller.MemberId, audience, ct);
        if (missing.Count > 0)
        {
            return FrontierAccess.Problem(StatusCodes.Status422UnprocessableEntity, "Agreed terms not accepted", ProblemTypes.TermsNotAccepted,
                $"Accept the current version of these {Contracts.ContractJson.EnumName(audience)} terms first: {string.Join(", ", missing.Select(Contracts.ContractJson.EnumName))}.");
        }

        var secret = "chw_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var credential = new AccessCredential
        {
            Id = db.Clock.NewId(),
            WindowId = window.Id,
            MemberId = caller.MemberId,
            SecretHash = Hash(secret),
            IssuedAt = now,
            ExpiresAt = window.EffectiveEnd,
        };
        db.Add(credential);
        db.Record(caller, "frontier.credential-issued", "access-window", window.Id.ToString(), model.OrganizationId, null, new { credential.Id, credential.MemberId, credential.ExpiresAt });
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/frontier/windows/{window.Id}", new AccessCredentialView(credential.Id, secret, credential.ExpiresAt));
    }

    internal static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Who a window is for: the cleared government for the government's window, the partner's members for a partner's.</summary>
    internal static bool Grantee(Principal caller, Clearance? clearance, AccessWindow window, FrontierModel model) => window.IsGovernment
        ? AccessPolicy.IsGovernment(caller) && AccessPolicy.CanReadMarked(caller, clearance, model.Sharing)
        : caller.OrganizationId == window.PartnerOrganizationId;

    /// <summary>A window and its model, for the developer, the grantee, or the cleared government.</summary>
    internal static async Task<(AccessWindow? Window, FrontierModel? Model)> VisibleWindowAsync(ClearinghouseDb db, Principal caller, Clearance? clearance, Guid windowId, CancellationToken ct)
    {
        var window = await db.Set<AccessWindow>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == windowId, ct);
        var model = window is null ? null : await db.Set<FrontierModel>().AsNoTracking().FirstAsync(m => m.Id == window.ModelId, ct);
        return window is not null && model is not null
            && (AccessPolicy.CanReadMarked(caller, clearance, model.Sharing) || caller.OrganizationId == window.PartnerOrganizationId)
            ? (window, model)
            : (null, null);
    }
}
