namespace Clearinghouse.Standards.Sarif;

/// <summary>One run of the tool (§3.20 invocation), the basics.</summary>
/// <param name="ExecutionSuccessful">Whether the tool ran to completion (required by SARIF; false if left out).</param>
/// <param name="CommandLine">The command line, if given.</param>
/// <param name="StartTimeUtc">When it started, as written (ISO 8601), if given.</param>
/// <param name="EndTimeUtc">When it ended, as written, if given.</param>
/// <param name="ExitCode">The process exit code, if given.</param>
/// <param name="WorkingDirectory">The working directory's URI, if given.</param>
public sealed record SarifInvocation(
    bool ExecutionSuccessful, string? CommandLine, string? StartTimeUtc, string? EndTimeUtc, int? ExitCode, string? WorkingDirectory);
