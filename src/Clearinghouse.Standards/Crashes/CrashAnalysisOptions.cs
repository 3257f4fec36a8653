namespace Clearinghouse.Standards.Crashes;

/// <summary>
/// The switches of the fuzzing job a crash report came from. ClusterFuzz reads them from the job's environment
/// (the variable each one stands for is named below); they change what counts as a crash and how it is signed.
/// The defaults are those of a job that sets none of them.
/// </summary>
public sealed record CrashAnalysisOptions
{
    /// <summary>The defaults.</summary>
    public static CrashAnalysisOptions Default { get; } = new();

    /// <summary>
    /// The fuzz target's name (FUZZ_TARGET). Timeouts, out-of-memory and const-input overwrites are signed with it
    /// instead of their stack, and it stands in for an empty crash state.
    /// </summary>
    public string? FuzzTarget { get; init; }

    /// <summary>Whether timeouts and out-of-memory reports count as crashes (REPORT_OOMS_AND_HANGS).</summary>
    public OomAndHangReporting OomsAndHangs { get; init; } = OomAndHangReporting.Ignore;

    /// <summary>
    /// The job's allocator red zone in bytes (REDZONE). With red zones above 64 bytes, timeouts and out-of-memory
    /// reports are not trusted unless <see cref="OomsAndHangs"/> is <see cref="OomAndHangReporting.Force"/>.
    /// </summary>
    public int? RedZoneSize { get; init; }

    /// <summary>Whether V8 "Runtime error in" reports count (DETECT_V8_RUNTIME_ERRORS, or an analyze task).</summary>
    public bool DetectV8RuntimeErrors { get; init; }

    /// <summary>Whether assertion failures are security issues (ASSERTS_HAVE_SECURITY_IMPLICATION; on by default).</summary>
    public bool AssertsHaveSecurityImplication { get; init; } = true;

    /// <summary>Whether release CHECK failures are security issues (CHECKS_HAVE_SECURITY_IMPLICATION).</summary>
    public bool ChecksHaveSecurityImplication { get; init; }

    /// <summary>
    /// Whether UndefinedBehaviorSanitizer reports count; false for jobs that run with UBSAN_OPTIONS halt_on_error=0,
    /// where UBSan findings are warnings, not crashes.
    /// </summary>
    public bool IncludeUndefinedBehaviorSanitizer { get; init; } = true;

    /// <summary>
    /// Whether the report is symbolized. Symbolized states have their addresses and long numbers normalized and
    /// their lines capped; C library modules are skipped only in symbolized reports.
    /// </summary>
    public bool Symbolized { get; init; } = true;

    /// <summary>
    /// Extra frames that are not meaningful for this project (ClusterFuzz's project setting
    /// stacktrace.stack_frame_ignore_regexes): .NET regular expressions matched at the start of a frame.
    /// A pattern that is not a valid regular expression is ignored.
    /// </summary>
    public IReadOnlyList<string> ExtraIgnoredFramePatterns { get; init; } = [];

    /// <summary>Whether to strip Centipede's "CRASH LOG: " line prefix first, as its engine does before analysis.</summary>
    public bool StripCentipedeLogPrefix { get; init; }
}

/// <summary>How timeouts and out-of-memory reports are treated (ClusterFuzz's REPORT_OOMS_AND_HANGS).</summary>
public enum OomAndHangReporting
{
    /// <summary>Not crashes: a report that shows one is not analysed further.</summary>
    Ignore,

    /// <summary>Crashes, unless the job's red zone is larger than 64 bytes.</summary>
    Report,

    /// <summary>Crashes whatever the red zone.</summary>
    Force,
}
