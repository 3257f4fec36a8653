using Clearinghouse.Standards.Json;

namespace Clearinghouse.Standards.Crashes;

/// <summary>
/// What ClusterFuzz's stack analyzer makes of a crash report: the crash type and crash state that identify the bug
/// for deduplication, whether it is a security issue, and the meaningful frames it saw.
/// </summary>
/// <param name="CrashType">
/// E.g. "Heap-use-after-free\nREAD 8", "CHECK failure", "Out-of-memory"; empty when the text is not a crash report
/// (or not one that counts under the given options).
/// </param>
/// <param name="CrashState">
/// ClusterFuzz's crash state: the top three meaningful frames (or the failed condition, or the fuzz target), each
/// followed by "\n"; "NULL" for a crash without any; empty when there is no crash.
/// </param>
/// <param name="CrashAddress">The faulting address as reported (e.g. "0x602000000010"), or empty.</param>
/// <param name="IsSecurityIssue">ClusterFuzz's is_security_issue verdict for this report and type.</param>
/// <param name="Frames">
/// The meaningful frames, in report order, from the first crash type on (including later stacks such as where the
/// memory was allocated or freed), at most <see cref="CrashAnalysis.MaxFrames"/>.
/// </param>
/// <param name="Categories">ClusterFuzz's crash categories: "Fuzzer-crash-state", "Fuzzer-exit", "Missing-libfuzzer-stacktrace".</param>
/// <param name="Diagnostics">
/// Where the analysis had to cut corners (location <c>line N</c>): a pattern that took too long on a line, or long
/// lines skipped after too many of those. Empty for ordinary reports; when not empty, the signature may differ from
/// ClusterFuzz's.
/// </param>
public sealed record CrashSignature(
    string CrashType,
    string CrashState,
    string CrashAddress,
    bool IsSecurityIssue,
    IReadOnlyList<CrashFrame> Frames,
    IReadOnlyList<string> Categories,
    IReadOnlyList<JsonDiagnostic> Diagnostics)
{
    /// <summary>Whether the report shows a crash at all.</summary>
    public bool IsCrash => CrashType.Length > 0;
}

/// <summary>A meaningful stack frame.</summary>
/// <param name="Function">The frame as it enters the crash state (namespaces kept, arguments and offsets removed).</param>
/// <param name="File">The source file, where the report gives one.</param>
/// <param name="Line">The source line, where the report gives one.</param>
public sealed record CrashFrame(string Function, string? File = null, int? Line = null);
