using System.Text.Encodings.Web;
using Clearinghouse.Contracts.Problems;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Clearinghouse.Access;

/// <summary>
/// Bearer tokens checked against the database on every request, so that a revocation, a removed member or an
/// organization that left takes effect at once in every server process (nothing is cached in-process).
/// </summary>
public sealed class TokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ClearinghouseDb db,
    TimeProvider clock) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
        {
            return AuthenticateResult.NoResult();
        }

        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.Fail("The Authorization header must be 'Bearer <token>'.");
        }

        var secret = header["Bearer ".Length..].Trim();
        if (!TokenSecret.LooksValid(secret))
        {
            return AuthenticateResult.Fail("The bearer value is not a clearinghouse token.");
        }

        var hash = TokenSecret.Hash(secret);
        var now = clock.Now();
        var found = await (
            from token in db.ApiTokens.AsNoTracking()
            join member in db.Members on token.MemberId equals member.Id
            join organization in db.Organizations on member.OrganizationId equals organization.Id
            where token.SecretHash == hash
            select new { token.Id, token.ExpiresAt, token.RevokedAt, Member = member.Id, member.Role, member.RemovedAt, Organization = organization.Id, organization.Kind, organization.LeftAt })
            .FirstOrDefaultAsync(Context.RequestAborted);

        var refusal = found switch
        {
            null => "The token is not known.",
            { RevokedAt: not null } => "The token was revoked.",
            _ when found.ExpiresAt <= now => "The token has expired.",
            { RemovedAt: not null } => "The token's member was removed from its organization.",
            { LeftAt: not null } => "The token's organization has left the clearinghouse.",
            _ => null,
        };
        if (refusal is not null)
        {
            return AuthenticateResult.Fail(refusal);
        }

        var principal = new Principal(found!.Member, found.Organization, found.Kind, found.Role, found.Id);
        return AuthenticateResult.Success(new AuthenticationTicket(principal.ToClaimsPrincipal(SchemeName), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        await Results.Problem(
                detail: result.Failure?.Message ?? "This endpoint needs an API token: send 'Authorization: Bearer <token>'.",
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Unauthenticated",
                type: ProblemTypes.Unauthenticated)
            .ExecuteAsync(Context);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Results.Problem(
                detail: "Your role or organization may not use this endpoint.",
                statusCode: StatusCodes.Status403Forbidden,
                title: "Forbidden",
                type: ProblemTypes.Forbidden)
            .ExecuteAsync(Context);
}
