using System.Text.RegularExpressions;

namespace Clearinghouse.Standards.Crashes;

/// <summary>
/// The line signatures of ClusterFuzz's stack analyzer (google/clusterfuzz, src/clusterfuzz/stacktraces/constants.py),
/// restated for .NET. Python's <c>re.match</c> anchors at the start only, so every pattern used that way begins with
/// <c>^</c>; groups are unnamed so that their numbers are the ones the analyzer's group indices refer to.
/// Patterns of the form <c>^.*X.*</c> whose groups are never read are written as a search for <c>X</c>: a line has no
/// line breaks, so both match the same lines, and the search is linear where the backtracking form is not.
/// Every pattern has a match timeout because one report line can be hundreds of kilobytes long.
/// </summary>
internal static partial class CrashPatterns
{
    private const RegexOptions Plain = RegexOptions.CultureInvariant;
    private const RegexOptions NoCase = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    /// <summary>Per match; a line that takes longer is treated as not matching.</summary>
    internal const int TimeoutMilliseconds = 500;

    internal const string CheckFailurePrefix = "Check failed: ";
    internal const string JniErrorString = "JNI DETECTED ERROR IN APPLICATION:";

    // Google fatal log prefix, e.g. "F0811 10:25:28.123 4567 file.cc:12]".
    private const string GoogleLogFatalPrefix = @"^F\d{4}\s+\d{2}:\d{2}:\d{2}\.\d+\s+\d+\s+(.*):\d+\]";

    [GeneratedRegex(@"^Abort message: (.*)", Plain, TimeoutMilliseconds)]
    internal static partial Regex AndroidAbort();

    [GeneratedRegex(@"FATAL EXCEPTION.*:", Plain, TimeoutMilliseconds)]
    internal static partial Regex AndroidFatalException();

    [GeneratedRegex(@"^.*Internal error: (Oops)?( -|:) (BUG|[0-9a-fA-F]+)", Plain, TimeoutMilliseconds)]
    internal static partial Regex AndroidKernelError();

    [GeneratedRegex(@"^[^(]*\[<([x0-9a-fA-F]+)>\]\s+\(?(([\w]+)\+([\w]+)/[\w]+)\)?", Plain, TimeoutMilliseconds)]
    internal static partial Regex AndroidKernelStackFrame();

    [GeneratedRegex(@"^\(?(([\w]+)\+([\w]+)/[\w]+)\)?", Plain, TimeoutMilliseconds)]
    internal static partial Regex AndroidKernelStackFrameNoAddress();

    [GeneratedRegex(@"^\[\s*\d+\.\d+\]\s", Plain, TimeoutMilliseconds)]
    internal static partial Regex AndroidKernelTime();

    [GeneratedRegex(@"^.*[(](.*)[)]$", Plain, TimeoutMilliseconds)]
    internal static partial Regex AndroidProcessName();

    [GeneratedRegex(@"^.*signal.*\(SIG.*fault addr ([^ ]*)(.*)", Plain, TimeoutMilliseconds)]
    internal static partial Regex AndroidSegv();

    [GeneratedRegex(@"signal.*\(SIGABRT.*fault addr --------", Plain, TimeoutMilliseconds)]
    internal static partial Regex AndroidSigabrt();

    [GeneratedRegex(@"^.*signal.*\(SIGTRAP.*fault addr ([^ ]*)(.*)", Plain, TimeoutMilliseconds)]
    internal static partial Regex AndroidSigtrap();

    [GeneratedRegex(@"^.*AddressSanitizer: attempting free on address which was not malloc\(\)-ed: ([xX0-9a-fA-F]+)", Plain, TimeoutMilliseconds)]
    internal static partial Regex AsanInvalidFree();

    [GeneratedRegex(@"^.*(AddressSanitizer).*double-free on (unknown address |address |)([xX0-9a-fA-F]+)", Plain, TimeoutMilliseconds)]
    internal static partial Regex AsanDoubleFree();

    [GeneratedRegex(@"^.*(AddressSanitizer).*memcpy-param-overlap[^\[]*([\[].*[)])", Plain, TimeoutMilliseconds)]
    internal static partial Regex AsanMemcpyOverlap();

    [GeneratedRegex(@"^.*ERROR: (HWAddressSanitizer|AddressSanitizer)[: ]*[ ]*([^(:;]+)", Plain, TimeoutMilliseconds)]
    internal static partial Regex Asan();

    [GeneratedRegex(@"^(?:\[.*?\]|.*\.(?:c|cc|cpp|cxx|h|hh|hpp|hxx):.*)?\s*(?:ASSERT(?:ION)? FAIL(?:URE|ED)|panic): (.*)", NoCase, TimeoutMilliseconds)]
    internal static partial Regex Assert();

