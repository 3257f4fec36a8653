using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Clearinghouse.Contracts.Audit;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Clearinghouse.Tests.Server;

/// <summary>
/// Conventions every endpoint must follow, checked on the endpoint list the running server built (so a new endpoint
/// is checked the day it is added), and the audit trail growing with every successful change made over HTTP.
/// </summary>
public sealed partial class EndpointConventionTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    /// <summary>The only routes a caller without a token may reach.</summary>
    private static readonly string[] AnonymousRoutes = ["/health", "/openapi/{documentName}.json"];

    [Fact]
    public async Task Every_endpoint_requires_a_token_except_health_and_the_OpenAPI_document()
    {
        var endpoints = await EndpointsAsync();

        var unprotected = endpoints.Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && e.Metadata.GetOrderedMetadata<IAuthorizeData>().Count == 0);
        var anonymous = endpoints.Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null).Select(e => e.RoutePattern.RawText);

        Assert.Empty(unprotected.Select(Describe));
        Assert.Equal(AnonymousRoutes.Order(StringComparer.Ordinal), anonymous.Order(StringComparer.Ordinal));
        Assert.All(endpoints.Where(e => e.RoutePattern.RawText!.StartsWith("/api", StringComparison.Ordinal)), e =>
            Assert.Contains(e.Metadata.GetOrderedMetadata<IAuthorizeData>(), a => a.Policy == global::Clearinghouse.Access.AccessModule.MemberPolicy));
    }

    [Fact]
    public async Task Every_endpoint_has_a_name_and_a_summary()
    {
        var endpoints = await EndpointsAsync();

        var unnamed = endpoints.Where(e => string.IsNullOrWhiteSpace(e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName)).Select(Describe).ToList();
        var unsummarized = endpoints.Where(e => string.IsNullOrWhiteSpace(e.Metadata.GetMetadata<IEndpointSummaryMetadata>()?.Summary)).Select(Describe).ToList();

        Assert.True(unnamed.Count == 0 && unsummarized.Count == 0,
            $"Endpoints without a name: [{string.Join(", ", unnamed)}]; endpoints without a summary: [{string.Join(", ", unsummarized)}]");
        var names = endpoints.Select(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName).OfType<string>().ToList();
        Assert.Equal(names.Distinct(StringComparer.Ordinal).Count(), names.Count);
    }

    [Fact]
    public async Task The_OpenAPI_document_is_served_anonymously_and_lists_every_api_route_and_method()
    {
        var host = await hosts.For(DatabaseProvider.Sqlite);
        var endpoints = await EndpointsAsync();
        using var anonymous = host.Client();

        var response = await anonymous.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths");
        var documented = paths.EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (Path: Normalize(p.Name), Method: o.Name.ToUpperInvariant(), OperationId: o.Value.TryGetProperty("operationId", out var id) ? id.GetString() : null)))
            .ToList();
        var routes = endpoints
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Select(m =>
                (Path: Normalize(e.RoutePattern.RawText!), Method: m, OperationId: e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName)))
            .ToList();

        Assert.NotEmpty(routes);
        var missing = routes.Where(r => !documented.Contains(r)).Select(r => $"{r.Method} {r.Path} ({r.OperationId})").ToList();
        Assert.True(missing.Count == 0, "API routes missing from /openapi/v1.json (or with another operationId): " + string.Join(", ", missing));
    }

    [Theory, BothProviders]
    public async Task Every_successful_change_made_over_HTTP_grows_the_audit_trail_and_the_chain_stays_intact(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        using var staff = host.Client(host.StaffToken);
        var exercised = new List<string>();
        var audit = new AuditProbe(host, staff);
        await audit.StartAsync();

        var enrolment = await (await staff.PostJsonAsync("/api/organizations", new EnrolOrganizationRequest
        {
            Name = "Audited Co",
            Kind = OrganizationKind.Maintainer,
            FirstAdmin = new NewMember { DisplayName = "Audrey", Email = $"audrey-{provider}@audited.example" },
        })).ReadAsync<EnrolmentView>(HttpStatusCode.Created);
        await audit.GrewAsync("EnrolOrganization", exercised, "organization.enrolled", "member.added", "token.issued");
        var orgId = enrolment.Organization.Id;
        using var admin = host.Client(enrolment.AdminToken.Secret);

        await (await admin.PatchAsync($"/api/organizations/{orgId}", Wire.Json("""{"contactEmail":"audit@audited.example"}"""))).ReadAsync<OrganizationView>();
        await audit.GrewAsync("UpdateOrganization", exercised, "organization.updated");

        var member = await (await admin.PostJsonAsync($"/api/organizations/{orgId}/members",
            new AddMemberRequest { DisplayName = "Otto", Email = $"otto-{provider}@audited.example", Role = MemberRole.Viewer })).ReadAsync<MemberView>(HttpStatusCode.Created);
        await audit.GrewAsync("AddMember", exercised, "member.added");

        await (await admin.PatchAsync($"/api/members/{member.Id}", Wire.Json("""{"role":"analyst"}"""))).ReadAsync<MemberView>();
        await audit.GrewAsync("UpdateMember", exercised, "member.updated");

        var token = await (await admin.PostJsonAsync($"/api/members/{member.Id}/tokens", new IssueTokenRequest { Name = "audited" }))
            .ReadAsync<IssuedTokenView>(HttpStatusCode.Created);
        await audit.GrewAsync("IssueToken", exercised, "token.issued");

        await (await admin.DeleteAsync($"/api/tokens/{token.Token.Id}")).ReadAsync<TokenView>();
        await audit.GrewAsync("RevokeToken", exercised, "token.revoked");

        await (await admin.DeleteAsync($"/api/members/{member.Id}")).ReadAsync<MemberView>();
        await audit.GrewAsync("RemoveMember", exercised, "member.removed");

        await (await admin.GetAsync($"/api/organizations/{orgId}/export")).ReadAsync<OrganizationExport>();
        await audit.GrewAsync("ExportOrganization", exercised, "organization.exported");

        await (await admin.PostJsonAsync("/api/findings", Findings.IntakeTests.Overflow($"audited/{provider}"))).ReadAsync<Contracts.Findings.SubmissionResult>();
        await audit.GrewAsync("SubmitFinding", exercised, "findings.submitted");
        await (await admin.PostJsonAsync("/api/findings/claims", new Contracts.Findings.PriorityClaimRequest { Commitment = new string('a', 63) + provider.ToString().Length % 10 }))
            .ReadAsync<Contracts.Findings.PriorityClaimView>(HttpStatusCode.Created);
        await audit.GrewAsync("ClaimPriority", exercised, "findings.priority-claimed");
        await (await admin.PostJsonAsync("/api/findings/batch", new Contracts.Findings.FindingBatch { Findings = [Findings.IntakeTests.Overflow($"audited-batch/{provider}")] }))
            .ReadAsync<Contracts.Findings.SubmissionResult>();
        await audit.GrewAsync("SubmitFindingBatch", exercised, "findings.submitted");
        var sarif = new ByteArrayContent(await File.ReadAllBytesAsync(TestData.Path("sarif", "codeql-action", "src", "testdata", "valid-sarif.sarif")));
        await (await admin.PostAsync($"/api/findings/sarif?target=https://example.org/audited-{provider}", sarif)).ReadAsync<Contracts.Findings.SubmissionResult>();
        await audit.GrewAsync("SubmitSarif", exercised, "findings.submitted");
        var osv = Wire.Json(await File.ReadAllTextAsync(TestData.Path("osv", "rustsec-advisory-db-osv", "crates", "RUSTSEC-2024-0406.json")));
        await (await admin.PostAsync("/api/findings/osv", osv)).ReadAsync<Contracts.Findings.SubmissionResult>();
        await audit.GrewAsync("SubmitOsvRecord", exercised, "findings.submitted");
        var cve = Wire.Json(await File.ReadAllTextAsync(TestData.Path("cve", "vulnrichment", "2024", "4xxx", "CVE-2024-4435.json")));
        await (await admin.PostAsync("/api/findings/cve", cve)).ReadAsync<Contracts.Findings.SubmissionResult>();
        await audit.GrewAsync("SubmitCveRecord", exercised, "findings.submitted");

        var caseNumber = (await (await admin.PostJsonAsync("/api/findings", Findings.IntakeTests.Overflow($"audited-case/{provider}") with { CvssVector = null }))
            .ReadAsync<Contracts.Findings.SubmissionResult>()).Items[0].CaseNumber;
        await audit.GrewAsync("SubmitFinding", exercised, "findings.submitted");
        await (await staff.PostJsonAsync($"/api/cases/{caseNumber}/transitions", new Contracts.Findings.CaseTransitionRequest { To = Contracts.Findings.CaseState.Triage, Note = "audited" }))
            .ReadAsync<Contracts.Findings.CaseView>();
        await audit.GrewAsync("TransitionCase", exercised, "case.transitioned");
        await (await staff.PostJsonAsync($"/api/cases/{caseNumber}/suppliers", new Contracts.Findings.CaseSuppliersRequest { MultipleSuppliers = true, Unresponsive = false, Note = "audited" }))
            .ReadAsync<Contracts.Findings.CaseView>();
        await audit.GrewAsync("RecordSuppliers", exercised, "case.suppliers-recorded");
        await (await staff.PostJsonAsync($"/api/cases/{caseNumber}/verdicts", new Contracts.Findings.CaseVerdictRequest { Valid = true, Evidence = "Reproduced by hand, audited." }))
            .ReadAsync<Contracts.Findings.VerdictResult>();
        await audit.GrewAsync("RecordVerdict", exercised, "case.verdict");
        await Scans.ScanAuditExercise.RunAsync(host, staff, admin, provider, (endpoint, actions) => audit.GrewAsync(endpoint, exercised, actions));

        var advisory = $$"""{"id": "GHSA-audit-{{provider}}", "modified": "2024-01-01T00:00:00Z", "affected": [{"package": {"ecosystem": "npm", "name": "audited-{{provider}}"}, "versions": ["1.0.0"]}]}""";
        await (await staff.PostAsync("/api/feeds/import", Wire.Json(advisory))).ReadAsync<Contracts.Exposure.FeedImportView>();
        await audit.GrewAsync("ImportFeed", exercised, "exposure.feed-imported");
        await (await admin.PostJsonAsync("/api/exposure/webhooks", new Contracts.Exposure.WebhookRequest { Url = "http://127.0.0.1:9/hooks", Secret = "audited-webhook-secret" }))
            .ReadAsync<Contracts.Exposure.WebhookView>(HttpStatusCode.Created);
        await audit.GrewAsync("RegisterWebhook", exercised, "exposure.webhook-registered");
        var asset = await (await admin.PostJsonAsync("/api/exposure/assets", new Contracts.Exposure.AssetRequest { Name = "Audited server", Criticality = Contracts.Exposure.AssetCriticality.High }))
            .ReadAsync<Contracts.Exposure.AssetView>(HttpStatusCode.Created);
        await audit.GrewAsync("RegisterAsset", exercised, "exposure.asset-registered");
        await (await admin.PutAsync($"/api/exposure/assets/{asset.Id}/inventory", Wire.Json($"pkg:npm/audited-{provider}@1.0.0\n"))).ReadAsync<Contracts.Exposure.InventoryView>();
        await audit.GrewAsync("UploadInventory", exercised, "exposure.inventory-replaced");
        var exposure = Assert.Single(await (await admin.GetAsync("/api/exposure/queue")).ReadAsync<List<Contracts.Exposure.ExposureView>>());
        await (await admin.PostJsonAsync($"/api/exposure/exposures/{exposure.Id}/status", new Contracts.Exposure.ExposureStatusRequest { Status = Contracts.Exposure.ExposureStatus.Mitigated }))
            .ReadAsync<List<Contracts.Exposure.ExposureStatusChangeView>>();
        await audit.GrewAsync("RecordExposureStatus", exercised, "exposure.status-recorded");
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/exposure/assets/{asset.Id}")).StatusCode);
        await audit.GrewAsync("DeleteAsset", exercised, "exposure.asset-deleted");

        var directive = new Contracts.Directives.DirectiveRequest
        {
            Reference = $"CH-AUDIT-{provider}", Title = "Audited directive", TargetKinds = [OrganizationKind.FederalAgency],
            Rules = [new Contracts.Directives.DirectiveRuleRequest { Kind = Contracts.Directives.DirectiveRuleKind.Kev, WithinDays = 14 }],
        };
        await (await staff.PostJsonAsync("/api/directives", directive)).ReadAsync<Contracts.Directives.DirectiveView>(HttpStatusCode.Created);
        await audit.GrewAsync("IssueDirective", exercised, "directive.issued");
        await (await staff.PutAsync($"/api/directives/{directive.Reference}", JsonContent.Create(directive with { Title = "Audited directive, amended" }, options: Contracts.ContractJson.Options)))
            .ReadAsync<Contracts.Directives.DirectiveView>();
        await audit.GrewAsync("AmendDirective", exercised, "directive.amended");
        await (await staff.PostJsonAsync($"/api/directives/{directive.Reference}/withdrawal", new Contracts.Directives.WithdrawDirectiveRequest { Reason = "audited" }))
            .ReadAsync<Contracts.Directives.DirectiveView>();
        await audit.GrewAsync("WithdrawDirective", exercised, "directive.withdrawn");

        await new FrontierModels.FrontierWalk(host, staff, (endpoint, actions) => audit.GrewAsync(endpoint, exercised, actions)).RunAsync();

        await (await admin.PostAsync($"/api/organizations/{orgId}/leave", null)).ReadAsync<OrganizationView>();
        await audit.GrewAsync("LeaveOrganization", exercised, "organization.left", "token.revoked");

        // Every endpoint that changes state was exercised above.
        var mutating = (await EndpointsAsync())
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Any(m => m is "POST" or "PATCH" or "PUT" or "DELETE") == true)
            .Select(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? Describe(e));
        Assert.Empty(mutating.Except(exercised));
    }

    private async Task<List<RouteEndpoint>> EndpointsAsync()
    {
        var host = await hosts.For(DatabaseProvider.Sqlite);
        var endpoints = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.NotEmpty(endpoints);
        return endpoints;
    }

    private static string Describe(Endpoint endpoint) =>
        endpoint is RouteEndpoint route ? $"{string.Join('|', route.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])} {route.RoutePattern.RawText}" : endpoint.DisplayName ?? "?";

    /// <summary>A route as OpenAPI writes it: parameters without constraints, no trailing slash.</summary>
    private static string Normalize(string route)
    {
        var path = RouteParameter().Replace(route, "{$1}");
        return path.Length > 1 ? path.TrimEnd('/') : path;
    }

    [GeneratedRegex(@"\{\*{0,2}([^}:=?]+)[^}]*\}")]
    private static partial Regex RouteParameter();

    /// <summary>Counts the trail before and after each request and checks the chain over HTTP.</summary>
    private sealed class AuditProbe(ClearinghouseHost host, HttpClient staff)
    {
        private long sequence;

        public async Task StartAsync() => sequence = (await VerifyAsync()).HeadSequence ?? 0;

        public async Task GrewAsync(string endpoint, List<string> exercised, params string[] actions)
        {
            exercised.Add(endpoint);
            var verification = await VerifyAsync();
            Assert.True(verification.Intact, $"After {endpoint}: {verification.Problem}");
            Assert.True(verification.HeadSequence > sequence, $"{endpoint} succeeded but wrote no audit entry");
            await using var db = host.OpenDatabase();
            var written = db.AuditEntries.Where(e => e.Sequence > sequence).Select(e => e.Action).ToList();
            Assert.Equal(verification.HeadSequence, db.AuditEntries.Count());
            foreach (var action in actions)
            {
                Assert.Contains(action, written);
            }

            sequence = verification.HeadSequence!.Value;
        }

        private async Task<AuditVerificationView> VerifyAsync() =>
            await (await staff.GetAsync("/api/audit/verify")).ReadAsync<AuditVerificationView>();
    }
}
