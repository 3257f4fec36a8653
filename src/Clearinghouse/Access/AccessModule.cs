using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace Clearinghouse.Access;

public static class AccessModule
{
    /// <summary>Any active member of any participating organization.</summary>
    public const string MemberPolicy = "member";

    /// <summary>Administrators of the clearinghouse-staff organization.</summary>
    public const string StaffAdministratorPolicy = "staff-administrator";

    /// <summary>Administrators and analysts of the clearinghouse-staff organization.</summary>
    public const string StaffPolicy = "staff";

    public static IServiceCollection AddAccess(this IServiceCollection services)
    {
        services.AddAuthentication(TokenAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, TokenAuthentication>(TokenAuthentication.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(MemberPolicy, p => p.RequireAuthenticatedUser())
            .AddPolicy(StaffAdministratorPolicy, p => p.RequireAssertion(c =>
                Principal.FromClaims(c.User) is { } caller && AccessPolicy.IsStaffAdministrator(caller)))
            .AddPolicy(StaffPolicy, p => p.RequireAssertion(c =>
                Principal.FromClaims(c.User) is { } caller && AccessPolicy.IsStaffAnalyst(caller)));
        return services;
    }
}
