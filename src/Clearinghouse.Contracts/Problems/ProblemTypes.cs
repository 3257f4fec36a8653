namespace Clearinghouse.Contracts.Problems;

/// <summary>
/// The one catalogue of RFC 9457 problem <c>type</c> URIs the clearinghouse answers with.
/// A client can branch on these; the <c>detail</c> text beside them is for people and may change.
/// </summary>
public static class ProblemTypes
{
    private const string Prefix = "urn:clearinghouse:problem:";

    /// <summary>400: the body is not well-formed JSON, has an unknown field, lacks a required one, or has a value of the wrong type.</summary>
    public const string MalformedRequest = Prefix + "malformed-request";

    /// <summary>400: the body is well-formed but fields break declared constraints; <c>errors</c> names each field.</summary>
    public const string Validation = Prefix + "validation";

    /// <summary>401: no token, or an unknown, expired or revoked one.</summary>
    public const string Unauthenticated = Prefix + "unauthenticated";

    /// <summary>403: the record is visible to the caller, but the caller's role or organization may not do this to it.</summary>
    public const string Forbidden = Prefix + "forbidden";

    /// <summary>404: there is no such record, or the caller may not know that it exists.</summary>
    public const string NotFound = Prefix + "not-found";

    /// <summary>409: the request conflicts with the current state (a duplicate e-mail address, a member already removed).</summary>
    public const string Conflict = Prefix + "conflict";

    /// <summary>409: the organization has left the clearinghouse; its records are kept but no longer change.</summary>
    public const string OrganizationHasLeft = Prefix + "organization-has-left";

    /// <summary>409: the change would leave an organization without an active administrator.</summary>
    public const string LastAdministrator = Prefix + "last-administrator";

    /// <summary>422: the request is well-formed but breaks a domain rule (for example a sector given for an organization that is not an operator).</summary>
    public const string DomainRule = Prefix + "domain-rule";

    /// <summary>413: the body is larger than this endpoint accepts.</summary>
    public const string PayloadTooLarge = Prefix + "payload-too-large";

    /// <summary>415: the body is not in a media type this endpoint accepts.</summary>
    public const string UnsupportedMediaType = Prefix + "unsupported-media-type";

    /// <summary>429: the token has sent more requests than its rate allows; retry after the <c>Retry-After</c> header's seconds.</summary>
    public const string RateLimited = Prefix + "rate-limited";

    /// <summary>An Idempotency-Key was sent again with a different request (422).</summary>
    public const string IdempotencyKeyReused = Prefix + "idempotency-key-reused";

    /// <summary>500: a fault in the server; the <c>traceId</c> lets an operator find it in the log. Nothing of the request was written.</summary>
    public const string ServerError = Prefix + "server-error";

    /// <summary>409: a scan campaign would exceed a target's concurrency limit; the extension <c>deconfliction</c> holds the conflicts and the earliest alternative slot.</summary>
    public const string ScanConflict = Prefix + "scan-conflict";

    /// <summary>422: an active scan campaign touches registered assets without their owners' consent; the extension <c>refusals</c> names each target and why.</summary>
    public const string ScanNotAuthorized = Prefix + "scan-not-authorized";

    /// <summary>422: the ownership challenge's token was not found where it should be published.</summary>
    public const string OwnershipNotProven = Prefix + "ownership-not-proven";

    /// <summary>422: a pre-release access window (frontier models, Sec. 3(b)(ii)) would last more than 30 days.</summary>
    public const string AccessWindowTooLong = Prefix + "access-window-too-long";

    /// <summary>422: the government's access window would end after the model's planned release to other trusted partners.</summary>
    public const string AccessWindowAfterPartnerRelease = Prefix + "access-window-after-partner-release";

    /// <summary>422: the individual has not accepted the current version of every agreed terms document; <c>detail</c> names them.</summary>
    public const string TermsNotAccepted = Prefix + "terms-not-accepted";
}