    [GeneratedRegex(GoogleLogFatalPrefix + @".*assertion failed at\s.*\sin\s*.*: (.*)", Plain, TimeoutMilliseconds)]
    internal static partial Regex AssertGoogle();

    [GeneratedRegex(@"^.*:\s*assertion [`'""]?(.*?)[`'""]? failed\.?$", NoCase, TimeoutMilliseconds)]
    internal static partial Regex AssertGlibc();

    [GeneratedRegex(@"^(?=.*assertion .* failed:.).*.*\S.*/.*:\d+:\s*assertion .* failed:\s*(\S.*)", Plain, TimeoutMilliseconds)]
    internal static partial Regex AssertGlibcSuffixed();

    [GeneratedRegex(@"^\s*SHOULD NEVER BE REACHED\s*$", Plain, TimeoutMilliseconds)]
    internal static partial Regex AssertNotReached();

    [GeneratedRegex(@"^(?:========= Timeout of \d+ seconds exceeded; exiting|========= Per-input timeout exceeded:)", Plain, TimeoutMilliseconds)]
    internal static partial Regex CentipedeTimeout();

    [GeneratedRegex(@"^========= Stack limit exceeded: \d+ > \d+ \(byte\); aborting$", Plain, TimeoutMilliseconds)]
    internal static partial Regex CentipedeStackLimit();

    [GeneratedRegex(@"^(.*): runtime error: control flow integrity check for type (.*) failed during (.*vtable address ([xX0-9a-fA-F]+)|.*)", Plain, TimeoutMilliseconds)]
    internal static partial Regex CfiError();

    [GeneratedRegex(@"^.*note: vtable is of type (.*)", Plain, TimeoutMilliseconds)]
    internal static partial Regex CfiInvalidDowncast();

    [GeneratedRegex(@"note: invalid vtable$", Plain, TimeoutMilliseconds)]
    internal static partial Regex CfiInvalidVptr();

    [GeneratedRegex(@"note: .* defined here$", Plain, TimeoutMilliseconds)]
    internal static partial Regex CfiFunctionDefinedHere();

    [GeneratedRegex(@"^CFI: Most likely a control flow integrity violation;.*", Plain, TimeoutMilliseconds)]
    internal static partial Regex CfiNoDebugErrorMarker();

    [GeneratedRegex(@"^\s*\[[^\]]*[:]([^\](]*\([0-9]+\)|[^\]:]*[:][0-9]+).*\].*(?:Check failed:|DCHECK failed:|NOTREACHED hit.)\s*([^;]*)", Plain, TimeoutMilliseconds)]
    internal static partial Regex ChromeCheckFailure();

    /// <summary>Groups: 2 frame id, 3 address, 4 function (with offset).</summary>
    [GeneratedRegex(@"^[ ]*(#([0-9]+)[ ]([xX0-9a-fA-F]+)[ ])([^/\\]+)$", Plain, TimeoutMilliseconds)]
    internal static partial Regex ChromeStackFrame();

    /// <summary>Groups: 1 function, 2 function base, 3 decimal offset, 5 file, 6 line.</summary>
    [GeneratedRegex(@"^[ ]*([^/\\]+) \[([xX0-9a-fA-F]+)\+(\d+)\]( \((.*):(\d+)\))?", Plain, TimeoutMilliseconds)]
    internal static partial Regex ChromeWinStackFrame();

    /// <summary>Groups: 1 frame id, 2 image, 5 address, 6 function, 7 decimal offset.</summary>
    [GeneratedRegex(@"^(\d+)\s+(([\w ]+)|(\?\?\?))\s+([xX0-9a-fA-F]+)\s+([^/\\]+)\s*\+\s*(\d+)", Plain, TimeoutMilliseconds)]
    internal static partial Regex ChromeMacStackFrame();

    [GeneratedRegex(@"^.*(ThreadSanitizer|MemorySanitizer):\s+(?!ABRT)(?!ILL)([^(:]+)", Plain, TimeoutMilliseconds)]
    internal static partial Regex MsanTsan();

    [GeneratedRegex(@"^===BUG DETECTED: Shell (corruption|injection)===", Plain, TimeoutMilliseconds)]
    internal static partial Regex ExtraSanitizersCommandInjection();

    [GeneratedRegex(@"^===BUG DETECTED: Arbitrary file open===", Plain, TimeoutMilliseconds)]
    internal static partial Regex ExtraSanitizersArbitraryFileOpen();

