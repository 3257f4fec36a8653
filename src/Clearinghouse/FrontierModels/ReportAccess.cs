using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.FrontierModels;

/// <summary>
/// The access gateway (the developer's, or the evaluators' harness) reports every access with the credential used: who,
/// when, from where, what. The access is logged whatever it finds; insider-risk alerts are raised for an access outside
/// the window (or after the credential expired), by someone who has not accepted the current terms, or in unusual volume.
/// The answer tells the gateway what it found; refusing the access is the gateway's part. The event is marked with the
/// highest of the model's marking and the one reported with it, if any: never lower than the model.
/// </summary>
public static class ReportAccess
{
    /// <summary>More accesses than this by one individual in one hour is unusual volume.</summary>
    public const int UnusualAccessesPerHour = 100;

    public static async Task<Results<Created<AccessLogEntryView>, ProblemHttpResult>> Handle(Guid windowId, AccessReport report, Principal caller, ClearinghouseDb db, HttpContext http, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(http);
        var clearance = await FrontierAccess.ClearanceAsync(db, caller, ct);
        var (window, model) = await IssueAccessCredential.VisibleWindowAsync(db, caller, clearance, windowId, ct);
        if (window is null || model is null)
        {
            return Problems.NotFound("access window");
        }

        var marking = model.Sharing.Marking;
        if (report.Marking is { } spec)
        {
            if (FrontierAccess.CheckMarking(spec, out var reported) is { } invalid)
            {
                return invalid;
            }

            marking = Marking.Highest([marking, reported!]);
        }

        var hash = IssueAccessCredential.Hash(report.Credential);
        var credential = await db.Set<AccessCredential>().AsNoTracking().FirstOrDefaultAsync(c => c.WindowId == window.Id && c.SecretHash == hash, ct);
        if (credential is null)
        {
            return Problems.NotFound("credential for this window");
        }

        var now = db.Clock.Now();
        var alerts = new List<string>();
        if (!window.IsOpenAt(now) || credential.ExpiresAt <= now)
        {
            alerts.Add(AccessEvent.OutsideWindow);
        }

        var audience = window.IsGovernment ? TermsAudience.Government : TermsAudience.Partner;
        if ((await PublishTerms.MissingAcceptancesAsync(db, credential.MemberId, audience, ct)).Count > 0)
        {
            alerts.Add(AccessEvent.TermsNotAccepted);
        }

        var hourAgo = now.AddHours(-1);
        if (await db.Set<AccessEvent>().CountAsync(e => e.MemberId == credential.MemberId && e.At > hourAgo, ct) >= UnusualAccessesPerHour)
        {
            alerts.Add(AccessEvent.UnusualVolume);
        }

        var entry = new AccessEvent
        {
            Id = db.Clock.NewId(),
            WindowId = window.Id,
            MemberId = credential.MemberId,
            At = now,
            RemoteAddress = http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            What = report.What,
            Alerts = string.Join(';', alerts),
            OrganizationId = model.OrganizationId,
            Marking = marking.Encode(),
        };
        db.Add(entry);

        // The audit entry names the developer's organization only when the developer may read the event itself: its
        // action (an alert or not) is derived from the event and must not reach the developer's audit list otherwise.
        var subject = AccessPolicy.CanRelease(marking) ? model.OrganizationId : (Participants.OrganizationId?)null;
        db.Record(caller, alerts.Count == 0 ? "frontier.model-accessed" : "frontier.insider-risk-alert", "access-window", window.Id.ToString(), subject, null, entry.ToView());
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/frontier/windows/{window.Id}/accesses", entry.ToView());
    }
}
