using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clearinghouse.Directives;

public static class DirectivesModule
{
    public static IEndpointRouteBuilder MapDirectives(this IEndpointRouteBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var directives = api.MapGroup("/directives").WithTags("Directives");
        directives.MapPost("/", IssueDirective.Handle).WithName("IssueDirective")
            .WithSummary("Issue a BOD-style directive: the organization kinds and sectors it binds and its rules (clearinghouse analysts)");
        directives.MapGet("/", ListDirectives.Handle).WithName("ListDirectives").WithSummary("Every directive, newest first, with its version in force");
        directives.MapGet("/{directiveRef}", GetDirective.Handle).WithName("GetDirective")
            .WithSummary("A directive by id or reference, with every version");
        directives.MapPut("/{directiveRef}", AmendDirective.Handle).WithName("AmendDirective")
            .WithSummary("Amend a directive: the whole new text becomes its next version (clearinghouse analysts)");
        directives.MapPost("/{directiveRef}/withdrawal", WithdrawDirective.Handle).WithName("WithdrawDirective")
            .WithSummary("Withdraw a directive, with the reason; it stays readable (clearinghouse analysts)");
        directives.MapGet("/{directiveRef}/compliance", GetDirectiveCompliance.Handle).WithName("GetDirectiveCompliance")
            .WithSummary("An organization's compliance with a directive, exposure by exposure (your own; staff analysts: ?organization=)");
        directives.MapGet("/{directiveRef}/compliance/overall", GetOverallCompliance.Handle).WithName("GetOverallDirectiveCompliance")
            .WithSummary("Compliance across the targeted organizations: per organization for staff analysts, suppressed totals for everyone else");
        return api;
    }
}
