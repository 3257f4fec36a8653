using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Clearinghouse.Server.Hosting;

/// <summary>Tells OpenAPI readers (and Swagger UI's Authorize button) that the API takes bearer tokens.</summary>
internal sealed class BearerSecurityScheme : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Clearinghouse API";
        document.Info.Description = "The AI cybersecurity clearinghouse of Executive Order 14409. Errors are RFC 9457 problem+json.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "An API token from `clearinghouse admin init` or POST /api/members/{id}/tokens.",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", document)] = [] });
        return Task.CompletedTask;
    }
}
