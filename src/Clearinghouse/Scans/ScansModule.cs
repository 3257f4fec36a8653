using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Clearinghouse.Scans;

public static class ScansModule
{
    public static IServiceCollection AddScans(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ScansOptions>().Bind(configuration);
        services.AddSingleton<ScanRegistry>();
        services.TryAddSingleton<IChallengeResolver, PublicChallengeResolver>();
        services.TryAddSingleton<IExposureCounts, NoExposureData>();
        return services;
    }

    public static IEndpointRouteBuilder MapScans(this IEndpointRouteBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var scans = api.MapGroup("/scans").WithTags("Scans");

        scans.MapPost("/assets", RegisterAsset.Handle).WithName("RegisterScanAsset")
            .WithSummary("Claim an asset (address range, domain, repository, package namespace); overlapping claims are disputed for an analyst");
        scans.MapGet("/assets", ListAssets.Handle).WithName("ListScanAssets")
            .WithSummary("Your organization's claimed assets (staff: all, with overlapping claims)");
        scans.MapPost("/assets/{id:guid}/verify", VerifyAsset.Handle).WithName("VerifyScanAsset")
            .WithSummary("Prove ownership: the clearinghouse looks for the challenge token in DNS or at the well-known URL");
        scans.MapPost("/assets/{id:guid}/decision", DecideAsset.Handle).WithName("DecideScanAsset")
            .WithSummary("Confirm or reject an ownership claim (clearinghouse analysts)");

        scans.MapPost("/consents", GrantConsent.Handle).WithName("GrantScanConsent")
            .WithSummary("Consent to active scanning of a verified asset by one scanner organization (owner's administrators)");
        scans.MapGet("/consents", ListConsents.Handle).WithName("ListScanConsents").WithSummary("The consents your organization gave and received");
        scans.MapDelete("/consents/{id:guid}", RevokeConsent.Handle).WithName("RevokeScanConsent")
            .WithSummary("Revoke a consent; check-ins are refused from the moment it commits");

        scans.MapPost("/blackouts", DeclareBlackout.Handle).WithName("DeclareScanBlackout")
            .WithSummary("Declare a weekly or one-off period without active scanning, in your IANA time zone");
        scans.MapGet("/blackouts", ListBlackouts.Handle).WithName("ListScanBlackouts").WithSummary("Your organization's blackouts");
        scans.MapDelete("/blackouts/{id:guid}", LiftBlackout.Handle).WithName("LiftScanBlackout").WithSummary("Lift a blackout");

        scans.MapPost("/campaigns", RegisterCampaign.Handle).WithName("RegisterScanCampaign")
            .WithSummary("Register a campaign: refused without consent for active scanning, or over a target's concurrency limit (with an alternative slot)");
        scans.MapPost("/campaigns/plan", RegisterCampaign.HandlePlan).WithName("PlanScanCampaign")
            .WithSummary("What registering a campaign would meet: refusals, conflicts, the alternative slot, redundancy, blackouts");
        scans.MapGet("/campaigns", GetCampaign.HandleList).WithName("ListScanCampaigns").WithSummary("Your organization's campaigns (staff: all)");
        scans.MapGet("/campaigns/{id:guid}", GetCampaign.Handle).WithName("GetScanCampaign").WithSummary("Read a campaign");
        scans.MapGet("/campaigns/{id:guid}/deconfliction", GetCampaign.HandleDeconfliction).WithName("GetScanDeconfliction")
            .WithSummary("A registered campaign's conflicts, alternative slot, redundancy and blackouts, now");
        scans.MapPost("/campaigns/{id:guid}/cancel", CancelCampaign.Handle).WithName("CancelScanCampaign").WithSummary("Cancel a campaign");
        scans.MapPost("/campaigns/{id:guid}/coverage", ReportCoverage.Handle).WithName("ReportScanCoverage")
            .WithSummary("Report the targets a campaign covered, with tool and model");
        scans.MapGet("/campaigns/{id:guid}/coverage", ReportCoverage.HandleList).WithName("ListScanCoverage")
            .WithSummary("A campaign's coverage records, each with the findings the campaign submitted on its target");

        scans.MapGet("/check", CheckClearance.Handle).WithName("CheckScanClearance")
            .WithSummary("A scanner's check-in: is the campaign cleared to scan the target now (or at a given instant)?");
        scans.MapGet("/who-is", LookUpScanSource.Handle).WithName("LookUpScanSource")
            .WithSummary("A defender's look-up: is traffic from this address at this instant, against your assets, a registered and authorized scan?");
        scans.MapGet("/gaps", ListCoverageGaps.Handle).WithName("ListCoverageGaps")
            .WithSummary("Targets nobody covered recently with a technique, most exposed operators first, then longest uncovered");
        return api;
    }
}
