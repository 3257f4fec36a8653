using Clearinghouse.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Clearinghouse.Participants;

public static class ParticipantsModule
{
    public static IServiceCollection AddParticipants(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapParticipants(this IEndpointRouteBuilder api)
    {
        api.MapGet("/me", WhoAmI.Handle).WithName("WhoAmI").WithSummary("Who the caller's token belongs to").WithTags("Participants");

        var organizations = api.MapGroup("/organizations").WithTags("Participants");
        organizations.MapPost("/", EnrolOrganization.Handle).WithName("EnrolOrganization")
            .WithSummary("Enrol an organization with its first administrator (clearinghouse administrators)")
            .RequireAuthorization(AccessModule.StaffAdministratorPolicy);
        organizations.MapGet("/", ListOrganizations.Handle).WithName("ListOrganizations").WithSummary("List the organizations visible to the caller");
        organizations.MapGet("/{organizationId:guid}", GetOrganization.Handle).WithName("GetOrganization").WithSummary("Read an organization's profile");
        organizations.MapPatch("/{organizationId:guid}", UpdateOrganization.Handle).WithName("UpdateOrganization").WithSummary("Change an organization's profile");
        organizations.MapPost("/{organizationId:guid}/leave", LeaveOrganization.Handle).WithName("LeaveOrganization")
            .WithSummary("Withdraw the organization from the clearinghouse; every token of its members stops working at once");
        organizations.MapGet("/{organizationId:guid}/export", ExportOrganization.Handle).WithName("ExportOrganization")
            .WithSummary("Export everything held about the organization as JSON");
        organizations.MapGet("/{organizationId:guid}/members", ListMembers.Handle).WithName("ListMembers").WithSummary("List an organization's members");
        organizations.MapPost("/{organizationId:guid}/members", AddMember.Handle).WithName("AddMember").WithSummary("Add a member to an organization");

        var members = api.MapGroup("/members").WithTags("Participants");
        members.MapGet("/{memberId:guid}", GetMember.Handle).WithName("GetMember").WithSummary("Read a member");
        members.MapPatch("/{memberId:guid}", UpdateMember.Handle).WithName("UpdateMember").WithSummary("Change a member's name or role");
        members.MapDelete("/{memberId:guid}", RemoveMember.Handle).WithName("RemoveMember").WithSummary("Remove a member and revoke its tokens");
        members.MapGet("/{memberId:guid}/tokens", ListTokens.Handle).WithName("ListTokens").WithSummary("List a member's tokens (never their secrets)");
        members.MapPost("/{memberId:guid}/tokens", IssueToken.Handle).WithName("IssueToken").WithSummary("Issue a token to a member; the secret is shown once");

        api.MapDelete("/tokens/{tokenId:guid}", RevokeToken.Handle).WithName("RevokeToken").WithSummary("Revoke a token at once").WithTags("Participants");
        return api;
    }
}