    [GeneratedRegex(@"^===BUG DETECTED: Arbitrary domain name resolution===", Plain, TimeoutMilliseconds)]
    internal static partial Regex ExtraSanitizersArbitraryDns();

    [GeneratedRegex(@"^===BUG DETECTED: PySecSan:", Plain, TimeoutMilliseconds)]
    internal static partial Regex ExtraSanitizersPySecSan();

    [GeneratedRegex(@"^#\s+()(.*)", Plain, TimeoutMilliseconds)]
    internal static partial Regex FatalErrorGenericFailure();

    [GeneratedRegex(@"^#\s+(Check failed: |RepresentationChangerError: node #\d+:)(.*)", Plain, TimeoutMilliseconds)]
    internal static partial Regex FatalErrorCheckFailure();

    [GeneratedRegex(@"^#\s+(Debug check failed: )(.*)", Plain, TimeoutMilliseconds)]
    internal static partial Regex FatalErrorDcheckFailure();

    [GeneratedRegex(@"^#\s*Fatal error(?: in (.*))?$", Plain, TimeoutMilliseconds)]
    internal static partial Regex FatalError();

    [GeneratedRegex(@"^#\s*Fatal error in (.*), line [0-9]+", Plain, TimeoutMilliseconds)]
    internal static partial Regex FatalErrorLine();

    [GeneratedRegex(@"^# un(reachable|implemented) code", Plain, TimeoutMilliseconds)]
    internal static partial Regex FatalErrorUnreachable();

    [GeneratedRegex(@"^\s*#\d 0x.*(?:fuzzer|fuzz/|/fuzz)", NoCase, TimeoutMilliseconds)]
    internal static partial Regex FuzzerDirectory();

    [GeneratedRegex(@"^\s*(?:#0|#1) 0x.*(?:fuzzer|fuzz/|/fuzz)", NoCase, TimeoutMilliseconds)]
    internal static partial Regex FuzzerExit();

    [GeneratedRegex(@"^Received signal 11 (?:SEGV_[A-Z]+|<unknown>) ([0-9a-f]*)", Plain, TimeoutMilliseconds)]
    internal static partial Regex GenericSegvHandler();

    [GeneratedRegex(GoogleLogFatalPrefix + @"\s*Check failed[:]\s*(.*)", Plain, TimeoutMilliseconds)]
    internal static partial Regex GoogleCheckFailure();

    [GeneratedRegex(GoogleLogFatalPrefix + @"\s*(.*)", Plain, TimeoutMilliseconds)]
    internal static partial Regex GoogleLogFatal();

    [GeneratedRegex(@"GPU process exited unexpectedly", Plain, TimeoutMilliseconds)]
    internal static partial Regex GpuProcessFailure();

    [GeneratedRegex(@"^.*ERROR: HWAddressSanitizer: allocation-tail-overwritten; heap object \[([xX0-9a-fA-F]+),.*of size", Plain, TimeoutMilliseconds)]
    internal static partial Regex HwasanAllocationTailOverwrittenAddress();

    [GeneratedRegex(@"^== Java Exception: .*FuzzerSecurityIssue", Plain, TimeoutMilliseconds)]
    internal static partial Regex JazzerJavaSecurityException();

    [GeneratedRegex(@"^== Java Exception: .*", Plain, TimeoutMilliseconds)]
    internal static partial Regex JazzerJavaException();

    [GeneratedRegex(@"^\s*at (.*)\(.*\)", Plain, TimeoutMilliseconds)]
    internal static partial Regex JavaExceptionFrame();

    [GeneratedRegex(@"^kernel BUG at (.*)", Plain, TimeoutMilliseconds)]
    internal static partial Regex KernelBug();

    [GeneratedRegex(@"^(Read|Write) of size ([0-9]+)", Plain, TimeoutMilliseconds)]
    internal static partial Regex KasanAccessType();

    [GeneratedRegex(@"^(Read|Write) of size ([0-9]+) at (addr|address) ([a-f0-9]+)", Plain, TimeoutMilliseconds)]
    internal static partial Regex KasanAccessTypeAddress();

    [GeneratedRegex(@"^BUG: KASAN: (.*) (in|on).*(addr|address) ([a-f0-9]+)", Plain, TimeoutMilliseconds)]
    internal static partial Regex KasanCrashTypeAddress();

    [GeneratedRegex(@"^KASAN: (.*?) (in|on) range \[([a-z0-9]+)-([a-z0-9]+)\]", Plain, TimeoutMilliseconds)]
    internal static partial Regex KasanCrashTypeAddressRange();

