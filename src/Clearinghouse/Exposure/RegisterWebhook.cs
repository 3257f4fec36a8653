using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.Exposure;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clearinghouse.Exposure;

/// <summary>An organization administrator registers where exposure events go, and the secret they are signed with.</summary>
public static class RegisterWebhook
{
    public static async Task<Results<Created<WebhookView>, ValidationProblem, ProblemHttpResult>> Handle(WebhookRequest request, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!AccessPolicy.CanManageWebhooks(caller, caller.OrganizationId))
        {
            return Problems.Forbidden("Only the organization's administrators register webhooks.");
        }

        if (!Uri.TryCreate(request.Url, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
        {
            return Problems.Invalid("url", "The webhook URL must be an absolute http or https URL.");
        }

        var webhook = new Webhook { Id = db.Clock.NewId(), OrganizationId = caller.OrganizationId, Url = url.ToString(), Secret = request.Secret, CreatedAt = db.Clock.Now() };
        db.Add(webhook);
        await DueSoonSweep.ScheduleAsync(db, ct);
        db.Record(caller, "exposure.webhook-registered", "webhook", webhook.Id.ToString(), webhook.OrganizationId, null, webhook.ToView());
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/exposure/webhooks/{webhook.Id}", webhook.ToView());
    }
}
