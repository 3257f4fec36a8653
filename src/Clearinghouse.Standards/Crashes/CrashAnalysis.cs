namespace Clearinghouse.Standards.Crashes;

/// <summary>
/// Computes ClusterFuzz's crash signature of a crash report (sanitizer output, libFuzzer/Centipede logs, CHECK
/// failures, Java/Go/Rust/Python/JavaScript exceptions, kernel and debugger traces), so that reports of the same bug
/// from different reporters and tools can be recognised as duplicates. Follows google/clusterfuzz's stack analyzer;
/// the fixtures of its own tests are the acceptance test.
/// </summary>
public static class CrashAnalysis
{
    /// <summary>At most this many meaningful frames are returned in <see cref="CrashSignature.Frames"/>.</summary>
    public const int MaxFrames = 256;

    private const string CentipedeLogPrefix = "CRASH LOG: ";

    /// <summary>
    /// Analyzes a crash report. Never throws: any text, including empty, binary or very large text, gives a result;
    /// text that is not a crash report gives an empty <see cref="CrashSignature.CrashType"/>.
    /// </summary>
    /// <param name="text">The report as the tool printed it (symbolized, if <see cref="CrashAnalysisOptions.Symbolized"/>).</param>
    /// <param name="options">The fuzzing job's switches; <see cref="CrashAnalysisOptions.Default"/> when null.</param>
    public static CrashSignature Analyze(string? text, CrashAnalysisOptions? options = null)
    {
        options ??= CrashAnalysisOptions.Default;
        text ??= "";
        if (options.StripCentipedeLogPrefix)
        {
            text = StripCentipedePrefix(text);
        }

        var state = new StackParser(options).Parse(text);
        var isSecurityIssue = SecurityClassifier.IsSecurityIssue(text, state.CrashType, state.CrashAddress, options);
        return new CrashSignature(
            state.CrashType,
            state.CrashState,
            state.CrashAddress,
            isSecurityIssue,
            [.. state.Frames],
            [.. state.Categories.Order(StringComparer.Ordinal)],
            [.. state.Diagnostics]);
    }

    private static string StripCentipedePrefix(string text) =>
        string.Join('\n', PythonText.SplitLines(text).Select(l => l.StartsWith(CentipedeLogPrefix, StringComparison.Ordinal) ? l[CentipedeLogPrefix.Length..] : l));
}
