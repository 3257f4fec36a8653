using Clearinghouse.Contracts.Findings;
using Clearinghouse.Standards.Json;
using Clearinghouse.Standards.Sarif;
using Clearinghouse.Standards.Tlp;

namespace Clearinghouse.Findings;

/// <summary>
/// Maps SARIF 2.1.0 results to native findings: the same mapping for an upload to the server and for
/// <c>clearinghouse convert --to finding</c>. SARIF does not say which package or commit was scanned, so the submitter
/// names the target. Only results of kind <c>fail</c> (SARIF's default) are findings; passes, reviews and informational
/// results are not.
/// </summary>
public static class SarifFindings
{
    /// <summary>
    /// Reads the findings of a SARIF log in two passes: the first learns each run's tool, rules and taxonomies (SARIF
    /// allows them after the results) and passes over the results without reading them, the second streams the results
    /// and maps them. <paramref name="open"/> opens the log afresh for each pass. Diagnostics are the log's problems; a
    /// log with any is not a valid SARIF log: problems in the runs stop reading before any finding, problems in results
    /// are added as the second pass meets them, so a caller checks the diagnostics once it has read every finding.
    /// </summary>
    public static IEnumerable<FindingSubmission> Read(Func<Stream> open, FindingTarget target, TlpLabel? tlp, List<JsonDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(diagnostics);
        IReadOnlyList<SarifRun> runs;
        using (var first = new SarifReader(open()) { SkipResults = true })
        {
            foreach (var _ in first.ReadResults())
            {
            }

            diagnostics.AddRange(first.Diagnostics);
            runs = first.Runs;
        }

        if (diagnostics.Count > 0)
        {
            yield break;
        }

        using var second = new SarifReader(open());
        foreach (var result in second.ReadResults())
        {
            if (IsFinding(result))
            {
                yield return ToSubmission(runs[result.RunIndex], result, target, tlp);
            }
        }

        diagnostics.AddRange(second.Diagnostics);
    }

    public static bool IsFinding(SarifResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Kind is null or SarifResultKind.Fail;
    }

    public static FindingSubmission ToSubmission(SarifRun run, SarifResult result, FindingTarget target, TlpLabel? tlp)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(result);
        var rule = run.RuleOf(result);
        var message = result.MessageText ?? result.Message.Text ?? result.Message.Markdown;
        var title = FirstLine(rule?.ShortDescription) ?? FirstLine(message) ?? rule?.Name ?? result.RuleId ?? "SARIF result";
        var location = result.Locations.Count > 0 ? result.Locations[0] : null;
        var physical = location?.PhysicalLocation;
        var logical = location?.LogicalLocations.Count > 0 ? location.LogicalLocations[0] : null;
        var fingerprints = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in result.Fingerprints)
        {
            fingerprints[key] = value;
        }

        foreach (var (key, value) in result.PartialFingerprints)
        {
            fingerprints[key] = value;
        }

        return new FindingSubmission
        {
            Title = Truncate(title, 300),
            Description = Truncate(string.Join("\n\n", new[] { message, rule?.FullDescription }.Where(t => !string.IsNullOrWhiteSpace(t)).Distinct()), 65_536) is { Length: > 0 } d ? d : null,
            Target = target,
            Weakness = run.CweIdsOf(result) is [var cwe, ..] ? cwe : null,
            Location = physical?.ArtifactLocation?.Uri is null && logical is null ? null : new FindingLocation
            {
                File = physical?.ArtifactLocation?.Uri is { } uri ? Truncate(Uri.UnescapeDataString(uri), 2000) : null,
                Line = physical?.Region?.StartLine is > 0 and var line ? line : null,
                Function = logical?.FullyQualifiedName ?? logical?.Name,
            },
            Tlp = tlp,
            FoundBy = new FindingOrigin
            {
                Tool = Truncate(run.Driver?.Name ?? "unknown SARIF producer", 200),
                ToolVersion = run.Driver?.SemanticVersion ?? run.Driver?.Version,
            },
            RuleId = (result.RuleId ?? rule?.Id) is { } id ? Truncate(id, 300) : null,
            PartialFingerprints = fingerprints.Count == 0 ? null : fingerprints,
            ExternalId = result.GuidText ?? $"runs/{result.RunIndex}/results/{result.Index}",
        };
    }

    private static string? FirstLine(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        var end = trimmed.IndexOfAny(['\r', '\n']);
        return end < 0 ? trimmed : trimmed[..end];
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
