using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Contracts.Problems;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clearinghouse.Participants;

public static class UpdateOrganization
{
    public static async Task<Results<Ok<OrganizationView>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid organizationId, UpdateOrganizationRequest request, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        var (organization, problem) = await Administration.OrganizationAsync(db, caller, organizationId,
            "Only the organization's administrators (or clearinghouse administrators) change its profile.", ct);
        if (organization is null)
        {
            return problem!;
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
        organization.MissionWellbeingSetting = request.MissionWellbeing ?? organization.MissionWellbeingSetting;
        organization.State = request.State ?? organization.State;
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