    [GeneratedRegex(@"^BUG: KASAN: (.*) (in|on).* ([\w]+)\+([\w]+)/([\w]+)", Plain, TimeoutMilliseconds)]
    internal static partial Regex KasanCrashTypeFunction();

    [GeneratedRegex(@"^general protection fault:.*KASAN", Plain, TimeoutMilliseconds)]
    internal static partial Regex KasanGpf();

    [GeneratedRegex(@"^Kernel panic - not syncing: (.*)", Plain, TimeoutMilliseconds)]
    internal static partial Regex KernelPanic();

    [GeneratedRegex(@"ERROR:\s*libFuzzer:\s*deadly signal", Plain, TimeoutMilliseconds)]
    internal static partial Regex LibFuzzerDeadlySignal();

    [GeneratedRegex(@"ERROR:\s*libFuzzer:\s*fuzz target exited", Plain, TimeoutMilliseconds)]
    internal static partial Regex LibFuzzerFuzzTargetExited();

    [GeneratedRegex(@"ERROR:\s*libFuzzer:\s*fuzz target overwrites its const input", Plain, TimeoutMilliseconds)]
    internal static partial Regex LibFuzzerOverwritesConstInput();

    [GeneratedRegex(@"ERROR:\s*libFuzzer:\s*timeout", Plain, TimeoutMilliseconds)]
    internal static partial Regex LibFuzzerTimeout();

    [GeneratedRegex(@"^.*: library ([`'""])(.*)\1 not found", Plain, TimeoutMilliseconds)]
    internal static partial Regex LibraryNotFoundAndroid();

    [GeneratedRegex(@"^.*error while loading shared libraries: ([^:]*): cannot open shared object file", Plain, TimeoutMilliseconds)]
    internal static partial Regex LibraryNotFoundLinux();

    [GeneratedRegex(@"^Program received signal ([a-zA-Z]+),", Plain, TimeoutMilliseconds)]
    internal static partial Regex LinuxGdbCrashType();

    [GeneratedRegex(@"^rip[ ]+([xX0-9a-fA-F]+)", Plain, TimeoutMilliseconds)]
    internal static partial Regex LinuxGdbCrashAddress();

    [GeneratedRegex(@"^(0[xX][0-9a-fA-F]+)\s+in\s+", Plain, TimeoutMilliseconds)]
    internal static partial Regex LinuxGdbCrashAddressNoRegisters();

    [GeneratedRegex(@"^Direct leak of ", Plain, TimeoutMilliseconds)]
    internal static partial Regex LsanDirectLeak();

    [GeneratedRegex(@"^Indirect leak of ", Plain, TimeoutMilliseconds)]
    internal static partial Regex LsanIndirectLeak();

    [GeneratedRegex(@"^Reason:.*at address[^0-9]*([0-9a-zA-Z]+)", Plain, TimeoutMilliseconds)]
    internal static partial Regex MacGdbCrashAddress();

    [GeneratedRegex(
        @"(?:# Allocation failed.*out of memory|::OnNoMemory|ERROR.*Sanitizer failed to allocate|FatalProcessOutOfMemory" +
        @"|Fatal (?:process|JavaScript) out of memory:|Fatal JavaScript invalid size error|FX_OutOfMemoryTerminate" +
        @"|Out of memory\. Dying.|Out of memory\. size=|Sanitizer: allocation-size-too-big|Sanitizer: calloc-overflow" +
        @"|Sanitizer: calloc parameters overflow|Sanitizer: requested allocation size.*exceeds maximum supported size" +
        @"|Sanitizer: out of memory|TerminateBecauseOutOfMemory|allocator is out of memory trying to allocate" +
        @"|blinkGCOutOfMemory|couldnt allocate.*Out of memory|libFuzzer: out-of-memory \(|rss limit exhausted|in rust_oom" +
        @"|Failure description: out-of-memory|========= RSS limit exceeded:|A device memory allocation has failed\." +
        @"|__rust_alloc_error_handler)",
        Plain,
        TimeoutMilliseconds)]
    internal static partial Regex OutOfMemory();

    [GeneratedRegex(@"^#\s*Runtime error in (.*)", Plain, TimeoutMilliseconds)]
    internal static partial Regex RuntimeError();

    [GeneratedRegex(@"^#\s*Runtime error in (.*), line [0-9]+", Plain, TimeoutMilliseconds)]
    internal static partial Regex RuntimeErrorLine();

    [GeneratedRegex(@"^thread\s.*\spanicked at '([^']*)", NoCase, TimeoutMilliseconds)]
    internal static partial Regex RustAssert();

    [GeneratedRegex(@"[a-zA-Z]Sanitizer: ABRT ", Plain, TimeoutMilliseconds)]
    internal static partial Regex SanAbrt();

