using System.Globalization;
using System.Reflection;
using System.Security.Claims;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Participants;
using Microsoft.AspNetCore.Http;

namespace Clearinghouse.Access;

/// <summary>The authenticated caller: a member of an organization acting through one token.</summary>
public sealed record Principal(MemberId MemberId, OrganizationId OrganizationId, OrganizationKind OrganizationKind, MemberRole Role, TokenId TokenId)
{
    internal const string MemberClaim = "clearinghouse:member";
    internal const string OrganizationClaim = "clearinghouse:organization";
    internal const string OrganizationKindClaim = "clearinghouse:organization-kind";
    internal const string RoleClaim = "clearinghouse:role";
    internal const string TokenClaim = "clearinghouse:token";

    public bool IsStaff => OrganizationKind == OrganizationKind.ClearinghouseStaff;

    public ClaimsPrincipal ToClaimsPrincipal(string scheme) => new(new ClaimsIdentity(
        [
            new Claim(MemberClaim, MemberId.ToString()),
            new Claim(OrganizationClaim, OrganizationId.ToString()),
            new Claim(OrganizationKindClaim, ((int)OrganizationKind).ToString(CultureInfo.InvariantCulture)),
            new Claim(RoleClaim, ((int)Role).ToString(CultureInfo.InvariantCulture)),
            new Claim(TokenClaim, TokenId.ToString()),
        ],
        scheme));

    public static Principal? FromClaims(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.FindFirstValue(MemberClaim) is not { } member)
        {
            return null;
        }

        return new Principal(
            MemberId.From(Guid.Parse(member)),
            OrganizationId.From(Guid.Parse(user.FindFirstValue(OrganizationClaim)!)),
            (OrganizationKind)int.Parse(user.FindFirstValue(OrganizationKindClaim)!, CultureInfo.InvariantCulture),
            (MemberRole)int.Parse(user.FindFirstValue(RoleClaim)!, CultureInfo.InvariantCulture),
            TokenId.From(Guid.Parse(user.FindFirstValue(TokenClaim)!)));
    }

    /// <summary>Minimal API binding: an endpoint that takes a <see cref="Principal"/> is behind authentication, so a missing one is a wiring bug.</summary>
    public static ValueTask<Principal?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult<Principal?>(FromClaims(context.User)
            ?? throw new InvalidOperationException($"Endpoint {context.GetEndpoint()?.DisplayName} takes a Principal but allows anonymous callers."));
    }
}
