using Clearinghouse.Contracts.Findings;
using Clearinghouse.Standards.Tlp;

namespace Clearinghouse.Findings;

/// <summary>A submitted finding after its checks: identities normalized for fingerprinting, evidence decoded and addressed.</summary>
public sealed record NormalizedFinding(
    FindingSubmission Submission,
    string Target,
    string TargetVersioned,
    string Affected,
    string? Weakness,
    string? File,
    int? Line,
    string? Function,
    string? RuleId,
    IReadOnlyDictionary<string, string> PartialFingerprints,
    string? CrashType,
    string? CrashState,
    bool SecurityCrash,
    TlpLabel Tlp,
    IReadOnlyList<(EvidenceFile File, byte[] Content, string Sha256)> Evidence,
    string ContentHash);
