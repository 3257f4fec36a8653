namespace Clearinghouse.Contracts.Audit;

/// <summary>One entry of the hash-chained audit trail.</summary>
/// <param name="Sequence">The entry's position in the chain, from 1 with no gaps.</param>
/// <param name="OccurredAt">When the change was committed (microsecond precision).</param>
/// <param name="ActorMemberId">The member who made the change; absent for the instance's own bootstrap.</param>
/// <param name="ActorOrganizationId">The actor's organization.</param>
/// <param name="Action">What happened, as <c>noun.verb</c>, for example <c>organization.enrolled</c>.</param>
/// <param name="SubjectType">The kind of record changed.</param>
/// <param name="SubjectId">The id of the record changed.</param>
/// <param name="SubjectOrganizationId">The organization the changed record belongs to.</param>
/// <param name="BeforeDigest">SHA-256 (hex) of the record's canonical JSON before the change; absent for a creation.</param>
/// <param name="AfterDigest">SHA-256 (hex) of the record's canonical JSON after the change; absent for a deletion.</param>
/// <param name="PreviousHash">The previous entry's <paramref name="Hash"/> (hex); 64 zeros for the first entry.</param>
/// <param name="Hash">SHA-256 (hex) over this entry's fields and <paramref name="PreviousHash"/>, as scheme <paramref name="Scheme"/> defines.</param>
/// <param name="Scheme">The version of the hashing scheme.</param>
public sealed record AuditEntryView(
    long Sequence,
    DateTimeOffset OccurredAt,
    Guid? ActorMemberId,
    Guid? ActorOrganizationId,
    string Action,
    string SubjectType,
    string SubjectId,
    Guid? SubjectOrganizationId,
    string? BeforeDigest,
    string? AfterDigest,
    string PreviousHash,
    string Hash,
    int Scheme);

/// <summary>The outcome of walking the audit chain.</summary>
/// <param name="Intact">True when every entry's hash and link check out (and the expected head, if one was given, is present).</param>
/// <param name="EntriesChecked">How many entries were read.</param>
/// <param name="HeadSequence">The last entry's sequence; record it with <paramref name="HeadHash"/> outside the database to detect a rewritten tail later.</param>
/// <param name="HeadHash">The last entry's hash (hex).</param>
/// <param name="FirstBadSequence">The first entry found altered, removed or out of order.</param>
/// <param name="Problem">What is wrong with that entry.</param>
public sealed record AuditVerificationView(
    bool Intact,
    long EntriesChecked,
    long? HeadSequence,
    string? HeadHash,
    long? FirstBadSequence,
    string? Problem);
