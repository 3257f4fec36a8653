using Clearinghouse.Findings;
using Clearinghouse.Jobs;
using Clearinghouse.Scans;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Clearinghouse.Exposure;

public static class ExposureModule
{
    public static IServiceCollection AddExposure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ExposureOptions>().Bind(configuration)
            .Validate(o => o.DueSoonLeadDays >= 0 && o.DueSoonSweepEvery > TimeSpan.Zero && o.FiguresMinimumOrganizations >= 2,
                "Exposure: DueSoonLeadDays must not be negative, DueSoonSweepEvery must be positive, and FiguresMinimumOrganizations at least 2.")
            .ValidateOnStart();
        services.AddSingleton<ExposureEngine>();
        services.Replace(ServiceDescriptor.Singleton<Findings.IKnownVulnerabilities, PublishedVulnerabilities>());
        services.Replace(ServiceDescriptor.Scoped<IExposureCounts, ExposureCounts>());
        services.AddHttpClient(nameof(DeliverWebhook), c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddJobHandler<DeliverWebhook>();
        services.AddJobHandler<DueSoonSweep>();
        services.AddHostedService<DueSoonSweep.ScheduleOnStart>();
        return services;
    }

    public static IEndpointRouteBuilder MapExposure(this IEndpointRouteBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var options = api.ServiceProvider.GetRequiredService<IOptions<ExposureOptions>>().Value;
        var feeds = api.MapGroup("/feeds").WithTags("Exposure");
        feeds.MapPost("/import", ImportFeeds.Handle).WithName("ImportFeed")
            .WithSummary("Import an OSV record, a CVE JSON 5 record, the KEV catalog or an OSV zip export (?name= for .yaml); idempotent by content hash (clearinghouse analysts)")
            .Accepts<Stream>("application/json", "application/zip", "application/octet-stream")
            .WithMetadata(new BodyLimit(options.MaxFeedBytes));

        var exposure = api.MapGroup("/exposure").WithTags("Exposure");
        exposure.MapGet("/bundle", GetBundle.Handle).WithName("GetAdvisoryBundle")
            .WithSummary("The signed offline advisory bundle of the current knowledge base, for `clearinghouse exposure scan`");
        exposure.MapGet("/bundle/key", GetBundle.HandleKey).WithName("GetAdvisoryBundleKey")
            .WithSummary("The public key (PEM) that verifies advisory bundles");
        exposure.MapPost("/assets", RegisterAsset.Handle).WithName("RegisterAsset").WithSummary("Register one of your systems, with its criticality and internet exposure");
        exposure.MapGet("/assets", ListAssets.Handle).WithName("ListAssets").WithSummary("Your organization's assets and their current inventories");
        exposure.MapDelete("/assets/{assetId:guid}", DeleteAsset.Handle).WithName("DeleteAsset").WithSummary("Delete an asset: its inventory is no longer matched");
        exposure.MapPut("/assets/{assetId:guid}/inventory", UploadInventory.Handle).WithName("UploadInventory")
            .WithSummary("Replace an asset's inventory with a CycloneDX or SPDX JSON SBOM or a purl list; matched at once")
            .Accepts<Stream>("application/json", "text/plain")
            .WithMetadata(new BodyLimit(options.MaxInventoryBytes));
        exposure.MapGet("/assets/{assetId:guid}/inventory/diff", DiffInventories.Handle).WithName("DiffInventories")
            .WithSummary("Components added and removed between two inventory versions (default: previous and current)");
        exposure.MapGet("/queue", ListRemediationTasks.Handle).WithName("ListExposureQueue")
            .WithSummary("Your open exposures, most urgent first, with due dates and reasons (staff analysts: ?organization=)");
        exposure.MapPost("/exposures/{exposureId:guid}/status", RecordExposureStatus.Handle).WithName("RecordExposureStatus")
            .WithSummary("Record affected, not_affected (with justification), fixed, mitigated or risk_accepted (with expiry)");
        exposure.MapGet("/exposures/{exposureId:guid}/history", ListExposureHistory.Handle).WithName("ListExposureHistory")
            .WithSummary("An exposure's remediation history");
        exposure.MapPost("/webhooks", RegisterWebhook.Handle).WithName("RegisterWebhook")
            .WithSummary("Register a webhook for new exposures and nearing due dates, signed with HMAC-SHA256 (administrators)");
        exposure.MapGet("/figures", GetExposureFigures.Handle).WithName("GetExposureFigures")
            .WithSummary("Exposures by sector and by state, overdue counts and median days to remediate; figures fewer than k organizations stand behind are suppressed");
        return api;
    }
}
