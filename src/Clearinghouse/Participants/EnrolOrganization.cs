using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Http;
using Clearinghouse.Standards.Tlp;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Clearinghouse.Participants;

/// <summary>A clearinghouse administrator enrols an organization that asked to take part, with its first administrator.</summary>
public static class EnrolOrganization
{
    public const TlpLabel DefaultProfileLabel = TlpLabel.Amber;

    public static async Task<Results<Created<EnrolmentView>, ValidationProblem, ProblemHttpResult>> Handle(
        EnrolOrganizationRequest request, Principal caller, ClearinghouseDb db, ILogger<Organization> log, CancellationToken ct)
    {
        var tlp = request.Tlp ?? DefaultProfileLabel;
        var errors = ProfileRules.Check(request.Kind, request.Sector, request.SizeTier, tlp);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, type: Contracts.Problems.ProblemTypes.Validation, title: "The request has invalid fields");
        }

        if (request.Kind == OrganizationKind.ClearinghouseStaff)
        {
            return Problems.DomainRule("The clearinghouse-staff organization is created once, by `clearinghouse admin init`; add staff to it as members.");
        }

        if (await AddMember.EmailInUse(db, request.FirstAdmin.Email, ct))
        {
            return Problems.Conflict($"An active member already uses {request.FirstAdmin.Email}.");
        }

        var (organization, admin, token, secret) = Create(db, caller, request.Name, request.Kind, request.Sector, request.SizeTier, tlp,
            request.ContactEmail, request.FirstAdmin, request.MissionWellbeing ?? MissionWellbeingSetting.Derived, request.State);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return Problems.Conflict($"An active member already uses {request.FirstAdmin.Email}.");
        }

        ParticipantsLog.Enrolled(log, organization.Id, organization.Kind);
        return TypedResults.Created($"/api/organizations/{organization.Id}",
            new EnrolmentView(organization.ToView(), admin.ToView(), new IssuedTokenView(token.ToView(), secret)));
    }

    internal static (Organization, Member, ApiToken, string) Create(
        ClearinghouseDb db, Principal? actor, string name, OrganizationKind kind, Sector? sector, SizeTier? sizeTier, TlpLabel tlp,
        string? contactEmail, NewMember firstAdmin, MissionWellbeingSetting missionWellbeing = MissionWellbeingSetting.Derived, string? state = null)
    {
        var organization = new Organization
        {
            Id = OrganizationId.New(db.Clock),
            Name = name.Trim(),
            Kind = kind,
            Sector = sector,
            SizeTier = sizeTier,
            Tlp = tlp,
            ContactEmail = contactEmail?.Trim(),
            EnrolledAt = db.Clock.Now(),
            MissionWellbeingSetting = missionWellbeing,
            State = state,
        };
        db.Organizations.Add(organization);
        db.Record(actor, "organization.enrolled", "organization", organization.Id.ToString(), organization.Id, null, organization.ToView());
        var admin = AddMember.Create(db, actor, organization, firstAdmin.DisplayName, firstAdmin.Email, MemberRole.Admin);
        var (token, secret) = IssueToken.Create(db, actor, admin, "first token", IssueToken.DefaultLifetimeDays);
        return (organization, admin, token, secret);
    }
}
