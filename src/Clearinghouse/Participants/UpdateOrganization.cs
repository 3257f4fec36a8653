using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Contracts.Problems;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Participants;

public static class UpdateOrganization
{
    public static async Task<Results<Ok<OrganizationView>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid organizationId, UpdateOrganizationRequest request, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        var organization = await db.Organizations.FirstOrDefaultAsync(o => o.Id == OrganizationId.From(organizationId), ct);
        if (organization is null)
        {
            return Problems.NotFound("organization");
        }

        var decision = AccessPolicy.Decide(caller, organization.Sharing, RecordAction.Administer);
        if (decision != Decision.Allowed)
        {
            return Problems.For(decision, "organization", "Only the organization's administrators (or clearinghouse administrators) change its profile.");
        }

        if (organization.HasLeft)
        {
            return Problems.OrganizationHasLeft(organization.Name);
        }

        var errors = ProfileRules.Check(organization.Kind, request.Sector ?? organization.Sector, request.SizeTier ?? organization.SizeTier,
            request.Tlp ?? organization.Tlp);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, type: ProblemTypes.Validation, title: "The request has invalid fields");
        }

        var before = organization.ToView();
        organization.Name = request.Name?.Trim() ?? organization.Name;
        organization.Sector = request.Sector ?? organization.Sector;
        organization.SizeTier = request.SizeTier ?? organization.SizeTier;
        organization.Tlp = request.Tlp ?? organization.Tlp;
        organization.ContactEmail = request.ContactEmail?.Trim() ?? organization.ContactEmail;
        var after = organization.ToView();
        if (after == before)
        {
            return TypedResults.Ok(after);
        }

        db.Record(caller, "organization.updated", "organization", organization.Id.ToString(), organization.Id, before, after);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(after);
    }
}
