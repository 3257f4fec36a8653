using Clearinghouse.Audit;
using Clearinghouse.Contracts;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Http;
using Clearinghouse.Participants;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Access;

/// <summary>
/// A clearinghouse administrator assigns a government member's clearance, compartments, need-to-know groups and duties
/// (docs/adr/013). Replacing it is one audited change; only members of federal agencies or of the staff hold one.
/// </summary>
public static class GrantClearance
{
    public static async Task<Results<Ok<ClearanceView>, ProblemHttpResult>> Handle(Guid memberId, ClearanceRequest request, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!AccessPolicy.IsStaffAdministrator(caller))
        {
            return Problems.Forbidden("Only clearinghouse administrators assign clearances.");
        }

        var id = MemberId.From(memberId);
        var member = await (from m in db.Members
                            join o in db.Organizations on m.OrganizationId equals o.Id
                            where m.Id == id
                            select new { m.RemovedAt, o.Kind, m.OrganizationId }).FirstOrDefaultAsync(ct);
        if (member is null)
        {
            return Problems.NotFound("member");
        }

        if (member.RemovedAt is not null)
        {
            return Problems.Conflict("The member was removed; removed members hold no clearance.");
        }

        if (member.Kind is not (Contracts.Participants.OrganizationKind.FederalAgency or Contracts.Participants.OrganizationKind.ClearinghouseStaff))
        {
            return Problems.DomainRule("Clearances are held by members of federal agencies or of the clearinghouse staff; a developer sees what is released to it.");
        }

        if (request.Level < ClassificationLevel.Confidential && request.Compartments is { Count: > 0 })
        {
            return Problems.DomainRule("Compartments are read into only with a clearance of C, S or TS.");
        }

        if (request.Duties?.Contains(FrontierDuty.Consultant) == true && request.Office is null)
        {
            return Problems.DomainRule("A consultant speaks for an office: give the office.");
        }

        // The compartment and group names follow the marking rules; checked at C, where compartments are allowed.
        var normalized = Marking.From(new MarkingSpec { Level = ClassificationLevel.Confidential, Compartments = request.Compartments, Groups = request.Groups }, out var error);
        if (normalized is null)
        {
            return Problems.DomainRule("The clearance is not valid: " + error);
        }

        var clearance = await db.Set<Clearance>().FirstOrDefaultAsync(c => c.MemberId == id, ct);
        var before = clearance?.ToView();
        if (clearance is null)
        {
            clearance = new Clearance { MemberId = id };
            db.Add(clearance);
        }

        clearance.Level = request.Level;
        clearance.Compartments = string.Join(';', normalized.Compartments);
        clearance.NeedToKnowGroups = string.Join(';', normalized.Groups);
        clearance.Duties = string.Join(';', (request.Duties ?? []).Distinct().Select(ContractJson.EnumName).Order(StringComparer.Ordinal));
        clearance.Office = request.Office?.Trim();
        clearance.GrantedBy = caller.MemberId;
        clearance.GrantedAt = db.Clock.Now();
        db.Record(caller, "clearance.granted", "member", id.ToString(), member.OrganizationId, before, clearance.ToView());
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(clearance.ToView());
    }
}