    [GeneratedRegex(@"[a-zA-Z]Sanitizer: breakpoint ", Plain, TimeoutMilliseconds)]
    internal static partial Regex SanBreakpoint();

    [GeneratedRegex(@"^.*Sanitizer CHECK failed[:]\s*[^ ]*\s*(.*)", Plain, TimeoutMilliseconds)]
    internal static partial Regex SanCheckFailure();

    [GeneratedRegex(@"^[ ]*([^ ]*|Atomic [^ ]*) of size ([^ ]*) at ([^ ]*)", Plain, TimeoutMilliseconds)]
    internal static partial Regex SanCrashTypeAddress();

    [GeneratedRegex(@"^(Address|Leak|Memory|UndefinedBehavior|Thread)Sanitizer:DEADLYSIGNAL", Plain, TimeoutMilliseconds)]
    internal static partial Regex SanDeadlySignal();

    /// <summary>A line that lost its newline before a DEADLYSIGNAL marker; searched over the whole report.</summary>
    [GeneratedRegex(@"\n(?=.*Sanitizer:DEADLYSIGNAL.*)([^\n]*\S[^\n]*)((Address|Leak|Memory|UndefinedBehavior|Thread)Sanitizer:DEADLYSIGNAL)\n", Plain, TimeoutMilliseconds)]
    internal static partial Regex ConcatenatedSanDeadlySignal();

    [GeneratedRegex(@"[a-zA-Z]Sanitizer: FPE ", Plain, TimeoutMilliseconds)]
    internal static partial Regex SanFpe();

    [GeneratedRegex(@"[a-zA-Z]Sanitizer: ILL ", Plain, TimeoutMilliseconds)]
    internal static partial Regex SanIll();

    [GeneratedRegex(@"[a-zA-Z]Sanitizer: TRAP ", Plain, TimeoutMilliseconds)]
    internal static partial Regex SanTrap();

    [GeneratedRegex(@"^.*The signal is caused by a ([A-Z]+) memory access.", Plain, TimeoutMilliseconds)]
    internal static partial Regex SanSegvCrashType();

    /// <summary>Searched over the whole report (the analyzer matches it with DOTALL from the start).</summary>
    [GeneratedRegex(@"SCARINESS: (\d+) \(signal\)", Plain, TimeoutMilliseconds)]
    internal static partial Regex SanSignal();

    /// <summary>
    /// Groups: 1 frame id, 2 address, 3 everything after the address; function 7, 5 or 23; function offset 8;
    /// file 12 or 16; line 13 or 17; module 19 or 31; module offset 21 or 32.
    /// </summary>
    [GeneratedRegex(
        @"^\s*#(\d+)\s+([xX0-9a-fA-F]+)\s+((in\s*(((.*)\+([xX0-9a-fA-F]+))|(.*)) (" +
        @"(([^ ]+):(\d+):(\d+))|(([^ ]+):(\d+))|(\(([^+]+)(\+([xX0-9a-fA-F]+))?\))))" +
        @"|(in\s*(((.*)\+([xX0-9a-fA-F]+))|(.*)))" +
        @"|(\((((.*)\+([xX0-9a-fA-F]+))|(.*))\)))",
        Plain,
        TimeoutMilliseconds)]
    internal static partial Regex SanStackFrame();

    [GeneratedRegex(@"^.*(ERROR: [a-zA-Z]+Sanitizer)[: ]*(.*) on (unknown address |address |)([xX0-9a-fA-F]+)", Plain, TimeoutMilliseconds)]
    internal static partial Regex SanAddress();

    [GeneratedRegex(@"^.*([a-zA-Z]+Sanitizer).*(SEGV|access-violation) on unknown address ([xX0-9a-fA-F]+)", Plain, TimeoutMilliseconds)]
    internal static partial Regex SanSegv();

    [GeneratedRegex(@"^.*\[[^\]]*[:]([^\](]*).*\].*Security CHECK failed[:]\s*(.*)\.\s*", Plain, TimeoutMilliseconds)]
    internal static partial Regex SecurityCheckFailure();

    [GeneratedRegex(@"^.*\[[^\]]*[:]([^\](]*).*\].*Security DCHECK failed[:]\s*(.*)\.\s*", Plain, TimeoutMilliseconds)]
    internal static partial Regex SecurityDcheckFailure();

    [GeneratedRegex(@"^.*: cannot locate symbol ([`'""])(.*)\1 referenced by", Plain, TimeoutMilliseconds)]
    internal static partial Regex SymbolNotFound();

