using Clearinghouse.Standards.Tlp;

namespace Clearinghouse.Contracts.Findings;

/// <summary>The result of a submission: one item per finding, in the order sent.</summary>
/// <param name="SubmissionId">The submission's id; the same request sent again returns this same result.</param>
/// <param name="Replayed">True when this is the stored result of an earlier identical request (same Idempotency-Key or same content).</param>
/// <param name="Format">The format the findings came in: native, sarif, osv or cve.</param>
/// <param name="ReceivedAt">When the clearinghouse committed the submission.</param>
/// <param name="NewCases">How many findings opened a case.</param>
/// <param name="JoinedCases">How many joined an existing case.</param>
/// <param name="AlreadySubmitted">How many had been submitted before by the same organization.</param>
/// <param name="Items">Each finding's outcome.</param>
/// <param name="KnownVulnerabilities">How many matched a vulnerability already published, and were closed as known.</param>
public sealed record SubmissionResult(
    Guid SubmissionId,
    bool Replayed,
    string Format,
    DateTimeOffset ReceivedAt,
    int NewCases,
    int JoinedCases,
    int AlreadySubmitted,
    IReadOnlyList<SubmittedFinding> Items,
    int KnownVulnerabilities = 0);

/// <summary>What became of one submitted finding.</summary>
/// <param name="Index">Its position in the submission, from 0.</param>
/// <param name="ExternalId">The reporter's own id for it, if given.</param>
/// <param name="Outcome">New case, joined case, already submitted, or known vulnerability.</param>
/// <param name="FindingId">The finding's id (for an already submitted finding, the earlier one's).</param>
/// <param name="CaseId">The case it belongs to.</param>
/// <param name="CaseNumber">The case's readable number, e.g. CH-2026-00042.</param>
/// <param name="KnownVulnerability">For an outcome of known-vulnerability: the published vulnerability's id.</param>
/// <param name="MatchedBy">For a joined case: the fingerprint kind that matched (exact, crash-state, package-weakness-location).</param>
public sealed record SubmittedFinding(int Index, string? ExternalId, IntakeOutcome Outcome, Guid FindingId, Guid CaseId, string CaseNumber, string? MatchedBy, string? KnownVulnerability = null);

/// <summary>A case: one vulnerability, however many times and by whomever it was reported.</summary>
/// <param name="Id">The case's id.</param>
/// <param name="Number">Its readable number, e.g. CH-2026-00042.</param>
/// <param name="State">Where it is in its life.</param>
/// <param name="RejectionReason">Why it was rejected, when it was.</param>
/// <param name="Title">The first report's title.</param>
/// <param name="Target">What is affected, as the first report named it.</param>
/// <param name="Weakness">The CWE id, if known.</param>
/// <param name="Tlp">Who may see it.</param>
/// <param name="ProvisionalPriority">Triage order, 0 to 100: higher first. From the proposed CVSS score, a security crash, and how many reporters corroborate it.</param>
/// <param name="CvssVector">The proposed CVSS vector, if any.</param>
/// <param name="CrashState">The crash state (top three frames) when a crash report was given.</param>
/// <param name="Reporters">How many organizations reported it.</param>
/// <param name="FindingCount">How many findings it holds.</param>
/// <param name="OpenedAt">When it was opened.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="Triage">The SSVC coordinator triage decision (decline, track, coordinate) with its path: whether the clearinghouse takes the case to a maintainer; null when the deployment has no SSVC tables.</param>
/// <param name="ExtraTriage">Why the case waits for an analyst even if it reproduces, when it does: it was opened by a reporter whose record is poor.</param>
/// <param name="Attributions">Who reported it, first reporter first (by priority claim time, else commit order): all of them for clearinghouse staff, one's own for a reporter.</param>
/// <param name="PossibleDuplicates">Earlier cases whose reports read alike (clearinghouse staff only; empty for others): proposals, never merged automatically.</param>
/// <param name="KnownVulnerability">The published vulnerability (CVE, GHSA or OSV id) the case was found to be, when it was closed as known.</param>
public sealed record CaseView(
    Guid Id,
    string Number,
    CaseState State,
    RejectionReason? RejectionReason,
    string Title,
    string Target,
    string? Weakness,
    TlpLabel Tlp,
    int ProvisionalPriority,
    string? CvssVector,
    string? CrashState,
    int Reporters,
    int FindingCount,
    DateTimeOffset OpenedAt,
    DateTimeOffset UpdatedAt,
    string? ExtraTriage,
    CaseTriageView? Triage,
    IReadOnlyList<AttributionView> Attributions,
    IReadOnlyList<PossibleDuplicateView> PossibleDuplicates,
    string? KnownVulnerability = null);

