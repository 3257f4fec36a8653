using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clearinghouse.FrontierModels;

/// <summary>
/// An AI developer registers a model under development. The registration is the developer's proprietary data
/// (CUI//PROPIN): the developer and cleared government members see it, nobody else.
/// </summary>
public static class RegisterModel
{
    public static async Task<Results<Created<ModelView>, ProblemHttpResult>> Handle(RegisterModelRequest request, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (caller.OrganizationKind != OrganizationKind.AiDeveloper || caller.Role == MemberRole.Viewer)
        {
            return Problems.Forbidden("Models are registered by members of AI developer organizations who may write.");
        }

        if (request.PlannedPartnerRelease is { } partners && request.PlannedPublicRelease is { } @public && @public < partners)
        {
            return Problems.DomainRule("The planned public release comes before the planned release to trusted partners.");
        }

        if (request.Contacts?.FirstOrDefault(c => !System.Net.Mail.MailAddress.TryCreate(c, out _)) is { } bad)
        {
            return Problems.DomainRule($"'{bad}' is not an e-mail address.");
        }

        var model = new FrontierModel
        {
            Id = db.Clock.NewId(),
            OrganizationId = caller.OrganizationId,
            Name = request.Name.Trim(),
            Version = request.Version.Trim(),
            Lineage = request.Lineage,
            Modality = request.Modality.Trim(),
            TrainingComputeFlop = request.TrainingComputeFlop,
            PlannedPartnerRelease = request.PlannedPartnerRelease is { } p ? Clock.ToMicroseconds(p) : null,
            PlannedPublicRelease = request.PlannedPublicRelease is { } q ? Clock.ToMicroseconds(q) : null,
            Contacts = string.Join(';', (request.Contacts ?? []).Select(c => c.Trim().ToLowerInvariant())),
            RegisteredBy = caller.MemberId,
            RegisteredAt = db.Clock.Now(),
            Marking = Marking.Proprietary.Encode(),
        };
        db.Add(model);
        db.Record(caller, "frontier.model-registered", "frontier-model", model.Id.ToString(), caller.OrganizationId, null, model.ToView());
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/frontier/models/{model.Id}", model.ToView());
    }
}
