using System.Data.Common;
using System.Reflection;
using Clearinghouse.Contracts.Health;
using Clearinghouse.Contracts.Problems;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Clearinghouse.Health;

public static class HealthModule
{
    private static readonly string Version =
        typeof(HealthModule).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", Check).WithName("Health").WithSummary("Whether the server and its database are ready").WithTags("Health").AllowAnonymous();
        return app;
    }

    public static async Task<Results<Ok<HealthView>, ProblemHttpResult>> Check(ClearinghouseDb db, CancellationToken ct)
    {
        var provider = db.Provider == DatabaseProvider.Postgres ? "postgres" : "sqlite";
        int version;
        try
        {
            version = await SchemaMigrations.CurrentVersionAsync(db, ct);
        }
        catch (DbException e)
        {
            return TypedResults.Problem(detail: $"The {provider} database does not answer: {e.Message}", statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Database unavailable", type: ProblemTypes.ServerError);
        }

        var latest = SchemaMigrations.LatestVersion(db.Provider);
        return version == latest
            ? TypedResults.Ok(new HealthView("ok", provider, version, Version))
            : TypedResults.Problem(detail: $"The database is at schema version {version}; this build needs {latest}. Run `clearinghouse migrate`.",
                statusCode: StatusCodes.Status503ServiceUnavailable, title: "Schema not current", type: ProblemTypes.ServerError);
    }
}
