namespace Clearinghouse.Findings;

/// <summary>The crash signature of a crash or sanitizer report: ClusterFuzz's crash type and state (top three frames).</summary>
public static class CrashSignatures
{
    public sealed record Signature(string Type, string State, bool Security);

    public static Signature? Of(string report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return null;
    }
}