    [GeneratedRegex(@"^(uSP)\+([a-zA-Z0-9]{6}): (0x[a-fA-F0-9]{16}) in (\w+)", Plain, TimeoutMilliseconds)]
    internal static partial Regex TrustyStackFrame();

    [GeneratedRegex(@"^(.*): runtime error: (.*)", Plain, TimeoutMilliseconds)]
    internal static partial Regex UbsanRuntimeError();

    [GeneratedRegex(@"^(.*): runtime error: (member access within|member call on|downcast of) address ([xX0-9a-fA-F]+) .* of type (.*)", Plain, TimeoutMilliseconds)]
    internal static partial Regex UbsanVptr();

    [GeneratedRegex(@"^.*note: object is of type (.*)", Plain, TimeoutMilliseconds)]
    internal static partial Regex UbsanVptrInvalidDowncast();

    [GeneratedRegex(@"^.*at offset (\d+) within object of type (.*)", Plain, TimeoutMilliseconds)]
    internal static partial Regex UbsanVptrInvalidOffset();

    [GeneratedRegex(@"note: object has invalid vptr", Plain, TimeoutMilliseconds)]
    internal static partial Regex UbsanVptrInvalidVptr();

    [GeneratedRegex(@"^abort: (CSA_(?:ASSERT|DCHECK) failed: .*)", Plain, TimeoutMilliseconds)]
    internal static partial Regex V8AbortFailure();

    [GeneratedRegex(@"^(.*?) \[(.*):\d+\]$", Plain, TimeoutMilliseconds)]
    internal static partial Regex V8AbortMetadata();

    [GeneratedRegex(@"^#\s*V8 correctness failure", Plain, TimeoutMilliseconds)]
    internal static partial Regex V8CorrectnessFailure();

    [GeneratedRegex(@"^#\s*V8 correctness ((configs|sources|suppression): .*)", Plain, TimeoutMilliseconds)]
    internal static partial Regex V8CorrectnessMetadata();

    [GeneratedRegex(@"^\s*\[[^\]]*\] V8 error: (.+)\.$", Plain, TimeoutMilliseconds)]
    internal static partial Regex V8Error();

    [GeneratedRegex(@"^## V8 sandbox violation detected!$", Plain, TimeoutMilliseconds)]
    internal static partial Regex V8SandboxViolation();

    /// <summary>Groups: 1 child EBP, 2 return address, 3 module, 4 function, 5 offset.</summary>
    [GeneratedRegex(@"^([0-9a-zA-Z`]+) ([0-9a-zA-Z`]+) ([0-9a-zA-Z_]+)!(.*)\+([xX0-9a-fA-F]+)", Plain, TimeoutMilliseconds)]
    internal static partial Regex WindowsCdbStackFrame();

    [GeneratedRegex(@"^ChildEBP RetAddr", Plain, TimeoutMilliseconds)]
    internal static partial Regex WindowsCdbStackStart();

    [GeneratedRegex(@"^Attempt to (.*) [^ ]* address (.*)", Plain, TimeoutMilliseconds)]
    internal static partial Regex WindowsCdbCrashTypeAddress();

    [GeneratedRegex(@"^.*DEFAULT_BUCKET_ID[ ]*[:][ ]*([a-zA-Z_]+)", Plain, TimeoutMilliseconds)]
    internal static partial Regex WindowsCdbCrashType();

    [GeneratedRegex(@"ExceptionCode: .*\(Stack overflow\)", Plain, TimeoutMilliseconds)]
    internal static partial Regex WindowsCdbStackOverflow();

    [GeneratedRegex(@"[a-zA-Z]Sanitizer: illegal-instruction", Plain, TimeoutMilliseconds)]
    internal static partial Regex WindowsSanIll();

    [GeneratedRegex(@"^.*\) (.*\(com\.google\.security\.wycheproof\.[a-zA-Z0-9]*\))", Plain, TimeoutMilliseconds)]
    internal static partial Regex WycheproofJavaException();

    [GeneratedRegex(@"^fatal error: (.*)", Plain, TimeoutMilliseconds)]
    internal static partial Regex GolangFatalError();

    [GeneratedRegex(@"^([0-9a-zA-Z\.\-_\\/\(\)\*]+)\([x0-9a-f\s,\.{}]*\)$", Plain, TimeoutMilliseconds)]
    internal static partial Regex GolangStackFrameFunction();

    [GeneratedRegex(@"^\s*=== Uncaught Python exception: ===$", Plain, TimeoutMilliseconds)]
    internal static partial Regex PythonUnhandledException();

