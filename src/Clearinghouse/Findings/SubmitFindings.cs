using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Clearinghouse.Access;
using Clearinghouse.Contracts;
using Clearinghouse.Contracts.Findings;
using Clearinghouse.Contracts.Problems;
using Clearinghouse.Http;
using Clearinghouse.Standards.Json;
using Clearinghouse.Standards.Tlp;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Clearinghouse.Findings;

/// <summary>
/// A reporter submits findings: one in the native format, a batch of them, or a SARIF log (streamed to a private temp
/// file, never held whole in memory). Every finding is checked first; if any is refused, the answer names each refused
/// finding by its path and nothing is written (a submission is all or nothing). The answer is given only after commit.
/// The same request sent again, by its Idempotency-Key header or by its content, gets the first answer back.
/// </summary>
public static class SubmitFindings
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    /// <summary>The answer to a viewer who tries to report: only submitters, analysts and administrators write.</summary>
    internal static ProblemHttpResult ViewerRefused(string what) =>
        Problems.Forbidden($"Viewers cannot {what}; ask your organization's administrator for the submitter role.");

    /// <summary>The optional <c>tlp</c> query parameter of an upload; a problem when it names no label.</summary>
    internal static ValidationProblem? ReadLabel(string? tlp, out TlpLabel? label)
    {
        label = null;
        if (tlp is null)
        {
            return null;
        }

        if (!TlpLabels.TryParse(tlp, out var parsed))
        {
            return Problems.Invalid("tlp", $"'{tlp}' is not a TLP label (clear, green, amber, amber+strict).");
        }

        label = parsed;
        return null;
    }

    /// <summary>413 for an upload larger than its limit.</summary>
    internal static ProblemHttpResult TooLarge(string what, long limit) =>
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Payload too large", type: ProblemTypes.PayloadTooLarge,
            detail: $"{what} is at most {limit:N0} bytes.");

    /// <summary>400 for a document that is not valid, with its first problems by location.</summary>
    internal static ValidationProblem Refused(string title, IReadOnlyList<JsonDiagnostic> diagnostics) =>
        TypedResults.ValidationProblem(
            diagnostics.Take(100).GroupBy(d => d.Location).ToDictionary(g => g.Key.Length == 0 ? "/" : g.Key, g => g.Select(d => d.Reason).ToArray()),
            type: ProblemTypes.Validation, title: title);

    public static Task<Results<Ok<SubmissionResult>, ValidationProblem, ProblemHttpResult>> HandleOne(
        FindingSubmission finding, Principal caller, HttpContext http, ClearinghouseDb db, EvidenceVault vault, IKnownVulnerabilities known, IOptions<FindingsOptions> options, CancellationToken ct) =>
        SubmitAsync("native", [finding], string.Empty, caller, http, db, vault, known, options.Value, ct);

    public static Task<Results<Ok<SubmissionResult>, ValidationProblem, ProblemHttpResult>> HandleBatch(
        FindingBatch batch, Principal caller, HttpContext http, ClearinghouseDb db, EvidenceVault vault, IKnownVulnerabilities known, IOptions<FindingsOptions> options, CancellationToken ct) =>
        SubmitAsync("native", batch.Findings, "findings", caller, http, db, vault, known, options.Value, ct);

    public static async Task<Results<Ok<SubmissionResult>, ValidationProblem, ProblemHttpResult>> HandleSarif(
        string? target, string? commit, string? tlp, Principal caller, HttpContext http, ClearinghouseDb db, EvidenceVault vault, IKnownVulnerabilities known, IOptions<FindingsOptions> options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!AccessPolicy.CanSubmit(caller))
        {
            return ViewerRefused("submit findings");
        }

        if (FindingTargets.Parse(target, commit, out var scanned) is { } targetProblem)
        {
            return Problems.Invalid("target", targetProblem);
        }

        if (ReadLabel(tlp, out var label) is { } labelProblem)
        {
            return labelProblem;
        }

        var limit = options.Value.MaxSarifBytes;
        var spool = Path.Combine(Path.GetTempPath(), $"clearinghouse-sarif-{db.Clock.NewId():N}.sarif");
        try
        {
            string bodyHash;
            await using (var file = PrivateFiles.CreateNew(spool))
            using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                var buffer = new byte[81920];
                long total = 0;
                int read;
                while ((read = await http.Request.Body.ReadAsync(buffer, ct)) > 0)
                {
                    total += read;
                    if (total > limit)
                    {
                        return TooLarge("A SARIF upload", limit);
                    }

                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), ct);
                }

                bodyHash = Convert.ToHexStringLower(hash.GetHashAndReset());
            }

            var diagnostics = new List<JsonDiagnostic>();
            var findings = SarifFindings.Read(() => new FileStream(spool, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), scanned!, label, diagnostics).ToList();
            if (diagnostics.Count > 0)
            {
                return Refused("The SARIF log is not valid", diagnostics);
            }

            return await SubmitAsync("sarif", findings, "results", caller, http, db, vault, known, options.Value, ct, $"sarif\n{target}\n{commit}\n{tlp}\n{bodyHash}");
        }
        finally
        {
            File.Delete(spool);
        }
    }

    internal static async Task<Results<Ok<SubmissionResult>, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        string format, IReadOnlyList<FindingSubmission> submitted, string path, Principal caller, HttpContext http, ClearinghouseDb db, EvidenceVault vault,
        IKnownVulnerabilities known, FindingsOptions options, CancellationToken ct, string? identity = null)
    {
        if (!AccessPolicy.CanSubmit(caller))
        {
            return SubmitFindings.ViewerRefused("submit findings");
        }

        var key = http.Request.Headers[IdempotencyKeyHeader].ToString() is { Length: > 0 } k ? k : null;
        if (key is { Length: > 200 })
        {
            return Problems.Invalid(IdempotencyKeyHeader, "An Idempotency-Key is at most 200 characters.");
        }

        var requestHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity ?? format + "\n" + JsonSerializer.Serialize(submitted, ContractJson.Options))));
        var (replay, conflict) = await Intake.FindReplayAsync(db, caller, requestHash, key, ct);
        if (conflict)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Idempotency key reused", type: ProblemTypes.IdempotencyKeyReused,
                detail: $"The Idempotency-Key '{key}' was used before for a different request; use a new key for new content.");
        }

        if (replay is not null)
        {
            return TypedResults.Ok(replay);
        }

        var errors = new Dictionary<string, string[]>();
        var normalized = FindingRules.NormalizeAll(submitted, path, options, errors);

        await Scans.CampaignReferences.CheckAsync(db, caller, submitted, path, errors, ct);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, type: ProblemTypes.Validation,
                title: submitted.Count == 1 ? "The finding was not taken" : $"{errors.Keys.Select(k => k.Split('.')[0]).Distinct().Count()} of {submitted.Count} findings were refused; none was taken");
        }

        await ClaimPriority.CheckRevealsAsync(db, caller, normalized, path, errors, ct);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, type: ProblemTypes.Validation, title: "A priority claim does not match; nothing was taken");
        }

        var standing = await ReporterStanding.AssessAsync(db, caller.OrganizationId, options, ct);
        if (await ReporterStanding.RefuseOverAllowanceAsync(db, caller.OrganizationId, standing, normalized.Count, http, ct) is { } refused)
        {
            return refused;
        }

        var result = await Intake.SubmitAsync(db, caller, new Intake.Request(format, requestHash, key, normalized, standing.Reason), vault, known, ct);
        return TypedResults.Ok(result);
    }
}
