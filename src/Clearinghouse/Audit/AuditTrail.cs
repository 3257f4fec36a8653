using System.Security.Cryptography;
using System.Text.Json;
using Clearinghouse.Access;
using Clearinghouse.Participants;
using Clearinghouse.Storage;

namespace Clearinghouse.Audit;

/// <summary>
/// How a use case records what it changed. The entry joins the same unit of work as the change;
/// <see cref="ClearinghouseDb"/> refuses to save a change that has no entry, and seals the entries into the chain in the same transaction.
/// Only digests of the before and after states are kept, so the trail proves what changed without holding (and leaking) the content.
/// </summary>
public static class AuditTrail
{
    private static readonly JsonSerializerOptions DigestJson = new(JsonSerializerDefaults.Web);

    public static void Record(
        this ClearinghouseDb db,
        Principal? actor,
        string action,
        string subjectType,
        string subjectId,
        OrganizationId? subjectOrganization,
        object? before,
        object? after)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.PendingAudit.Add(new AuditEntry
        {
            OccurredAt = db.Clock.Now(),
            ActorMemberId = actor?.MemberId,
            ActorOrganizationId = actor?.OrganizationId,
            Action = action,
            SubjectType = subjectType,
            SubjectId = subjectId,
            SubjectOrganizationId = subjectOrganization,
            BeforeDigest = Digest(before),
            AfterDigest = Digest(after),
        });
    }

    /// <summary>SHA-256 (hex) of a state's JSON form; the views are records with a fixed property order, so the form is stable.</summary>
    public static string? Digest(object? state) =>
        state is null ? null : Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(state, state.GetType(), DigestJson)));
}
