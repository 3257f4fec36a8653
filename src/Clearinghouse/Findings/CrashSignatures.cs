using Clearinghouse.Standards.Crashes;

namespace Clearinghouse.Findings;

/// <summary>
/// The crash signature of a crash or sanitizer report, as ClusterFuzz computes it (Standards/Crashes): the crash type
/// and the crash state (the top three meaningful frames), and whether it is a security issue. Null when the text holds
/// no crash ClusterFuzz would report.
/// </summary>
public static class CrashSignatures
{
    public sealed record Signature(string Type, string State, bool Security);

    public static Signature? Of(string report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var analysis = CrashAnalysis.Analyze(report);
        return analysis.IsCrash && analysis.CrashState.Length > 0 ? new Signature(analysis.CrashType, analysis.CrashState, analysis.IsSecurityIssue) : null;
    }
}