/// <summary>The SSVC coordinator triage decision for a case.</summary>
/// <param name="Decision">decline, track or coordinate.</param>
/// <param name="Table">The decision table's id, e.g. ssvc:DT_COORD_TRIAGE:1.0.0.</param>
/// <param name="Path">Each decision point with the value the case had.</param>
public sealed record CaseTriageView(string Decision, string Table, IReadOnlyList<TriageStep> Path);

/// <summary>One input of a triage decision.</summary>
/// <param name="DecisionPoint">The decision point's name, e.g. Report Credibility.</param>
/// <param name="Value">The value's name, e.g. Credible.</param>
public sealed record TriageStep(string DecisionPoint, string Value);

/// <summary>An earlier case whose reports read like this one's.</summary>
/// <param name="CaseId">The earlier case.</param>
/// <param name="CaseNumber">Its number.</param>
/// <param name="Similarity">The estimated Jaccard similarity of the two texts' word shingles, 0 to 1.</param>
public sealed record PossibleDuplicateView(Guid CaseId, string CaseNumber, double Similarity);

/// <summary>One report in a case: who reported it, when, and how.</summary>
/// <param name="Order">Its place in commit order within the case, from 1: the first reporter has 1.</param>
/// <param name="FindingId">The finding.</param>
/// <param name="OrganizationId">The reporting organization.</param>
/// <param name="MemberId">The member who submitted it.</param>
/// <param name="ReceivedAt">When the clearinghouse committed it.</param>
/// <param name="Relation">Whether it opened the case or corroborates it.</param>
/// <param name="MatchedBy">The fingerprint kind that joined it to the case.</param>
/// <param name="Tool">The tool that found it.</param>
/// <param name="Model">The AI model that found it, if one did.</param>
/// <param name="Format">The format it came in.</param>
/// <param name="ClaimedAt">When its reporter's priority claim was committed, if it revealed one: its place in time for first-reporter credit.</param>
public sealed record AttributionView(
    int Order,
    Guid FindingId,
    Guid OrganizationId,
    Guid MemberId,
    DateTimeOffset ReceivedAt,
    FindingRelation Relation,
    string? MatchedBy,
    string Tool,
    string? Model,
    string Format,
    DateTimeOffset? ClaimedAt);

/// <summary>How a reporter's findings fared: counts by outcome and a quality score, overall and per tool and model.</summary>
/// <param name="OrganizationId">The reporting organization.</param>
/// <param name="Overall">All its findings.</param>
/// <param name="ByTool">Per tool and AI model.</param>
/// <param name="Standing">Whether the reporter is in poor standing, and what that means for its submissions.</param>
public sealed record ReporterStatistics(Guid OrganizationId, OutcomeCounts Overall, IReadOnlyList<ToolStatistics> ByTool, ReporterStandingView Standing);

/// <summary>
/// A reporter's standing. In poor standing (a low quality score over enough judged findings), it may submit only so many
/// findings a day and the cases it opens wait for an analyst even when they reproduce.
/// </summary>
/// <param name="Poor">True in poor standing.</param>
/// <param name="Reason">Why, in words, when poor.</param>
/// <param name="FindingsPerDay">The daily allowance while poor; null when there is none.</param>
/// <param name="FindingsLastDay">Findings the organization submitted in the last 24 hours.</param>
public sealed record ReporterStandingView(bool Poor, string? Reason, int? FindingsPerDay, int FindingsLastDay);

/// <summary>The statistics of one tool (and AI model) of a reporter.</summary>
/// <param name="Tool">The tool.</param>
/// <param name="Model">The AI model, if one was named.</param>
/// <param name="Counts">How its findings fared.</param>
public sealed record ToolStatistics(string Tool, string? Model, OutcomeCounts Counts);

/// <summary>
/// Findings by what became of their cases. The quality score is (validated + 1) / (validated + invalid + not reproducible + 2):
/// a Laplace estimate of the share of decided findings that were real, 0.5 with no record.
/// </summary>
/// <param name="Findings">All findings.</param>
/// <param name="Validated">In cases shown to be real (validated, coordinating, fixed, published, or closed as already fixed).</param>
/// <param name="RejectedInvalid">In cases rejected as not a vulnerability.</param>
/// <param name="NotReproducible">In cases rejected as not reproducible.</param>
/// <param name="Duplicates">Joined a case another report had opened, or in cases rejected as duplicates.</param>
/// <param name="Pending">Not decided yet.</param>
/// <param name="QualityScore">0 to 1.</param>
public sealed record OutcomeCounts(int Findings, int Validated, int RejectedInvalid, int NotReproducible, int Duplicates, int Pending, double QualityScore);
