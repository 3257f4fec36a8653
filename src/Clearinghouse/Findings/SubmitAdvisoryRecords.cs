using Clearinghouse.Access;
using Clearinghouse.Contracts.Findings;
using Clearinghouse.Http;
using Clearinghouse.Standards.CveJson;
using Clearinghouse.Standards.Osv;
using Clearinghouse.Standards.Tlp;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Clearinghouse.Findings;

/// <summary>
/// A reporter submits an advisory record, OSV or CVE JSON 5, as findings (<see cref="AdvisoryFindings"/>): one per
/// affected package with a concrete affected version. A record that is not valid, or gives no finding, is refused with
/// its problems by JSON pointer and nothing is written; otherwise the findings go through the same intake as native
/// ones (all or nothing, idempotent, answered after commit).
/// </summary>
public static class SubmitAdvisoryRecords
{
    public const int MaxRecordBytes = 4 * 1024 * 1024;

    public static async Task<Results<Ok<SubmissionResult>, ValidationProblem, ProblemHttpResult>> HandleOsv(
        string? tlp, string? tool, Principal caller, HttpContext http, ClearinghouseDb db, EvidenceVault vault, IKnownVulnerabilities known, IOptions<FindingsOptions> options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (Check(caller, tlp, tool, out var label) is { } problem)
        {
            return problem;
        }

        var body = await ReadBodyAsync(http, ct);
        if (body is null)
        {
            return SubmitFindings.TooLarge("An advisory record", MaxRecordBytes);
        }

        if (!OsvRecord.TryParse(body, out var record, out var diagnostics) || diagnostics.Count > 0)
        {
            return SubmitFindings.Refused("Not a valid OSV record", diagnostics);
        }

        var mapping = AdvisoryFindings.FromOsv(record!, label, tool);
        if (mapping.Findings.Count == 0)
        {
            return SubmitFindings.Refused($"The OSV record {record!.Id} gives no finding", mapping.Refusals);
        }

        return await SubmitFindings.SubmitAsync("osv", mapping.Findings, "findings", caller, http, db, vault, known, options.Value, ct);
    }

    public static async Task<Results<Ok<SubmissionResult>, ValidationProblem, ProblemHttpResult>> HandleCve(
        string? tlp, string? tool, Principal caller, HttpContext http, ClearinghouseDb db, EvidenceVault vault, IKnownVulnerabilities known, IOptions<FindingsOptions> options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (Check(caller, tlp, tool, out var label) is { } problem)
        {
            return problem;
        }

        var body = await ReadBodyAsync(http, ct);
        if (body is null)
        {
            return SubmitFindings.TooLarge("An advisory record", MaxRecordBytes);
        }

        var parsed = CveRecord.Parse(body);
        if (!parsed.Succeeded || parsed.Diagnostics.Count > 0)
        {
            return SubmitFindings.Refused("Not a valid CVE JSON 5 record", parsed.Diagnostics);
        }

        var mapping = AdvisoryFindings.FromCve(parsed.Value, label, tool);
        if (mapping.Findings.Count == 0)
        {
            return SubmitFindings.Refused($"The CVE record {parsed.Value.Metadata.CveId} gives no finding", mapping.Refusals);
        }

        return await SubmitFindings.SubmitAsync("cve", mapping.Findings, "findings", caller, http, db, vault, known, options.Value, ct);
    }

    private static Results<Ok<SubmissionResult>, ValidationProblem, ProblemHttpResult>? Check(Principal caller, string? tlp, string? tool, out TlpLabel? label)
    {
        label = null;
        if (!AccessPolicy.CanSubmit(caller))
        {
            return SubmitFindings.ViewerRefused("submit findings");
        }

        if (SubmitFindings.ReadLabel(tlp, out label) is { } labelProblem)
        {
            return labelProblem;
        }

        if (tool is not null && (tool.Trim().Length == 0 || tool.Length > 200))
        {
            return Problems.Invalid("tool", "The tool that found it is 1 to 200 characters.");
        }

        return null;
    }

    // The host's body limit for the endpoint stops a larger body; the count here keeps the read bounded whatever the host does.
    private static async Task<byte[]?> ReadBodyAsync(HttpContext http, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxRecordBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
