using Clearinghouse.Jobs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Clearinghouse.FrontierModels;

/// <summary>
/// Sec. 3 of the order: clearances beyond TLP, the model registry, the benchmark catalogue, evaluation runs, threshold
/// policies, determinations, pre-release access and trusted partners (docs/adr/013). Nothing here gates a release.
/// </summary>
public static class FrontierModelsModule
{
    public static IServiceCollection AddFrontierModels(this IServiceCollection services)
    {
        services.AddJobHandler<AppendDeterminationToLog>();
        return services;
    }

    public static IEndpointRouteBuilder MapFrontierModels(this IEndpointRouteBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGroup("/clearances").WithTags("Frontier models")
            .MapPut("/{memberId:guid}", Access.GrantClearance.Handle).WithName("GrantClearance")
            .WithSummary("Assign a government member's clearance, compartments, need-to-know groups and duties (clearinghouse administrators)");

        var frontier = api.MapGroup("/frontier").WithTags("Frontier models");
        frontier.MapPost("/models", RegisterModel.Handle).WithName("RegisterModel")
            .WithSummary("Register a model under development (AI developers); CUI//PROPIN: the developer and cleared government members see it");
        frontier.MapGet("/models", ListModels.Handle).WithName("ListModels").WithSummary("The models visible to the caller, with the page's banner");
        frontier.MapGet("/models/{modelId:guid}", GetModel.Handle).WithName("GetModel").WithSummary("One model, for its developer and cleared government members");
        frontier.MapPost("/models/{modelId:guid}/release", RecordModelRelease.Handle).WithName("RecordModelRelease")
            .WithSummary("The developer records its model's release; never refused, never waits for the government (Sec. 3(c))");

        frontier.MapPost("/catalogue/tasks", AddBenchmarkTasks.Handle).WithName("AddBenchmarkTasks")
            .WithSummary("Add or revise benchmark tasks (cleared evaluators); one new catalogue version per batch");
        frontier.MapGet("/catalogue", GetCatalogue.Handle).WithName("GetCatalogue")
            .WithSummary("The benchmark catalogue at a version (current by default); hidden content only for cleared evaluators");

        frontier.MapPost("/models/{modelId:guid}/runs", SubmitEvaluationRun.Handle).WithName("SubmitEvaluationRun")
            .WithSummary("Record an evaluation run in the native JSON result format, with its elicitation conditions (cleared evaluators)");
        frontier.MapPost("/models/{modelId:guid}/runs/inspect", ImportInspectLog.Handle).WithName("ImportInspectLog")
            .WithSummary("Record an evaluation run from a UK AISI Inspect log (.eval or .json, streamed; sample id = task key after taskPrefix; cleared evaluators)")
            .Accepts<Stream>("application/octet-stream", "application/zip", "application/json")
            .WithMetadata(new Findings.BodyLimit(ImportInspectLog.MaxLogBytes));
        frontier.MapGet("/models/{modelId:guid}/capability", GetModelCapability.Handle).WithName("GetModelCapability")
            .WithSummary("A model's success rates per category and difficulty with clustered 95% intervals, pass@k and time horizon, grouped by elicitation conditions; ?compare= another version");
        frontier.MapGet("/runs/{runId:guid}", GetEvaluationRun.Handle).WithName("GetEvaluationRun")
            .WithSummary("A run with its conditions and per-task outcomes, for members its marking admits");

        frontier.MapPost("/policies", PublishThresholdPolicy.Handle).WithName("PublishThresholdPolicy")
            .WithSummary("Publish a new threshold policy version (designating officials); past recommendations keep theirs");
        frontier.MapGet("/policies/{version}", GetThresholdPolicy.Handle).WithName("GetThresholdPolicy")
            .WithSummary("A threshold policy version, or 'current' (government members)");

        frontier.MapPost("/determinations", OpenDetermination.Handle).WithName("OpenDetermination")
            .WithSummary("Open a determination: the developer's request (Sec. 3(b)(i)) or an evaluator's");
        frontier.MapGet("/determinations/{determinationId:guid}", GetDetermination.Handle).WithName("GetDetermination")
            .WithSummary("The whole determination record (cleared government members)");
        frontier.MapPost("/determinations/{determinationId:guid}/recommendations", RecommendDetermination.Handle).WithName("RecommendDetermination")
            .WithSummary("Evaluate the current threshold policy against runs and record the recommendation (cleared evaluators)");
        frontier.MapPost("/determinations/{determinationId:guid}/consultations", RequestConsultation.Handle).WithName("RequestConsultation")
            .WithSummary("Ask a consulted office for its position by a due date");
        frontier.MapPost("/consultations/{consultationId:guid}", RecordConsultation.Handle).WithName("RecordConsultation")
            .WithSummary("Record an office's position: concur, non-concur with reasons, or comments (its consultants)");
        frontier.MapPost("/determinations/{determinationId:guid}/decision", DecideDetermination.Handle).WithName("DecideDetermination")
            .WithSummary("Decide covered or not covered, with reasons (designating officials); drafts the releasable assessment");
        frontier.MapPost("/determinations/{determinationId:guid}/assessment/release", ReleaseAssessment.Handle).WithName("ReleaseAssessment")
            .WithSummary("Review and release the assessment to the developer (a reviewer other than the deciding official)");
        frontier.MapGet("/determinations/{determinationId:guid}/assessment", GetAssessment.Handle).WithName("GetAssessment")
            .WithSummary("The releasable assessment: the only part of a determination the developer sees");
        frontier.MapPost("/determinations/{determinationId:guid}/withdraw", WithdrawDetermination.Handle).WithName("WithdrawDetermination")
            .WithSummary("The developer withdraws its request, at any time; recorded, never refused");

        frontier.MapPost("/terms", PublishTerms.Handle).WithName("PublishTerms")
            .WithSummary("Publish a new version of an agreed terms document (clearinghouse administrators)");
        frontier.MapGet("/terms", ListTerms.Handle).WithName("ListTerms").WithSummary("The current version of every agreed terms document");
        frontier.MapPost("/terms/{termsId:guid}/acceptances", AcceptTerms.Handle).WithName("AcceptTerms")
            .WithSummary("Accept the current version of a terms document, as an individual");

        frontier.MapPost("/models/{modelId:guid}/windows", OpenAccessWindow.Handle).WithName("OpenAccessWindow")
            .WithSummary("The developer opens the government's pre-release access window: at most 30 days, ending by the partner release");
        frontier.MapPatch("/windows/{windowId:guid}", ChangeAccessWindow.Handle).WithName("ChangeAccessWindow")
            .WithSummary("The developer moves a window's end; never beyond 30 days or past the partner release");
        frontier.MapPost("/windows/{windowId:guid}/end", EndAccessWindow.Handle).WithName("EndAccessWindow")
            .WithSummary("The developer ends a window early, at any time; credentials expire at once");
        frontier.MapPost("/windows/{windowId:guid}/credentials", IssueAccessCredential.Handle).WithName("IssueAccessCredential")
            .WithSummary("Access credentials for the caller, after accepting the current terms; they expire with the window");
        frontier.MapPost("/windows/{windowId:guid}/accesses", ReportAccess.Handle).WithName("ReportAccess")
            .WithSummary("Log an access (who, when, from where, what) and raise insider-risk alerts");
        frontier.MapGet("/windows/{windowId:guid}/accesses", GetAccessLog.Handle).WithName("GetAccessLog")
            .WithSummary("A window's access log with its alerts, for the developer and the cleared government");
        frontier.MapPost("/windows/{windowId:guid}/exports", RequestExport.Handle).WithName("RequestExport")
            .WithSummary("Ask to export raw transcripts or outputs; a second person must approve");
        frontier.MapPost("/exports/{exportId:guid}/approval", ApproveExport.Handle).WithName("ApproveExport")
            .WithSummary("Approve an export as the second person (reviewers other than the requester)");

        frontier.MapPost("/models/{modelId:guid}/partners", NominatePartner.Handle).WithName("NominatePartner")
            .WithSummary("Nominate a trusted partner (either side); the nomination is the nominating side's consent");
        frontier.MapGet("/models/{modelId:guid}/partners", ListPartners.Handle).WithName("ListPartners")
            .WithSummary("A model's trusted partners with consents and windows");
        frontier.MapPost("/partners/{partnerId:guid}/approval", ApprovePartner.Handle).WithName("ApprovePartner")
            .WithSummary("The other side consents; with both consents the partner's window follows the government's");
        return api;
    }
}
