using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Directives;
using Clearinghouse.Health;
using Clearinghouse.Http;
using Clearinghouse.Exposure;
using Clearinghouse.Findings;
using Clearinghouse.FrontierModels;
using Clearinghouse.Jobs;
using Clearinghouse.Verification;
using Clearinghouse.Participants;
using Clearinghouse.Scoring;
using Clearinghouse.Scans;
using Clearinghouse.Server.Hosting;
using Clearinghouse.Storage;

namespace Clearinghouse.Server;

/// <summary>The clearinghouse server: the list of capabilities it hosts, in the order data flows through them.</summary>
public sealed class ClearinghouseServer
{
    private ClearinghouseServer()
    {
    }

    public static WebApplication CreateApp(string[] args, Action<WebApplicationBuilder>? configure = null, string? contentRoot = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = contentRoot });

        // CLEARINGHOUSE_DATABASE and friends; the command line (--database) still wins.
        builder.Configuration.AddEnvironmentVariables("CLEARINGHOUSE_");
        builder.Configuration.AddCommandLine(args);
        configure?.Invoke(builder);

        builder.AddHostDefaults();
        builder.Services.AddStorage(builder.Configuration);
        builder.Services.AddAccess();
        builder.Services.AddAudit();
        builder.Services.AddParticipants();
        builder.Services.AddJobs(builder.Configuration);
        builder.Services.AddScans(builder.Configuration.GetSection("Scans"));
        builder.Services.AddFindings(builder.Configuration.GetSection("Findings"));
        builder.Services.AddVerification(builder.Configuration.GetSection("Verification"));
        builder.Services.AddScoring(builder.Configuration.GetSection("Scoring"));
        builder.Services.AddExposure(builder.Configuration.GetSection("Exposure"));
        builder.Services.AddFrontierModels();

        var app = builder.Build();
        app.UseHostDefaults();
        app.MapHealth();
        var api = app.MapGroup("/api")
            .RequireAuthorization(AccessModule.MemberPolicy)
            .AddEndpointFilterFactory(RequestValidation.Factory);
        api.MapParticipants();
        api.MapScans();
        api.MapFindings();
        api.MapExposure();
        api.MapDirectives();
        api.MapFrontierModels();
        api.MapAudit();
        return app;
    }
}
