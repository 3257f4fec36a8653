using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace Clearinghouse.Standards.Crashes;

/// <summary>
/// ClusterFuzz's stack parser (google/clusterfuzz, src/clusterfuzz/stacktraces/__init__.py) restated: the report is
/// walked line by line through <see cref="Detectors"/>, in order; each detector may set the crash type, address and
/// state, and may end the line's processing. Later lines override earlier ones, which is why the order of the table
/// is the behaviour and must not be sorted.
/// </summary>
internal sealed partial class StackParser
{
    internal const int MaxCrashStateFrames = 3;
    private const int LineLengthCap = 80;
    private const int MaxCycleLength = 10;
    private const int RepeatedCycleCount = 3;
    private const int MaxLineLength = 1024 * 1024;
    private const int TimeoutBudget = 4;

    private static readonly string[] StateStopMarkers =
    [
        "Direct leak of",
        "Uninitialized value was stored to memory at",
        "allocated by thread",
        "created by main thread at",
        "located in stack of thread",
        "previously allocated by",
    ];

    /// <summary>Crash types that an abort, breakpoint, illegal instruction or trap right after them must not replace.</summary>
    private static readonly HashSet<string> TypesKeptOverSignals = new(StringComparer.Ordinal)
    {
        "Arbitrary file open", "ASSERT", "CHECK failure", "Command injection", "DCHECK failure", "Fatal error",
        "Security CHECK failure", "Security DCHECK failure", "Stack-overflow", "Out-of-memory", "Timeout",
        "Unreachable code", "V8 API error", "V8 sandbox violation",
    };

    private static readonly string[] JavaExceptionTypes = ["CHECK failure", "Fatal Exception", "Uncaught exception", "Security exception"];

    private static readonly (Func<Regex> Pattern, string Type)[] GolangCrashTypes =
    [
        (CrashPatterns.GolangDivisionByZero, "Integer divide by zero"),
        (CrashPatterns.GolangIndexOutOfRange, "Index out of range"),
        (CrashPatterns.GolangInvalidMemoryAddress, "Invalid memory address"),
        (CrashPatterns.GolangMakesliceLenOutOfRange, "Makeslice: len out of range"),
        (CrashPatterns.GolangSliceBoundsOutOfRange, "Slice bounds out of range"),
        (CrashPatterns.GolangStackOverflow, "Stack overflow"),
    ];

    private static readonly (Func<Regex> Pattern, string Type)[] PythonCrashTypes =
    [
        (CrashPatterns.PythonUnhandledException, "Uncaught exception"),
        (CrashPatterns.ExtraSanitizersPySecSan, "PySecSan"),
    ];

    /// <summary>Most specific first; the last three are supersets of others.</summary>
    private static readonly (Func<Regex> Pattern, string Type)[] UbsanCrashTypes =
    [
        (CrashPatterns.UbsanDivisionByZero, "Divide-by-zero"),
        (CrashPatterns.UbsanFloatCastOverflow, "Float-cast-overflow"),
        (CrashPatterns.UbsanImplicitConversion, "Implicit-conversion"),
        (CrashPatterns.UbsanIncorrectFunctionPointer, "Incorrect-function-pointer-type"),
        (CrashPatterns.UbsanIndexOutOfBounds, "Index-out-of-bounds"),
        (CrashPatterns.UbsanInvalidBoolValue, "Invalid-bool-value"),
        (CrashPatterns.UbsanInvalidBuiltin, "Invalid-builtin-use"),
        (CrashPatterns.UbsanMisalignedAddress, "Misaligned-address"),
        (CrashPatterns.UbsanNoReturnValue, "No-return-value"),
        (CrashPatterns.UbsanNullArgument, "Invalid-null-argument"),
        (CrashPatterns.UbsanNullPointerRead, "Null-dereference READ"),
        (CrashPatterns.UbsanNullPointerReference, "Null-dereference"),
        (CrashPatterns.UbsanNullPointerWrite, "Null-dereference WRITE"),
        (CrashPatterns.UbsanObjectSize, "Object-size"),
        (CrashPatterns.UbsanPointerOverflow, "Pointer-overflow"),
        (CrashPatterns.UbsanReturnsNonnullAttribute, "Invalid-null-return"),
        (CrashPatterns.UbsanShiftError, "Undefined-shift"),
        (CrashPatterns.UbsanUnreachable, "Unreachable code"),
        (CrashPatterns.UbsanUnsignedIntegerOverflow, "Unsigned-integer-overflow"),
        (CrashPatterns.UbsanUpcastOfNullPointer, "Upcast-of-null-pointer"),
        (CrashPatterns.UbsanVlaBound, "Non-positive-vla-bound-value"),
        (CrashPatterns.UbsanInvalidEnumValue, "Invalid-enum-value"),
        (CrashPatterns.UbsanIntegerOverflow, "Integer-overflow"),
        (CrashPatterns.UbsanAssumptionViolation, "Assumption-violation"),
    ];

    private static readonly Dictionary<int, string> AndroidKernelStatus = new()
    {
        [0b0001] = "Alignment Fault",
        [0b0100] = "Instruction Cache Maintenance Fault",
        [0b1100] = "L1 Translation",
        [0b1110] = "L2 Translation",
        [0b0101] = "Translation Fault, Section",
        [0b0111] = "Translation Fault, Page",
        [0b0011] = "Access Flag Fault, Section",
        [0b0110] = "Access Flag Fault, Page",
        [0b1001] = "Domain Fault, Section",
        [0b1011] = "Domain Fault, Page",
        [0b1101] = "Permission Fault, Section",
        [0b1111] = "Permissions Fault, Page",
    };

    private readonly CrashAnalysisOptions _options;
    private readonly bool _detectOomsAndHangs;
    private readonly Regex[] _extraIgnored;

    public StackParser(CrashAnalysisOptions options)
    {
        _options = options;
        _detectOomsAndHangs = options.OomsAndHangs switch
        {
            OomAndHangReporting.Force => true,
            OomAndHangReporting.Report => options.RedZoneSize is not { } redZone || redZone == 0 || redZone <= 64,
            _ => false,
        };
        _extraIgnored = [.. options.ExtraIgnoredFramePatterns.Select(CompileExtraPattern).OfType<Regex>()];
    }

