using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Clearinghouse.Findings;

public static class FindingsModule
{
    public static IServiceCollection AddFindings(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FindingsOptions>().Bind(configuration)
            .Validate(
                o => o.MaxEvidenceBytes > 0 && o.MaxEvidenceBytesPerFinding >= o.MaxEvidenceBytes && o.PoorStandingScore is >= 0 and <= 1
                    && o.JudgedBeforeStanding > 0 && o.StandingRecentFindings >= o.JudgedBeforeStanding && o.PoorStandingFindingsPerDay > 0 && o.MaxSarifBytes > 0,
                "Findings: the evidence and SARIF limits must be positive (MaxEvidenceBytesPerFinding at least MaxEvidenceBytes), PoorStandingScore between 0 and 1, "
                    + "JudgedBeforeStanding and PoorStandingFindingsPerDay positive, and StandingRecentFindings at least JudgedBeforeStanding.")
            .ValidateOnStart();
        services.AddSingleton<EvidenceVault>();
        services.TryAddSingleton<IKnownVulnerabilities, NoKnownVulnerabilities>();
        return services;
    }

    public static IEndpointRouteBuilder MapFindings(this IEndpointRouteBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var options = api.ServiceProvider.GetRequiredService<IOptions<FindingsOptions>>().Value;

        // Evidence travels in base64 (4/3 of its size) inside the finding: the body limits follow the evidence limits.
        var oneFinding = new BodyLimit(options.MaxEvidenceBytesPerFinding * 4 / 3 + (1024 * 1024));
        var findings = api.MapGroup("/findings").WithTags("Findings");
        findings.MapPost("/", SubmitFindings.HandleOne).WithName("SubmitFinding")
            .WithSummary("Submit one finding in the native format; answered after commit, with its case")
            .WithMetadata(oneFinding);
        findings.MapPost("/batch", SubmitFindings.HandleBatch).WithName("SubmitFindingBatch")
            .WithSummary("Submit up to 1,000 findings at once, all or nothing: refused findings are named by path")
            .WithMetadata(new BodyLimit(4 * oneFinding.MaxRequestBodySize));
        findings.MapPost("/sarif", SubmitFindings.HandleSarif).WithName("SubmitSarif")
            .WithSummary("Submit a SARIF 2.1.0 log (streamed; target=purl@version or repository URL with commit)")
            .Accepts<Stream>("application/sarif+json", "application/json")
            .WithMetadata(new BodyLimit(options.MaxSarifBytes));
        findings.MapPost("/osv", SubmitAdvisoryRecords.HandleOsv).WithName("SubmitOsvRecord")
            .WithSummary("Submit an OSV record (JSON): one finding per affected package at a concrete affected version")
            .Accepts<Stream>("application/json")
            .WithMetadata(new BodyLimit(SubmitAdvisoryRecords.MaxRecordBytes));
        findings.MapPost("/cve", SubmitAdvisoryRecords.HandleCve).WithName("SubmitCveRecord")
            .WithSummary("Submit a CVE JSON 5 record: converted to OSV, then one finding per affected package")
            .Accepts<Stream>("application/json")
            .WithMetadata(new BodyLimit(SubmitAdvisoryRecords.MaxRecordBytes));

        findings.MapPost("/claims", ClaimPriority.Handle).WithName("ClaimPriority")
            .WithSummary("Claim priority for a finding without revealing it: a salted hash of one of its fingerprints");
        findings.MapGet("/statistics", GetReporterStatistics.Handle).WithName("GetReporterStatistics")
            .WithSummary("How a reporter's findings fared, overall and per tool and model, with a quality score (own organization; staff: any)");

        var cases = api.MapGroup("/cases").WithTags("Findings");
        cases.MapGet("/", ListCases.Handle).WithName("ListCases").WithSummary("List the cases visible to the caller, newest first");
        cases.MapGet("/triage", ListTriageCases.Handle).WithName("ListTriageCases")
            .WithSummary("The analysts' triage queue: validated, new and in-triage cases, highest provisional priority first");
        cases.MapGet("/{caseRef}", GetCase.Handle).WithName("GetCase").WithSummary("Read a case by id or number (CH-2026-00042)");
        cases.MapPost("/{caseRef}/transitions", TransitionCase.Handle).WithName("TransitionCase")
            .WithSummary("Move a case along its state machine, with a note (clearinghouse analysts)");
        cases.MapPost("/{caseRef}/suppliers", RecordSuppliers.Handle).WithName("RecordSuppliers")
            .WithSummary("Record whether several suppliers must fix a case and whether the supplier responds: inputs of the SSVC coordinator triage (clearinghouse analysts)");
        cases.MapPost("/{caseRef}/verdicts", RecordVerdict.Handle).WithName("RecordVerdict")
            .WithSummary("Give a verdict with evidence: valid (validated) or not (rejected); critical cases need two analysts who agree");
        return api;
    }
}

/// <summary>An endpoint's own request body limit, in place of the host-wide one (ASP.NET Core applies it when the endpoint is selected).</summary>
internal sealed record BodyLimit(long? MaxRequestBodySize) : Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata;