    [GeneratedRegex(@"^\s*File ""([^""]+)"", line (\d+), in (.+)$", Plain, TimeoutMilliseconds)]
    internal static partial Regex PythonStackFrameFunction();

    [GeneratedRegex(@"^\s*==\d+== Uncaught Exception: Jazzer.js: .*", Plain, TimeoutMilliseconds)]
    internal static partial Regex JazzerJsUncaughtException();

    [GeneratedRegex(@"^\s* at ([^\s]+) \(.*:\d+:\d+\)", Plain, TimeoutMilliseconds)]
    internal static partial Regex JazzerJsStackFrameFunction();

    [GeneratedRegex(@"^(?:.* )?panic( in .*)?: runtime error: integer divide by zero.*", NoCase, TimeoutMilliseconds)]
    internal static partial Regex GolangDivisionByZero();

    [GeneratedRegex(@"^(?:.* )?panic( in .*)?: runtime error: index out of range.*", NoCase, TimeoutMilliseconds)]
    internal static partial Regex GolangIndexOutOfRange();

    [GeneratedRegex(@"^(?:.* )?panic( in .*)?: runtime error: invalid memory address.*", NoCase, TimeoutMilliseconds)]
    internal static partial Regex GolangInvalidMemoryAddress();

    [GeneratedRegex(@"^(?:.* )?panic( in .*)?: runtime error: makeslice: len out of range.*", NoCase, TimeoutMilliseconds)]
    internal static partial Regex GolangMakesliceLenOutOfRange();

    [GeneratedRegex(@"^(?:.* )?panic( in .*)?: runtime error: slice bounds out of range.*", NoCase, TimeoutMilliseconds)]
    internal static partial Regex GolangSliceBoundsOutOfRange();

    [GeneratedRegex(@"^fatal error: stack overflow.*", Plain, TimeoutMilliseconds)]
    internal static partial Regex GolangStackOverflow();

    [GeneratedRegex(@"assumption is violated during execution", Plain, TimeoutMilliseconds)]
    internal static partial Regex UbsanAssumptionViolation();

    [GeneratedRegex(@"division by zero", Plain, TimeoutMilliseconds)]
    internal static partial Regex UbsanDivisionByZero();

    [GeneratedRegex(@"outside the range of representable values", Plain, TimeoutMilliseconds)]
    internal static partial Regex UbsanFloatCastOverflow();

    [GeneratedRegex(@"implicit conversion from type", Plain, TimeoutMilliseconds)]
    internal static partial Regex UbsanImplicitConversion();

    [GeneratedRegex(@"call to function [^\s]+ through pointer to incorrect function type", Plain, TimeoutMilliseconds)]
    internal static partial Regex UbsanIncorrectFunctionPointer();

    [GeneratedRegex(@"out of bounds for type", Plain, TimeoutMilliseconds)]
    internal static partial Regex UbsanIndexOutOfBounds();

    [GeneratedRegex(@"unsigned integer overflow", Plain, TimeoutMilliseconds)]
    internal static partial Regex UbsanUnsignedIntegerOverflow();

    [GeneratedRegex(@"(integer overflow|(negation|division) of.*cannot be represented in type)", Plain, TimeoutMilliseconds)]
    internal static partial Regex UbsanIntegerOverflow();

    [GeneratedRegex(@"not a valid value for type '(bool|BOOL)'", Plain, TimeoutMilliseconds)]
    internal static partial Regex UbsanInvalidBoolValue();

    [GeneratedRegex(@", which is not a valid argument", Plain, TimeoutMilliseconds)]
    internal static partial Regex UbsanInvalidBuiltin();

    [GeneratedRegex(@"not a valid value for type", Plain, TimeoutMilliseconds)]
    internal static partial Regex UbsanInvalidEnumValue();

    [GeneratedRegex(@"misaligned address", Plain, TimeoutMilliseconds)]
    internal static partial Regex UbsanMisalignedAddress();

    [GeneratedRegex(@"reached the end of a value-returning function", Plain, TimeoutMilliseconds)]
    internal static partial Regex UbsanNoReturnValue();

    [GeneratedRegex(@"null pointer passed as .*, which is declared to never be null", Plain, TimeoutMilliseconds)]
    internal static partial Regex UbsanNullArgument();

    [GeneratedRegex(@"load of null pointer", Plain, TimeoutMilliseconds)]
    internal static partial Regex UbsanNullPointerRead();

    [GeneratedRegex(@"(binding to|access within|call on) null pointer", Plain, TimeoutMilliseconds)]
    internal static partial Regex UbsanNullPointerReference();

    [GeneratedRegex(@"store to null pointer", Plain, TimeoutMilliseconds)]
    internal static partial Regex UbsanNullPointerWrite();