    private static Regex? CompileExtraPattern(string pattern)
    {
        try
        {
            return new Regex("^(?:" + pattern + ")", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(CrashPatterns.TimeoutMilliseconds));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private enum LineOutcome
    {
        Next,
        SkipLine,
        NotACrash,
    }

    private delegate LineOutcome LineDetector(StackParser parser, ParseState state, string line);

    /// <summary>
    /// The detectors, in the order ClusterFuzz applies them to each line. A detector that returns
    /// <see cref="LineOutcome.SkipLine"/> ends the line; <see cref="LineOutcome.NotACrash"/> ends the report.
    /// </summary>
    private static readonly (string Name, LineDetector Detect)[] Detectors =
    [
        ("lines shown but never analysed", static (_, s, l) => IsIgnoredLine(s, l) ? LineOutcome.SkipLine : LineOutcome.Next),
        ("out-of-memory when not reported", static (p, s, l) => !p._detectOomsAndHangs && IsMatch(CrashPatterns.OutOfMemory(), l, s) ? LineOutcome.NotACrash : LineOutcome.Next),
        ("signal after a more specific crash", static (_, s, l) => IsSignalAfterSpecificCrash(s, l) ? LineOutcome.SkipLine : LineOutcome.Next),
        ("assertions", static (_, s, l) => DetectAssertions(s, l)),
        ("gdb and cdb", static (_, s, l) => DetectDebuggers(s, l)),
        ("MemorySanitizer and ThreadSanitizer", static (_, s, l) => DetectMsanTsan(s, l)),
        ("LeakSanitizer", static (_, s, l) => DetectLeaks(s, l)),
        ("UBSan vptr and CFI bad casts", static (p, s, l) => p.DetectBadCasts(s, l)),
        ("Go panics", static (_, s, l) => DetectGolangPanics(s, l)),
        ("UBSan runtime errors", static (p, s, l) => p.DetectUbsan(s, l)),
        ("Python and Jazzer.js exceptions", static (_, s, l) => DetectPythonAndJavaScript(s, l)),
        ("sanitizer signals and memory errors", static (_, s, l) => DetectSanitizerErrors(s, l)),
        ("Android signals and aborts", static (_, s, l) => DetectAndroid(s, l)),
        ("kernel failures and KASan", static (_, s, l) => DetectKernel(s, l)),
        ("sanitizer CHECK failures", static (_, s, l) => DetectSanitizerCheck(s, l)),
        ("Security (D)CHECK failures", static (_, s, l) => DetectSecurityChecks(s, l)),
        ("timeouts, out-of-memory, stack limits, V8 sandbox", static (p, s, l) => p.DetectResourceLimits(s, l)),
        ("first-crash signatures (CHECK, Java, V8, libFuzzer, libraries)", static (p, s, l) => p.DetectFirstCrash(s, l)),
        ("V8 fatal error details", static (p, s, l) => p.DetectFatalErrorDetails(s, l)),
        ("stack frames", static (p, s, l) => p.DetectFrames(s, l)),
    ];

    public ParseState Parse(string report)
    {
        var state = new ParseState
        {
            Report = report,
            IsKasan = report.Contains("KASAN", StringComparison.Ordinal),
            IsLkl = report.Contains("Linux Kernel Library Stack Trace:", StringComparison.Ordinal),
            IsGolang = report.Contains(".go:", StringComparison.Ordinal),
            IsPython = report.Contains(".py\", line", StringComparison.Ordinal),
            IsJavaScript = report.Contains("Uncaught Exception: Jazzer.js", StringComparison.Ordinal),
            IsTrusty = report.Contains("Trusted App crash stacktrace", StringComparison.Ordinal),
        };

        var text = state.IsLkl ? RemoveKernelTimes(report) : report;
        var lines = SplitReport(text);
        if (state.IsPython)
        {
            lines = ExtractPythonStack(lines);
        }

        foreach (var line in lines)
        {
            state.LineNumber++;
            // A report whose lines keep making patterns time out is built to stall the analyzer: stop, keeping
            // what was found so far. Ordinary reports never time out.
            if (state.Timeouts >= TimeoutBudget)
            {
                state.AddDiagnostic($"analysis stopped here after {state.Timeouts} pattern timeouts; later lines were not analysed");
                break;
            }

            foreach (var (_, detect) in Detectors)
            {
                var outcome = detect(this, state, line);
                if (outcome == LineOutcome.NotACrash)
                {
                    var empty = new ParseState { Report = report };
                    empty.Diagnostics.AddRange(state.Diagnostics);
                    return empty;
                }

                if (outcome == LineOutcome.SkipLine)
                {
                    break;
                }
            }
        }

        if (state.FuzzerDirectoryFrames >= state.FrameCount / 2.0)
        {
            state.Categories.Add("Fuzzer-crash-state");
        }

        var firstFrame = text.IndexOf("    #0", StringComparison.Ordinal);
        var logcat = text.IndexOf("\n\nLogcat:\n", StringComparison.Ordinal);
        if (logcat != -1 && (firstFrame == -1 || firstFrame > logcat))
        {
            state.Categories.Add("Missing-libfuzzer-stacktrace");
        }

        UseStackOverflowCycle(state);
        Normalize(state);
        return state;
    }

    private static string RemoveKernelTimes(string report)
    {
        var builder = new System.Text.StringBuilder(report.Length);
        foreach (var line in PythonText.SplitLines(report))
        {
            builder.Append(CrashPatterns.AndroidKernelTime().Replace(line, "", 1)).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>Splits into lines, first restoring the newline some reports lose before a DEADLYSIGNAL marker.</summary>
    private static List<string> SplitReport(string text)
    {
        if (text.Contains("Sanitizer:DEADLYSIGNAL", StringComparison.Ordinal))
        {
            try
            {
                text = CrashPatterns.ConcatenatedSanDeadlySignal().Replace(text, "\n$1\n$2\n");
            }
            catch (RegexMatchTimeoutException)
            {
                // Left as it is: only the line glued to the marker goes unanalysed.
            }
        }

        return PythonText.SplitLines(text);
    }

    /// <summary>
    /// Python prints the innermost frame last and a sanitizer report may follow; keep only the Python part,
    /// title first, frames innermost first (ClusterFuzz's reverse_python_stacktrace).
    /// </summary>
    private static List<string> ExtractPythonStack(List<string> lines)
    {
        var result = new List<string>();
        var inPython = false;
        foreach (var line in lines)
        {
            if (!inPython)
            {
                if (PythonCrashTypes.Any(t => IsMatch(t.Pattern(), line)))
                {
                    inPython = true;
                    result = [line];
                }
            }
            else
            {
                if (line.Contains("=========", StringComparison.Ordinal) || line.Contains("== ERROR: ", StringComparison.Ordinal))
                {
                    break;
                }

                result.Insert(1, line);
            }
        }

        return result;
    }

    /// <summary>A match, or null; a match that times out counts as none and is recorded in <paramref name="state"/>.</summary>
    internal static Match? MatchOrNull(Regex regex, string input, ParseState? state = null)
    {
        try
        {
            var match = regex.Match(input);
            return match.Success ? match : null;
        }
        catch (RegexMatchTimeoutException)
        {
            state?.RecordTimeout(regex);
            return null;
        }
    }

    internal static bool IsMatch(Regex regex, string input, ParseState? state = null) => MatchOrNull(regex, input, state) is not null;

    private static string GroupOrEmpty(Match match, int group) => match.Groups[group].Success ? match.Groups[group].Value : "";

    private static bool IsIgnoredLine(ParseState state, string line) =>
        state.ProcessDied
        || line.Contains(":INFO:CONSOLE", StringComparison.Ordinal)
        || line.Contains("SUMMARY:", StringComparison.Ordinal)
        || line.Contains("WARNING: AddressSanitizer", StringComparison.Ordinal)
        || line.Contains("failed to mprotect 0x00010000", StringComparison.Ordinal)
        || line.Contains("text run at (", StringComparison.Ordinal)
        || line.Contains("Please include Java exception stack in crash report", StringComparison.Ordinal)
        || IsMatch(CrashPatterns.SanDeadlySignal(), line, state)
        || line.Length > MaxLineLength;

    private static bool IsSignalAfterSpecificCrash(ParseState state, string line) =>
        (IsMatch(CrashPatterns.SanAbrt(), line, state) || IsMatch(CrashPatterns.SanBreakpoint(), line, state)
            || IsMatch(CrashPatterns.SanIll(), line, state) || IsMatch(CrashPatterns.SanTrap(), line, state))
        && TypesKeptOverSignals.Contains(state.CrashType);

    private static int Rank(string crashType) => crashType switch
    {
        "V8 sandbox violation" => 2,
        "Timeout" => 1,
        _ => 0,
    };

    /// <summary>A later crash type wins unless the earlier one ranks higher.</summary>
    private static void UpdateCrashType(ParseState state, string? newType)
    {
        if (newType is not null && Rank(newType) >= Rank(state.CrashType))
        {
            state.CrashType = newType;
        }
    }

    /// <summary>ClusterFuzz's update_state_on_match: when the line matches, update the parts asked for.</summary>
    private static Match? UpdateOnMatch(
        Regex regex,
        string line,
        ParseState state,
        string? newType = null,
        string? newState = null,
        int? newFrameCount = null,
        string? newAddress = null,
        int? addressGroup = null,
        int? typeGroup = null,
        int? stateGroup = null,
        Func<string, string>? addressFilter = null,
        Func<string, string>? typeFilter = null,
        bool reset = false,
        string? requires = null)
    {
        var match = requires is null || line.Contains(requires, StringComparison.Ordinal) ? MatchOrNull(regex, line, state) : null;
        if (match is null)
        {
            return null;
        }

        if (reset)
        {
            state.CrashAddress = "";
            state.CrashState = "";
            state.FrameCount = 0;
            state.FuzzerDirectoryFrames = 0;
        }

        UpdateCrashType(state, newType);
        if (newState is not null)
        {
            state.CrashState = newState;
        }

        if (newFrameCount is { } count)
        {
            state.FrameCount = count;
        }

        if (newAddress is not null)
        {
            state.CrashAddress = newAddress;
        }

        if (typeGroup is { } tg)
        {
            var raw = GroupOrEmpty(match, tg);
            UpdateCrashType(state, PythonText.Strip(typeFilter is null ? raw : typeFilter(raw)));
        }

        if (addressGroup is { } ag)
        {
            var raw = GroupOrEmpty(match, ag);
            state.CrashAddress = PythonText.Strip(addressFilter is null ? raw : addressFilter(raw));
        }

        if (stateGroup is { } sg)
        {
            state.CrashState = GroupOrEmpty(match, sg);
        }

        return match;
    }

    private static void UpdateOnCheckFailure(ParseState state, string line, Regex regex, string crashType, string? requires = null)
    {
        var match = UpdateOnMatch(regex, line, state, newType: crashType, reset: true, newFrameCount: 1, requires: requires);
        if (match is not null)
        {
            var failure = FixCheckFailureString(GroupOrEmpty(match, 2));
            var file = FixFilenameString(GroupOrEmpty(match, 1));
            state.CrashState = failure + " in " + file + "\n";
        }
    }

    private static void MatchAssert(ParseState state, string line, Regex regex, int group = 1)
    {
        var match = UpdateOnMatch(regex, line, state, newType: "ASSERT", newFrameCount: 1);
        if (match is not null && GroupOrEmpty(match, group).Length > 0)
        {
            state.CrashState = match.Groups[group].Value + "\n";
        }
    }

    private static LineOutcome DetectAssertions(ParseState state, string line)
    {
        // Assertions come before the crash's stack, but must not replace a kernel failure already found.
        if (!state.CrashType.StartsWith("Kernel failure", StringComparison.Ordinal))
        {
            // The literal checks only skip lines the patterns cannot match; they keep long lines from backtracking.
            if (line.Contains("fail", StringComparison.OrdinalIgnoreCase) || line.Contains("panic", StringComparison.OrdinalIgnoreCase))
            {
                MatchAssert(state, line, CrashPatterns.Assert());
            }

            MatchAssert(state, line, CrashPatterns.AssertGoogle(), group: 2);
            if (line.Contains("assertion ", StringComparison.OrdinalIgnoreCase))
            {
                MatchAssert(state, line, CrashPatterns.AssertGlibc());
                if (line.Contains(" failed:", StringComparison.Ordinal))
                {
                    MatchAssert(state, line, CrashPatterns.AssertGlibcSuffixed());
                }
            }

            MatchAssert(state, line, CrashPatterns.RustAssert());
        }

        UpdateOnMatch(CrashPatterns.AssertNotReached(), line, state, newType: "ASSERT_NOT_REACHED", reset: true);
        return LineOutcome.Next;
    }

    private static LineOutcome DetectDebuggers(ParseState state, string line)
    {
        UpdateOnMatch(CrashPatterns.LinuxGdbCrashType(), line, state, typeGroup: 1, typeFilter: s => s.ToUpperInvariant());
        UpdateOnMatch(CrashPatterns.LinuxGdbCrashAddress(), line, state, addressGroup: 1);
        UpdateOnMatch(CrashPatterns.LinuxGdbCrashAddressNoRegisters(), line, state, addressGroup: 1);
        UpdateOnMatch(CrashPatterns.MacGdbCrashAddress(), line, state, addressGroup: 1);
        if (UpdateOnMatch(CrashPatterns.WindowsCdbCrashTypeAddress(), line, state, typeGroup: 1, addressGroup: 2, typeFilter: s => s.ToUpperInvariant()) is not null)
        {
            state.CrashAddress = "0x" + state.CrashAddress;
        }

        return LineOutcome.Next;
    }

    private static LineOutcome DetectMsanTsan(ParseState state, string line)
    {
        // The SUMMARY line's " suppressions" and " warnings" counts are not reports.
        if (!line.Contains(" suppressions", StringComparison.Ordinal) && !line.Contains(" warnings", StringComparison.Ordinal))
        {
            UpdateOnMatch(CrashPatterns.MsanTsan(), line, state, reset: true, typeGroup: 2, typeFilter: PythonText.Capitalize, requires: "Sanitizer:");
        }

        return LineOutcome.Next;
    }

    private static LineOutcome DetectLeaks(ParseState state, string line)
    {
        // Direct leaks outrank indirect ones, which LSan may print first; the first direct leak's stack is kept.
        if (state.CrashType.Length == 0 || state.CrashType == "Indirect-leak")
        {
            UpdateOnMatch(CrashPatterns.LsanDirectLeak(), line, state, newType: "Direct-leak", reset: true);
        }

        if (state.CrashType.Length == 0)
        {
            UpdateOnMatch(CrashPatterns.LsanIndirectLeak(), line, state, newType: "Indirect-leak", reset: true);
        }

        return LineOutcome.Next;
    }

    private LineOutcome DetectBadCasts(ParseState state, string line)
    {
        if (state.CrashType.Length == 0 && _options.IncludeUndefinedBehaviorSanitizer)
        {
            var vptr = UpdateOnMatch(CrashPatterns.UbsanVptr(), line, state, newType: "Bad-cast", newFrameCount: 0, addressGroup: 3);
            if (vptr is not null)
            {
                state.CrashState = "Bad-cast to " + vptr.Groups[4].Value.Trim('\'');
                state.FoundBadCastCrashEndMarker = false;
            }
        }

        if (state.CrashType == "Bad-cast" && !state.FoundBadCastCrashEndMarker)
        {
            var downcast = MatchOrNull(CrashPatterns.UbsanVptrInvalidDowncast(), line, state) ?? MatchOrNull(CrashPatterns.CfiInvalidDowncast(), line, state);
            if (downcast is not null)
            {
                state.CrashState += " from " + downcast.Groups[1].Value.Trim('\'');
                state.FoundBadCastCrashEndMarker = true;
            }

            if (IsMatch(CrashPatterns.UbsanVptrInvalidVptr(), line, state) || IsMatch(CrashPatterns.CfiInvalidVptr(), line, state))
            {
                state.CrashState += " from invalid vptr";
                state.FoundBadCastCrashEndMarker = true;
            }

            if (IsMatch(CrashPatterns.CfiFunctionDefinedHere(), line, state))
            {
                state.FoundBadCastCrashEndMarker = true;
            }

            var offset = MatchOrNull(CrashPatterns.UbsanVptrInvalidOffset(), line, state);
            if (offset is not null)
            {
                state.CrashState += " from base class subobject at offset " + offset.Groups[1].Value;
                state.FoundBadCastCrashEndMarker = true;
            }

            if (state.FoundBadCastCrashEndMarker)
            {
                state.CrashState += "\n";
                state.FrameCount++;
            }
        }

        if (state.CrashType.Length == 0)
        {
            var cfi = UpdateOnMatch(CrashPatterns.CfiError(), line, state, newType: "Bad-cast", newFrameCount: 0);
            if (cfi is not null)
            {
                state.CrashState = "Bad-cast to " + cfi.Groups[2].Value.Trim('\'');
                if (GroupOrEmpty(cfi, 4).Length > 0)
                {
                    state.CrashAddress = cfi.Groups[4].Value;
                }

                state.FoundBadCastCrashEndMarker = false;
            }
        }

        if (state.CrashType.Length == 0)
        {
            UpdateOnMatch(CrashPatterns.CfiNoDebugErrorMarker(), line, state, newType: "Bad-cast", newFrameCount: 0);
        }

        return LineOutcome.Next;
    }

    private static LineOutcome DetectGolangPanics(ParseState state, string line)
    {
        // Before UBSan: Go panics also say "runtime error:".
        if (state.IsGolang)
        {
            foreach (var (pattern, type) in GolangCrashTypes)
            {
                if (UpdateOnMatch(pattern(), line, state, newType: type) is not null)
                {
                    state.FoundGolangCrash = true;
                    state.CrashState = "";
                    state.FrameCount = 0;
                }
            }
        }

        return LineOutcome.Next;
    }

    private LineOutcome DetectUbsan(ParseState state, string line)
    {
        var runtimeError = MatchOrNull(CrashPatterns.UbsanRuntimeError(), line, state);
        if (runtimeError is not null && state.CrashType.Length == 0 && _options.IncludeUndefinedBehaviorSanitizer)
        {
            var reason = runtimeError.Groups[2].Value;
            state.CrashType = "UNKNOWN";
            foreach (var (pattern, type) in UbsanCrashTypes)
            {
                if (UpdateOnMatch(pattern(), reason, state, newType: type) is not null)
                {
                    break;
                }
            }

            state.CrashAddress = "";
            state.CrashState = "";
            state.FrameCount = 0;
        }

        UpdateOnMatch(CrashPatterns.AsanMemcpyOverlap(), line, state, newType: "Memcpy-param-overlap", reset: true, addressGroup: 2, requires: "memcpy-param-overlap");
        return LineOutcome.Next;
    }

    private static LineOutcome DetectPythonAndJavaScript(ParseState state, string line)
    {
        if (state.IsPython)
        {
            foreach (var (pattern, type) in PythonCrashTypes)
            {
                if (UpdateOnMatch(pattern(), line, state, newType: type) is not null)
                {
                    state.FoundPythonCrash = true;
                    state.CrashState = "";
                    state.FrameCount = 0;
                }
            }
        }

        if (state.IsJavaScript && UpdateOnMatch(CrashPatterns.JazzerJsUncaughtException(), line, state, newType: "Uncaught exception") is not null)
        {
            state.FoundPythonCrash = true;
            state.CrashState = "";
            state.FrameCount = 0;
            return LineOutcome.SkipLine;
        }

        if (state.IsTrusty)
        {
            state.CrashType = "Trusted app crash";
        }

        return LineOutcome.Next;
    }

    private static LineOutcome DetectSanitizerErrors(ParseState state, string line)
    {
        var segv = line.Contains(" on unknown address ", StringComparison.Ordinal) ? MatchOrNull(CrashPatterns.SanSegv(), line, state) : null;
        if (segv is not null)
        {
            var address = segv.Groups[3].Value;
            // An UNKNOWN crash that an ASSERT deliberately triggered must not replace the ASSERT.
            if (state.CrashType.Contains("ASSERT", StringComparison.Ordinal)
                && (IsAssertCrashAddress(PythonText.AddressToInteger(address)) || IsMatch(CrashPatterns.SanSignal(), state.Report, state)))
            {
                return LineOutcome.SkipLine;
            }

            UpdateCrashType(state, "UNKNOWN");
            state.CrashAddress = address;
            state.CrashState = "";
            state.FrameCount = 0;
            return LineOutcome.SkipLine;
        }

        if (UpdateOnMatch(CrashPatterns.AsanInvalidFree(), line, state, newType: "Invalid-free", reset: true, addressGroup: 1) is not null
            || UpdateOnMatch(CrashPatterns.AsanDoubleFree(), line, state, newType: "Heap-double-free", reset: true, addressGroup: 3, requires: "double-free") is not null
            || UpdateOnMatch(CrashPatterns.SanFpe(), line, state, newType: "Floating-point-exception", reset: true) is not null)
        {
            return LineOutcome.SkipLine;
        }

        // A Go, Python or kernel crash is not replaced by the sanitizer's report of the signal it raised.
        if (!state.CrashType.StartsWith("Kernel failure", StringComparison.Ordinal) && !state.FoundGolangCrash && !state.FoundPythonCrash)
        {
            UpdateOnMatch(CrashPatterns.SanAddress(), line, state, typeGroup: 2, addressGroup: 4, reset: true, typeFilter: FixSanitizerCrashType, requires: " on ");
        }

        UpdateOnMatch(CrashPatterns.WindowsSanIll(), line, state, newType: "Ill");
        if (state.CrashType == "Unknown-crash")
        {
            state.CrashType = "UNKNOWN";
        }

        var segvType = MatchOrNull(CrashPatterns.SanSegvCrashType(), line, state);
        if (segvType is not null && state.CrashType == "UNKNOWN" && segvType.Groups[1].Value != "UNKNOWN")
        {
            state.CrashType += " " + segvType.Groups[1].Value;
        }

        if (!state.IsKasan)
        {
            var access = UpdateOnMatch(CrashPatterns.SanCrashTypeAddress(), line, state, addressGroup: 3, requires: " of size ");
            if (access is not null && !state.CrashType.StartsWith("UNKNOWN", StringComparison.Ordinal))
            {
                state.CrashType += "\n" + access.Groups[1].Value.ToUpperInvariant() + " " + access.Groups[2].Value;
            }
        }

        return LineOutcome.Next;
    }

    private static LineOutcome DetectAndroid(ParseState state, string line)
    {
        // A "Fatal signal" line often repeats the stack already seen; it must not reset an UNKNOWN crash's state.
        if (!state.CrashType.StartsWith("UNKNOWN", StringComparison.Ordinal) || !line.Contains("Fatal signal", StringComparison.Ordinal))
        {
            var segv = UpdateOnMatch(CrashPatterns.AndroidSegv(), line, state, newType: "UNKNOWN", reset: true, requires: "fault addr ");
            if (segv is not null)
            {
                state.FoundJavaException = false;
                if (line.Contains("SEGV_MTESERR", StringComparison.Ordinal))
                {
                    state.CrashType = "Tag-mismatch" + segv.Groups[2].Value;
                }

                if (line.Contains("SIGSEGV", StringComparison.Ordinal))
                {
                    state.CrashAddress = segv.Groups[1].Value;
                    if (!state.CrashAddress.StartsWith("0x", StringComparison.Ordinal))
                    {
                        state.CrashAddress = "0x" + state.CrashAddress;
                    }
                }

                var process = MatchOrNull(CrashPatterns.AndroidProcessName(), segv.Groups[2].Value, state);
                if (process is not null)
                {
                    state.ProcessName = PythonText.Capitalize(process.Groups[1].Value);
                }
            }
        }

        if (!TypesKeptOverSignals.Contains(state.CrashType))
        {
            var trap = line.Contains("(SIGTRAP", StringComparison.Ordinal) ? MatchOrNull(CrashPatterns.AndroidSigtrap(), line, state) : null;
            if (trap is not null)
            {
                UpdateCrashType(state, "Trap");
                state.CrashAddress = trap.Groups[1].Value;
            }

            UpdateOnMatch(CrashPatterns.AndroidSigabrt(), line, state, newType: "Abort", newAddress: "");
        }

        var abort = UpdateOnMatch(CrashPatterns.AndroidAbort(), line, state, newType: "CHECK failure", newAddress: "");
        if (abort is not null)
        {
            state.FoundJavaException = true;
            var message = abort.Groups[1].Value;
            var space = message.IndexOf(' ', StringComparison.Ordinal);
            var frame = space >= 0
                ? FixCheckFailureString(message[(space + 1)..]) + " in " + FixFilenameString(message[..space].Replace("FATAL:", "", StringComparison.Ordinal))
                : FixCheckFailureString(message);
            state.CrashState = frame + "\n";
            state.FrameCount = 1;
        }

        return LineOutcome.Next;
    }

    private static LineOutcome DetectKernel(ParseState state, string line)
    {
        // In a KASan build the KASan report says more than the kernel's own error line.
        if (!state.IsKasan)
        {
            UpdateOnMatch(CrashPatterns.AndroidKernelError(), line, state, newType: "Kernel failure", reset: true, typeGroup: 3, typeFilter: AndroidKernelFaultDescription);
            UpdateOnMatch(CrashPatterns.KernelPanic(), line, state, newType: "Kernel failure", reset: true, typeGroup: 1, typeFilter: s => "Kernel failure\n" + s.Replace(' ', '-'));
        }

        UpdateOnMatch(CrashPatterns.KernelBug(), line, state, newType: "Kernel failure", typeGroup: 1, typeFilter: KasanCrashType);
        if (UpdateOnMatch(CrashPatterns.KasanCrashTypeAddress(), line, state, newType: "Kernel failure", typeGroup: 1, addressGroup: 4, typeFilter: KasanCrashType) is not null)
        {
            state.CrashAddress = "0x" + state.CrashAddress;
        }

        UpdateOnMatch(CrashPatterns.KasanCrashTypeAddressRange(), line, state, newType: "Kernel failure", typeGroup: 1, addressGroup: 3, typeFilter: KasanCrashType);
        UpdateOnMatch(CrashPatterns.KasanCrashTypeFunction(), line, state, newType: "Kernel failure", typeGroup: 1, typeFilter: KasanCrashType);
        UpdateOnMatch(CrashPatterns.KasanGpf(), line, state, newType: "Kernel failure\nGeneral-protection-fault");

        UpdateOnMatch(CrashPatterns.ExtraSanitizersCommandInjection(), line, state, newType: "Command injection");
        UpdateOnMatch(CrashPatterns.ExtraSanitizersArbitraryFileOpen(), line, state, newType: "Arbitrary file open");
        UpdateOnMatch(CrashPatterns.ExtraSanitizersArbitraryDns(), line, state, newType: "Arbitrary DNS resolution");
        UpdateOnMatch(CrashPatterns.ExtraSanitizersPySecSan(), line, state, newType: "PySecSan");

        // KASan may name the bad access on a later line.
        if (state.CrashType.StartsWith("Kernel failure", StringComparison.Ordinal))
        {
            var access = MatchOrNull(CrashPatterns.KasanAccessTypeAddress(), line, state);
            if (access is not null)
            {
                if (state.CrashAddress.Length == 0)
                {
                    state.CrashAddress = "0x" + access.Groups[4].Value;
                }
            }
            else
            {
                access = MatchOrNull(CrashPatterns.KasanAccessType(), line, state);
            }

            if (access is not null)
            {
                state.CrashType += "\n" + access.Groups[1].Value.ToUpperInvariant() + " " + access.Groups[2].Value;
            }
        }

        return LineOutcome.Next;
    }

    private static LineOutcome DetectSanitizerCheck(ParseState state, string line)
    {
        var check = UpdateOnMatch(CrashPatterns.SanCheckFailure(), line, state, newType: "Sanitizer CHECK failure", newAddress: "", newFrameCount: MaxCrashStateFrames);
        if (check is null)
        {
            return LineOutcome.Next;
        }

        state.CrashState = check.Groups[1].Value + "\n";
        state.ProcessDied = true;
        return LineOutcome.SkipLine;
    }

    private static LineOutcome DetectSecurityChecks(ParseState state, string line)
    {
        UpdateOnCheckFailure(state, line, CrashPatterns.SecurityCheckFailure(), "Security CHECK failure", requires: "Security CHECK failed");
        UpdateOnCheckFailure(state, line, CrashPatterns.SecurityDcheckFailure(), "Security DCHECK failure", requires: "Security DCHECK failed");
        return LineOutcome.Next;
    }

    private LineOutcome DetectResourceLimits(ParseState state, string line)
    {
        if (_detectOomsAndHangs)
        {
            UpdateOnMatch(CrashPatterns.LibFuzzerTimeout(), line, state, newType: "Timeout", reset: true);
            UpdateOnMatch(CrashPatterns.CentipedeTimeout(), line, state, newType: "Timeout", reset: true);
            UpdateOnMatch(CrashPatterns.OutOfMemory(), line, state, newType: "Out-of-memory", reset: true);
        }

        UpdateOnMatch(CrashPatterns.CentipedeStackLimit(), line, state, newType: "Stack-overflow");
        UpdateOnMatch(CrashPatterns.V8SandboxViolation(), line, state, newType: "V8 sandbox violation");
        return LineOutcome.Next;
    }

    /// <summary>Signatures that only count while no crash type is known; all of them see the same "no type yet".</summary>
    private LineOutcome DetectFirstCrash(ParseState state, string line)
    {
        if (state.CrashType.Length != 0)
        {
            return LineOutcome.Next;
        }

        UpdateOnMatch(CrashPatterns.WindowsCdbStackOverflow(), line, state, newType: "Stack-overflow");
        UpdateOnMatch(CrashPatterns.WindowsCdbCrashType(), line, state, typeGroup: 1, typeFilter: FixWindowsCdbCrashType);
        UpdateOnMatch(CrashPatterns.Asan(), line, state, reset: true, typeGroup: 2, typeFilter: FixSanitizerCrashType);
        UpdateOnMatch(CrashPatterns.HwasanAllocationTailOverwrittenAddress(), line, state, addressGroup: 1);
        UpdateOnMatch(CrashPatterns.GpuProcessFailure(), line, state, newType: "GPU failure", newState: "", reset: true);

        if (UpdateOnMatch(CrashPatterns.JazzerJavaSecurityException(), line, state, newType: "Security exception") is not null
            || UpdateOnMatch(CrashPatterns.JazzerJavaException(), line, state, newType: "Uncaught exception") is not null)
        {
            state.FoundJavaException = true;
        }

        if (UpdateOnMatch(CrashPatterns.WycheproofJavaException(), line, state, newType: "Wycheproof error", stateGroup: 1) is not null)
        {
            state.FoundJavaException = true;
        }

        if (UpdateOnMatch(CrashPatterns.AndroidFatalException(), line, state, newType: "Fatal Exception", reset: true) is not null)
        {
            state.FoundJavaException = true;
        }

        UpdateOnCheckFailure(state, line, CrashPatterns.GoogleLogFatal(), "Fatal error");
        UpdateOnCheckFailure(state, line, CrashPatterns.ChromeCheckFailure(), "CHECK failure");
        UpdateOnCheckFailure(state, line, CrashPatterns.GoogleCheckFailure(), "CHECK failure");

        var fatal = UpdateOnMatch(CrashPatterns.FatalError(), line, state, newType: "Fatal error", reset: true);
        if (fatal is not null)
        {
            state.FatalErrorOccurred = true;
            if (fatal.Groups[1].Success)
            {
                state.CrashState = FilterStackFrame(fatal.Groups[1].Value);
            }
        }

        if (state.IsGolang)
        {
            var golangFatal = UpdateOnMatch(CrashPatterns.GolangFatalError(), line, state, newType: "Fatal error", reset: true);
            if (golangFatal is not null)
            {
                state.CrashState = golangFatal.Groups[1].Value + "\n";
            }
        }

        if (_options.DetectV8RuntimeErrors)
        {
            var runtimeError = UpdateOnMatch(CrashPatterns.RuntimeError(), line, state, newType: "RUNTIME_ASSERT", reset: true);
            if (runtimeError is not null)
            {
                state.CrashState = FilterStackFrame(runtimeError.Groups[1].Value);
                state.FatalErrorOccurred = true;
            }
        }

        var abort = UpdateOnMatch(CrashPatterns.V8AbortFailure(), line, state, newType: "ASSERT", reset: true);
        if (abort is not null)
        {
            var error = abort.Groups[1].Value;
            var metadata = MatchOrNull(CrashPatterns.V8AbortMetadata(), error);
            state.CrashState = metadata is not null
                ? metadata.Groups[1].Value + "\n" + FixFilenameString(metadata.Groups[2].Value)
                : error;
            state.FrameCount = MaxCrashStateFrames;
        }

        var v8Error = UpdateOnMatch(CrashPatterns.V8Error(), line, state, newType: "V8 API error", reset: true);
        if (v8Error is not null)
        {
            state.CrashState = v8Error.Groups[1].Value + "\n";
        }

        UpdateOnMatch(CrashPatterns.V8CorrectnessFailure(), line, state, newType: "V8 correctness failure", reset: true);
        UpdateOnMatch(CrashPatterns.GenericSegvHandler(), line, state, newType: "UNKNOWN", addressGroup: 1, addressFilter: s => "0x" + s, reset: true);
        UpdateOnMatch(CrashPatterns.LibFuzzerDeadlySignal(), line, state, newType: "Fatal-signal", reset: true);
        UpdateOnMatch(CrashPatterns.LibFuzzerFuzzTargetExited(), line, state, newType: "Unexpected-exit", reset: true);
        UpdateOnMatch(CrashPatterns.LibFuzzerOverwritesConstInput(), line, state, newType: "Overwrites-const-input", reset: true);
        UpdateOnMatch(CrashPatterns.LibraryNotFoundAndroid(), line, state, newType: "Missing-library", stateGroup: 2, reset: true);
        UpdateOnMatch(CrashPatterns.LibraryNotFoundLinux(), line, state, newType: "Missing-library", stateGroup: 1, reset: true);
        UpdateOnMatch(CrashPatterns.SymbolNotFound(), line, state, newType: "Missing-library", stateGroup: 2, reset: true);
        return LineOutcome.Next;
    }

    private LineOutcome DetectFatalErrorDetails(ParseState state, string line)
    {
        if (!state.FatalErrorOccurred)
        {
            return LineOutcome.Next;
        }

        var errorLine = UpdateOnMatch(CrashPatterns.FatalErrorLine(), line, state, newType: "Fatal error");
        if (errorLine is null && _options.DetectV8RuntimeErrors)
        {
            errorLine = UpdateOnMatch(CrashPatterns.RuntimeErrorLine(), line, state, newType: "RUNTIME_ASSERT");
        }

        if (errorLine is not null)
        {
            state.CheckFailureSourceFile = FixFilenameString(errorLine.Groups[1].Value);
            state.CrashState = state.CheckFailureSourceFile + "\n";
            return LineOutcome.SkipLine;
        }

        // A generic fatal error gives way to the (D)CHECK failure that follows it.
        var check = UpdateOnMatch(CrashPatterns.FatalErrorDcheckFailure(), line, state, newType: "DCHECK failure", reset: true)
            ?? UpdateOnMatch(CrashPatterns.FatalErrorCheckFailure(), line, state, newType: "CHECK failure", reset: true)
            ?? UpdateOnMatch(CrashPatterns.FatalErrorGenericFailure(), line, state, reset: true);
        if (check is not null && PythonText.Strip(check.Groups[2].Value).Length > 0)
        {
            var failure = FixCheckFailureString(check.Groups[2].Value);
            state.CrashState = state.CheckFailureSourceFile.Length > 0
                ? failure + " in " + state.CheckFailureSourceFile + "\n"
                : failure + "\n";
            state.FrameCount = 1;
        }

        var unreachableState = state.CheckFailureSourceFile.Length > 0 ? state.CheckFailureSourceFile + "\n" : null;
        UpdateOnMatch(CrashPatterns.FatalErrorUnreachable(), line, state, newState: unreachableState, newType: "Unreachable code", reset: true);
        return LineOutcome.Next;
    }

    private LineOutcome DetectFrames(ParseState state, string line)
    {
        if (IsMatch(CrashPatterns.FuzzerExit(), line, state))
        {
            state.Categories.Add("Fuzzer-exit");
        }

        UpdateOnMatch(CrashPatterns.WindowsCdbStackStart(), line, state, newState: "", newFrameCount: 0);

        // Frames after these markers belong to allocation or thread-creation stacks, not to the crash.
        if (state.CrashState.Length > 0 && StateStopMarkers.Any(m => line.Contains(m, StringComparison.Ordinal)))
        {
            state.FrameCount = MaxCrashStateFrames;
            return LineOutcome.SkipLine;
        }

        if (state.CrashType.Length == 0)
        {
            return LineOutcome.SkipLine;
        }

        // ART's own frames under a JNI error are the same for every bug; skipping them helps deduplication.
        if (state.CrashState.Contains(CrashPatterns.JniErrorString, StringComparison.Ordinal) && line.Contains("/art/runtime/", StringComparison.Ordinal))
        {
            return LineOutcome.SkipLine;
        }

        if (AddFrame(state, line, CrashPatterns.WindowsCdbStackFrame(), 4, FrameLayout.WindowsCdb) is not null
            || AddFrame(state, line, CrashPatterns.SanStackFrame(), 3, FrameLayout.Sanitizer, fuzzTargetEntryByFile: true) is not null
            || AddFrame(state, line, CrashPatterns.ChromeStackFrame(), 4, FrameLayout.Chrome) is not null
            || (IsMacFrameCandidate(line) && AddFrame(state, line, CrashPatterns.ChromeMacStackFrame(), 6, FrameLayout.ChromeMac, demangle: true) is not null)
            || AddFrame(state, line, CrashPatterns.ChromeWinStackFrame(), 1, FrameLayout.ChromeWindows) is not null)
        {
            return LineOutcome.SkipLine;
        }

        if (state.FoundJavaException && JavaExceptionTypes.Contains(state.CrashType))
        {
            AddFrame(state, line, CrashPatterns.JavaExceptionFrame(), 1);
            return LineOutcome.SkipLine;
        }

        var kernelFrame = AddFrame(state, line, CrashPatterns.AndroidKernelStackFrame(), 3);
        if (kernelFrame is not null)
        {
            state.FoundAndroidKernelCrash = true;
            // The first frame's address is the crash address unless KASan reported a better one.
            if (state.FrameCount == 1 && !state.IsKasan)
            {
                state.CrashAddress = "0x" + kernelFrame.Groups[1].Value;
            }

            return LineOutcome.SkipLine;
        }

        if (AddFrame(state, line, CrashPatterns.AndroidKernelStackFrameNoAddress(), 2) is not null)
        {
            state.FoundAndroidKernelCrash = true;
            return LineOutcome.SkipLine;
        }

        if (AddFrame(state, line, CrashPatterns.V8CorrectnessMetadata(), 1, filter: static s => s) is not null
            || (state.IsGolang && AddFrame(state, line, CrashPatterns.GolangStackFrameFunction(), 1, filter: static s => s[(s.LastIndexOf('/') + 1)..]) is not null)
            || (state.IsPython && AddFrame(state, line, CrashPatterns.PythonStackFrameFunction(), 3, FrameLayout.Python) is not null)
            || (state.IsJavaScript && AddFrame(state, line, CrashPatterns.JazzerJsStackFrameFunction(), 1) is not null)
            || (state.IsTrusty && AddFrame(state, line, CrashPatterns.TrustyStackFrame(), 4) is not null))
        {
            return LineOutcome.SkipLine;
        }

        return LineOutcome.Next;
    }

    /// <summary>
    /// Whether the macOS frame pattern can match at all (a leading frame number and a "+ offset"); its image-name
    /// part backtracks exponentially on other lines that start with a number, such as kernel process tables.
    /// </summary>
    private static bool IsMacFrameCandidate(string line) => line.Length > 0 && char.IsAsciiDigit(line[0]) && line.Contains('+', StringComparison.Ordinal);

    /// <summary>ClusterFuzz's add_frame_on_match: a matching frame line is consumed even when the frame is not meaningful.</summary>
    private Match? AddFrame(
        ParseState state,
        string line,
        Regex regex,
        int group,
        FrameLayout? layout = null,
        Func<string, string>? filter = null,
        bool fuzzTargetEntryByFile = false,
        bool demangle = false)
    {
        var match = MatchOrNull(regex, line, state);
        if (match is null)
        {
            return null;
        }

        var frame = PythonText.Strip(GroupOrEmpty(match, group));
        var structure = MatchOrNull(CrashPatterns.StripFunctionPrefix(), frame) ?? MatchOrNull(CrashPatterns.StripModuleParentheses(), frame);
        if (structure is not null)
        {
            frame = structure.Groups[1].Value;
        }

        if (demangle)
        {
            // A NUL cannot be in a symbol: this line only looks like a frame.
            if (frame.Contains('\0', StringComparison.Ordinal))
            {
                return null;
            }

            frame = ItaniumNames.Demangle(frame);
        }

        var (file, lineNumber, keepAsIs) = layout is { } l ? l.Read(match) : (null, null, false);
        filter ??= keepAsIs ? static s => s : FilterStackFrame;

        // The fuzz target's entry point is the same in every target; its file tells targets apart.
        if (fuzzTargetEntryByFile && frame.StartsWith("LLVMFuzzerTestOneInput", StringComparison.Ordinal) && file is not null)
        {
            var name = file.Replace('\\', '/');
            frame = frame.Replace("LLVMFuzzerTestOneInput", name[(name.LastIndexOf('/') + 1)..], StringComparison.Ordinal);
        }

        if (IsIgnoredFrame(frame, state))
        {
            return match;
        }

        var filtered = filter(frame);
        state.RawFrames.Add(filtered);
        if (state.Frames.Count < CrashAnalysis.MaxFrames)
        {
            state.Frames.Add(new CrashFrame(filtered, file, lineNumber));
        }

        if (state.FrameCount < MaxCrashStateFrames)
        {
            state.CrashState += filtered + "\n";
            state.FrameCount++;
            if (IsMatch(CrashPatterns.FuzzerDirectory(), line, state))
            {
                state.FuzzerDirectoryFrames++;
            }
        }

        return match;
    }

    private bool IsIgnoredFrame(string frame, ParseState state)
    {
        if (frame.Length < 3)
        {
            return true;
        }

        var normalized = frame.Replace('\\', '/');
        return IsMatch(FrameIgnoreList.Always(), normalized, state)
            || _extraIgnored.Any(r => IsMatch(r, normalized, state))
            || (_options.Symbolized && IsMatch(FrameIgnoreList.IfSymbolized(), normalized, state));
    }

    /// <summary>ClusterFuzz's _filter_stack_frame: drops anonymous namespaces, module prefixes, arguments and offsets.</summary>
    internal static string FilterStackFrame(string frame)
    {
        frame = frame
            .Replace("non-virtual thunk to ", "", StringComparison.Ordinal)
            .Replace("(anonymous namespace)::", "", StringComparison.Ordinal)
            .Replace("`anonymous namespace'::", "", StringComparison.Ordinal);
        frame = frame[(frame.LastIndexOf('!') + 1)..];

        var bracket = frame.IndexOfAny(['(', '[']);
        if (bracket > 0)
        {
            return PythonText.Strip(frame[..bracket]);
        }

        var stripped = PythonText.Strip(frame);
        var space = stripped.IndexOf(' ', StringComparison.Ordinal);
        return space >= 0 ? stripped[..space] : stripped;
    }

    private static string FixSanitizerCrashType(string crashType) =>
        PythonText.Capitalize(crashType.ToLowerInvariant().Replace('_', '-'))
            .Replace("Int-divide-by-zero", "Divide-by-zero", StringComparison.Ordinal);

    private static string FixWindowsCdbCrashType(string crashType)
    {
        if (crashType.EndsWith("_AVRF", StringComparison.Ordinal))
        {
            crashType = crashType[..^"_AVRF".Length];
        }

        return PythonText.Capitalize(crashType.Replace('_', '-').ToLowerInvariant())
            .Replace("Status-integer-overflow", "Integer-overflow", StringComparison.Ordinal)
            .Replace("Status-integer-divide-by-zero", "Divide-by-zero", StringComparison.Ordinal);
    }

    /// <summary>Removes what varies between occurrences of the same CHECK: compared values, quoted data.</summary>
    internal static string FixCheckFailureString(string failure)
    {
        if (failure.StartsWith(CrashPatterns.CheckFailurePrefix, StringComparison.Ordinal))
        {
            failure = failure[CrashPatterns.CheckFailurePrefix.Length..];
        }

        failure = Replace(CrashPatterns.CheckFailedVersus(), failure, "");
        failure = Replace(CrashPatterns.ParenthesisedVersus(), failure, "");
        failure = Replace(CrashPatterns.QuotedValueSuffix(), failure, "");
        return PythonText.Strip(failure, " .'\"[]");
    }

    /// <summary>The bare file name: no path, line number or surrounding punctuation.</summary>
    internal static string FixFilenameString(string filename)
    {
        filename = PythonText.Strip(filename, " .'\"[]");
        filename = filename.Split(':')[0].Split('(')[0];
        filename = filename.Replace('\\', '/');
        return filename[(filename.LastIndexOf('/') + 1)..];
    }

    private static string Replace(Regex regex, string input, string replacement, int count = -1)
    {
        try
        {
            return regex.Replace(input, replacement, count);
        }
        catch (RegexMatchTimeoutException)
        {
            return input;
        }
    }

    private static string AndroidKernelFaultDescription(string code)
    {
        if (!BigInteger.TryParse("0" + PythonText.Strip(code), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            return "BUG";
        }

        var fault = (value & 0x800) == 0 ? "READ " : "WRITE ";
        var status = (int)(value & 0b1111);
        fault += AndroidKernelStatus.TryGetValue(status, out var name) ? name : "Unknown";
        fault += " (" + value.ToString(CultureInfo.InvariantCulture) + ")";
        return "Kernel failure\n" + fault;
    }

    private static string KasanCrashType(string crashType) => "Kernel failure\n" + PythonText.Capitalize(crashType.Replace(' ', '-'));

    private static readonly BigInteger[] AssertCrashAddresses = [0x0000bbadbeef, 0x0000fbadbeef, 0x00001f75b7dd, 0x0000977537dd, 0x00009f7537dd];

    internal static bool IsAssertCrashAddress(BigInteger address) => AssertCrashAddresses.Contains(address);

    /// <summary>For stack overflows, a repeated cycle of frames is the signature, wherever the overflow was caught.</summary>
    private static void UseStackOverflowCycle(ParseState state)
    {
        if (state.CrashType != "Stack-overflow")
        {
            return;
        }

        var frames = state.RawFrames;
        for (var start = 0; start < frames.Count; start++)
        {
            for (var length = 1; length <= MaxCycleLength; length++)
            {
                if (start + (RepeatedCycleCount * length) >= frames.Count)
                {
                    continue;
                }

                var repeated = true;
                for (var i = 1; i < RepeatedCycleCount && repeated; i++)
                {
                    for (var j = 0; j < length; j++)
                    {
                        if (!string.Equals(frames[start + j], frames[start + (i * length) + j], StringComparison.Ordinal))
                        {
                            repeated = false;
                            break;
                        }
                    }
                }

                if (repeated)
                {
                    state.CrashState = string.Join("\n", frames.Skip(start).Take(Math.Min(length, MaxCrashStateFrames))) + "\n";
                    return;
                }
            }
        }
    }

    /// <summary>ClusterFuzz's filter_crash_parameters: the same crash reads the same whatever tool reported it.</summary>
    private void Normalize(ParseState state)
    {
        state.CrashState = PythonText.Printable(state.CrashState);
        if (state.CrashState.Contains(CrashPatterns.JniErrorString, StringComparison.Ordinal))
        {
            state.CrashState = state.CrashState.Replace(CrashPatterns.JniErrorString, "JNI:", StringComparison.Ordinal);
        }

        if (_options.Symbolized)
        {
            // V8 correctness failures keep their numbers: the state holds their configuration.
            if (state.CrashType != "V8 correctness failure")
            {
                state.CrashState = FilterAddressesAndNumbers(state.CrashState);
            }

            var capped = new System.Text.StringBuilder();
            foreach (var line in PythonText.SplitLines(state.CrashState))
            {
                capped.Append(line.StartsWith("Bad-cast", StringComparison.Ordinal) || line.Length <= LineLengthCap ? line : line[..LineLengthCap]).Append('\n');
            }

            state.CrashState = capped.ToString();
        }

        if (state.CrashType.Length > 0 && PythonText.Strip(state.CrashState).Length == 0)
        {
            state.CrashState = NonEmpty(state.ProcessName) ?? NonEmpty(_options.FuzzTarget) ?? "NULL";
        }

        if (NonEmpty(_options.FuzzTarget) is { } target && state.CrashType is "Out-of-memory" or "Timeout" or "Overwrites-const-input")
        {
            state.CrashState = target;
        }

        if (state.CrashState.Length > 0 && state.CrashState != "NULL" && state.CrashState[^1] != '\n')
        {
            state.CrashState += "\n";
        }

        var size = MatchOrNull(CrashPatterns.AccessSize(), state.CrashType);
        if (size is not null)
        {
            var digits = PythonText.NormalizeDigits(size.Groups[2].Value, out var large);
            state.CrashType = size.Groups[1].Value + (large ? "{*}" : digits) + state.CrashType[(size.Index + size.Length)..];
        }

        if (state.CrashAddress.StartsWith("0x0000", StringComparison.Ordinal) && state.CrashAddress.Length == 18)
        {
            state.CrashAddress = "0x" + state.CrashAddress["0x0000".Length..];
        }

        if (state.CrashAddress.Length > 0 && state.CrashType.StartsWith("UNKNOWN", StringComparison.Ordinal)
            && PythonText.AddressToInteger(state.CrashAddress) < SecurityClassifier.NullDereferenceBoundary)
        {
            state.CrashType = state.CrashType.Replace("UNKNOWN", "Null-dereference", StringComparison.Ordinal);
        }
    }

    private static string? NonEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;

    /// <summary>Addresses become ADDRESS and long or standalone numbers NUMBER, so states do not differ by run.</summary>
    internal static string FilterAddressesAndNumbers(string state)
    {
        // ClusterFuzz passes re.DOTALL where re.sub takes its count, so at most 16 offsets are removed.
        var result = Replace(CrashPatterns.TrailingOffset(), state, "\n", 16);
        result = Replace(CrashPatterns.AddressLike(), result, "ADDRESS");
        return Replace(CrashPatterns.NumberLike(), result, "NUMBER");
    }
}
