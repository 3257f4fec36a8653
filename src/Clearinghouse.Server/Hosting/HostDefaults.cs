using System.Globalization;
using System.Threading.RateLimiting;
using Clearinghouse.Access;
using Clearinghouse.Contracts;
using Clearinghouse.Contracts.Problems;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Clearinghouse.Server.Hosting;

/// <summary>What every endpoint gets from the host: strict JSON, problem+json for every error, body limits, per-token rate limits, OpenAPI.</summary>
public static class HostDefaults
{
    public static WebApplicationBuilder AddHostDefaults(this WebApplicationBuilder builder)
    {
        // Bound when first needed, so that every configuration source (tests' included) is seen.
        builder.Services.AddOptions<LimitsOptions>().Bind(builder.Configuration.GetSection("Limits"));
        builder.Services.AddOptions<KestrelServerOptions>().Configure<IOptions<LimitsOptions>>((k, limits) =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = limits.Value.MaxRequestBodyBytes;
        });

        builder.Services.Configure<JsonOptions>(o => ContractJson.Apply(o.SerializerOptions));
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            c.ProblemDetails.Extensions["traceId"] = c.HttpContext.TraceIdentifier;
            c.ProblemDetails.Detail ??= c.ProblemDetails.Status switch
            {
                StatusCodes.Status400BadRequest when c.ProblemDetails is HttpValidationProblemDetails => "Some fields are invalid; 'errors' names each one.",
                StatusCodes.Status404NotFound => "There is nothing at this path.",
                StatusCodes.Status405MethodNotAllowed => "This path does not accept that HTTP method.",
                StatusCodes.Status413PayloadTooLarge =>
                    $"The request body is larger than this endpoint accepts ({c.HttpContext.RequestServices.GetRequiredService<IOptions<LimitsOptions>>().Value.MaxRequestBodyBytes} bytes).",
                StatusCodes.Status415UnsupportedMediaType => "Send the body as application/json.",
                _ => null,
            };
            // Framework-made problems (an unknown route, a wrong method) carry RFC links; answer with the catalogue's types.
            if (c.ProblemDetails.Type is not null && !c.ProblemDetails.Type.StartsWith("https://tools.ietf.org/", StringComparison.Ordinal))
            {
                return;
            }

            c.ProblemDetails.Type = c.ProblemDetails.Status switch
            {
                StatusCodes.Status404NotFound => ProblemTypes.NotFound,
                StatusCodes.Status405MethodNotAllowed or StatusCodes.Status400BadRequest => ProblemTypes.MalformedRequest,
                StatusCodes.Status413PayloadTooLarge => ProblemTypes.PayloadTooLarge,
                StatusCodes.Status415UnsupportedMediaType => ProblemTypes.UnsupportedMediaType,
                _ => ProblemTypes.ServerError,
            };
        });
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();

        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<LimitsOptions>>((o, options) =>
        {
            var limits = options.Value;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var key = Principal.FromClaims(context.User) is { } caller
                    ? "token:" + caller.TokenId
                    : "address:" + context.Connection.RemoteIpAddress;
                return RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = limits.Burst,
                    TokensPerPeriod = Math.Max(1, limits.RequestsPerMinute / 60),
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            o.OnRejected = async (rejected, ct) =>
            {
                var response = rejected.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                var retry = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(1);
                response.Headers.RetryAfter = Math.Ceiling(retry.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                await Results.Problem(detail: "This token has sent more requests than its rate allows; retry after the Retry-After header's seconds.",
                        statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests", type: ProblemTypes.RateLimited)
                    .ExecuteAsync(rejected.HttpContext);
            };
        });

        builder.Services.AddOpenApi(o => o.AddDocumentTransformer<BearerSecurityScheme>());
        return builder;
    }

    public static WebApplication UseHostDefaults(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.MapOpenApi().AllowAnonymous().WithName("OpenApiDocument").WithSummary("The OpenAPI description of this API");
        app.UseSwaggerUI(o =>
        {
            o.SwaggerEndpoint("/openapi/v1.json", "Clearinghouse API v1");
            o.DocumentTitle = "Clearinghouse API";
        });
        return app;
    }
}