    [GeneratedRegex(@"address .* with insufficient space for an object of type", Plain, TimeoutMilliseconds)]
    internal static partial Regex UbsanObjectSize();

    [GeneratedRegex(@"((addition|subtraction) of unsigned offset |pointer index expression with base |applying non-zero offset [0-9]+ to null pointer|applying zero offset to null pointer)", Plain, TimeoutMilliseconds)]
    internal static partial Regex UbsanPointerOverflow();

    [GeneratedRegex(@"null pointer returned from function declared to never return null", Plain, TimeoutMilliseconds)]
    internal static partial Regex UbsanReturnsNonnullAttribute();

    [GeneratedRegex(@"shift", Plain, TimeoutMilliseconds)]
    internal static partial Regex UbsanShiftError();

    [GeneratedRegex(@"execution reached an unreachable program point", Plain, TimeoutMilliseconds)]
    internal static partial Regex UbsanUnreachable();

    [GeneratedRegex(@"upcast of null pointer of type", Plain, TimeoutMilliseconds)]
    internal static partial Regex UbsanUpcastOfNullPointer();

    [GeneratedRegex(@"variable length array bound evaluates to non-positive value", Plain, TimeoutMilliseconds)]
    internal static partial Regex UbsanVlaBound();

    /// <summary>Sanitizers prefix a function with "in "; the first of these that matches a frame keeps group 1.</summary>
    [GeneratedRegex(@"^in (.*)", Plain, TimeoutMilliseconds)]
    internal static partial Regex StripFunctionPrefix();

    /// <summary>Sanitizers wrap the module in parentheses when there is no function.</summary>
    [GeneratedRegex(@"^\((.*)\)$", Plain, TimeoutMilliseconds)]
    internal static partial Regex StripModuleParentheses();

    [GeneratedRegex(@"^(.*?)[\(\[].*", Plain, TimeoutMilliseconds)]
    internal static partial Regex BeforeParenthesisOrBracket();

    [GeneratedRegex(@"\+0x[0-9a-fA-F]+\n", Plain, TimeoutMilliseconds)]
    internal static partial Regex TrailingOffset();

    [GeneratedRegex(@"0x[a-fA-F0-9]{4,}[U]*", Plain, TimeoutMilliseconds)]
    internal static partial Regex AddressLike();

    // Not after ':', a digit or '.', and either four or more digits/dots, two or more digits after a space, or any
    // digits after '@' or '#'; not followed by a letter, digit or '.'. Spares source.cc:1234, libx-1.0.so and "x >= 1".
    [GeneratedRegex(@"(?<![:0-9.])(?:[0-9.]{4,}|(?<=\ )[0-9]{2,}|(?<=[@#])[0-9]+)(?![A-Za-z0-9.])", Plain, TimeoutMilliseconds)]
    internal static partial Regex NumberLike();

    [GeneratedRegex(@"(?<=failed): .*\svs\.\s.*$", Plain, TimeoutMilliseconds)]
    internal static partial Regex CheckFailedVersus();

    [GeneratedRegex(@" \(.*\s+vs\.\s+.*", Plain, TimeoutMilliseconds)]
    internal static partial Regex ParenthesisedVersus();

    [GeneratedRegex(@"\s*[:=]\s*(['""]).*\1$", Plain, TimeoutMilliseconds)]
    internal static partial Regex QuotedValueSuffix();

    [GeneratedRegex(@"^([^0-9]+)([0-9]+)", RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeoutMilliseconds)]
    internal static partial Regex AccessSize();

    [GeneratedRegex(@"^.*MiraclePtr Status:.+", Plain, TimeoutMilliseconds)]
    internal static partial Regex MiraclePtrStatus();

    [GeneratedRegex(@"FuzzerSecurityIssue(Critical|High|Medium|Low)", Plain, TimeoutMilliseconds)]
    internal static partial Regex FuzzerSecurityIssue();

    [GeneratedRegex(@"JNI DETECTED ERROR[^\n]+(deleted|invalid|unexpected|unknown|wrong)", Plain, TimeoutMilliseconds)]
    internal static partial Regex JniSecurityError();

    [GeneratedRegex(@"^[ \t]+#0[ \t]+0x[0-9a-f]+[ \t]+in gsignal ", RegexOptions.CultureInvariant | RegexOptions.Multiline, TimeoutMilliseconds)]
    internal static partial Regex GsignalFrame();

    [GeneratedRegex(@"^Linux version .+-(ab([0-9a-f]+)\s)", Plain, TimeoutMilliseconds)]
    internal static partial Regex LklLinuxVersion();
}
