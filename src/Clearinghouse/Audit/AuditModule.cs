using Clearinghouse.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Clearinghouse.Audit;

public static class AuditModule
{
    public static IServiceCollection AddAudit(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapAudit(this IEndpointRouteBuilder api)
    {
        var audit = api.MapGroup("/audit").WithTags("Audit");
        audit.MapGet("/", ListAuditEntries.Handle).WithName("ListAuditEntries").WithSummary("Page through the audit trail in chain order");
        audit.MapGet("/verify", VerifyAuditChain.Handle).WithName("VerifyAuditChain").WithSummary("Walk the hash chain and name the first broken entry")
            .RequireAuthorization(AccessModule.StaffAdministratorPolicy);
        return api;
    }
}
