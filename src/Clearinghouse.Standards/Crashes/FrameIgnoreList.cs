using System.Text.RegularExpressions;

namespace Clearinghouse.Standards.Crashes;

/// <summary>
/// Frames that say nothing about where a bug is (C library, allocators, sanitizer runtimes, language runtimes, crash
/// handlers, fuzzing engines), so they never enter a crash state. The list is ClusterFuzz's
/// (STACK_FRAME_IGNORE_REGEXES in src/clusterfuzz/stacktraces/constants.py); frames are matched from their start,
/// with backslashes already turned into slashes.
/// </summary>
internal static partial class FrameIgnoreList
{
    private const string ExactNames = @"abort$|exit$|pthread_create$|pthread_kill$|raise$|tgkill$|__chk_fail$|__fortify_fail$";

    private const string NamePrefixes =
        @"|(|__)aeabi_|(|__)memcmp|(|__)memcpy|(|__)memmove|(|__)memset|(|__)strcmp|(|__)strcpy|(|__)strdup|(|__)strlen" +
        @"|(|__)strncpy|<null>|Abort\(|CFCrash|ExitCallback|IsSandboxedProcess|LLVMFuzzerTestOneInput|MSanAtExitWrapper" +
        @"|New|RaiseException|SbSystemBreakIntoDebugger|SignalAction|SignalHandler|TestOneProtoInput|WTF::|WTFCrash" +
        @"|X11Error|_L_unlock_|_\$LT\$|__GI_|___interceptor_backtrace|__asan::|__asan_|__assert_|__cxa_atexit" +
        @"|__cxa_rethrow|__cxa_throw|__dump_stack|__hwasan::|__hwasan_|__interceptor_|__kasan_|__libc_|__lsan::|__lsan_" +
        @"|__msan::|__msan_|__pthread_kill|__run_exit_handlers|__rust_try|__sanitizer::|__sanitizer_|__tsan::|__tsan_" +
        @"|__ubsan::|__ubsan_|_asan_|_hwasan_|_lsan_|_msan_|_objc_terminate|_sanitizer_|_start|_tsan_|_ubsan_|abort" +
        @"|alloc::|android\.app\.ActivityManagerProxy\.|android\.os\.Parcel\.|art::Thread::CreateNativeThread|asan_" +
        @"|asan\.module_ctor|asan\.module_dtor|calloc|check_memory_region|common_exit|core::fmt::write|delete" +
        @"|demangling_terminate_handler|dump_backtrace|dump_stack|exit_or_terminate_process|fpehandler\(|free|fuzzer::" +
        @"|g_log|generic_cpp_|gsignal|kasan_|libfuzzer_sys::initialize|main|malloc|mozalloc_|new|object_err|operator" +
        @"|panic_abort::|print_trailer|realloc|rust_begin_unwind|rust_fuzzer_test_input|rust_oom|rust_panic|scanf" +
        @"|show_stack|core::panic|std::__terminate|std::io::Write::write_fmt|std::panic|std::process::abort" +
        @"|std::sys::unix::abort|std::sys::backtrace|std::sys_common::backtrace|__rust_start_panic" +
        @"|__scrt_common_main_seh|libgcc_s.so.*";

    private const string NameContains =
        @"|.*ASAN_OnSIGSEGV|.*BaseThreadInitThunk|.*DebugBreak|.*DefaultDcheckHandler|.*ForceCrashOnSigAbort" +
        @"|.*MemoryProtection::CMemoryProtector|.*PartitionAlloc|.*RtlFreeHeap|.*RtlInitializeExceptionChain" +
        @"|.*RtlReportCriticalFailure|.*RtlUserThreadStart|.*RtlpHeapHandleError|.*RtlpLogHeapFailure|.*SkDebugf" +
        @"|.*StackDumpSignalHandler|.*__android_log_assert|.*__tmainCRTStartup|.*_asan_rtl_|.*agent::asan::" +
        @"|.*allocator_shim|.*asan_Heap|.*asan_check_access|.*asan_osx_dynamic\.dylib|.*assert|.*base::FuzzedDataProvider" +
        @"|.*base::allocator|.*base::android::CheckException|.*base::debug::BreakDebugger" +
        @"|.*base::debug::CollectStackTrace|.*base::debug::StackTrace::StackTrace|.*ieee754\-|.*libpthread|.*logger" +
        @"|.*logging::CheckError|.*logging::.*LogMessage|.*logging::.*NoreturnError|.*stdext::exception::what" +
        @"|.*v8::base::OS::Abort|.*Runtime_AbortCSADcheck";

    private const string FilePaths =
        @"|.* base/callback|.* /rust(|c)/|.*/AOSP\-toolchain/|.*/bindings/ToV8\.h|.*/crosstool/|.*/gcc/|.*/glibc\-" +
        @"|.*/googletest/|.*/jemalloc/|.*/libc\+\+|.*/libc/|.*/llvm\-build/|.*/minkernel/crts/|.*/sanitizer_common/" +
        @"|.*/tcmalloc/|.*/vc/include/|.*/vctools/crt/|.*/win_toolchain/|.*libc\+\+/|c:/clusterfuzz/bot/build" +
        @"|.*third_party/fuzztest/|.*/memorycmp\.c";

    private const string Others =
        @"|.*\+Unknown|.*<unknown module>|.*Inline Function @|<unknown>$|\[vdso\]$|linux-gate.so.*$" +
        @"|panic$|runtime\." +
        @"|CrashTrampolineAsm|libc_io_functions_not_implemented_use_fdio_instead|<libclang_rt.asan.so>|__zx_panic" +
        @"|syslog::LogMessage|print_address_description|_etext|_swift_stdlib_|.*centipede::|.*fuzztest::internal::" +
        @"|V8_Fatal|blink::ReportV8FatalError|v8::api_internal::ToLocalEmpty|v8::internal::Isolate::PushStackTraceAndDie" +
        @"|v8::internal::Isolate::PushParamsAndDie|absl::log_internal::|SkAbort_FileLine|SkMutex::~SkMutex";

    [GeneratedRegex("^(?:" + ExactNames + NamePrefixes + NameContains + FilePaths + Others + ")", RegexOptions.CultureInvariant, CrashPatterns.TimeoutMilliseconds)]
    internal static partial Regex Always();

    /// <summary>Only for symbolized reports: in an unsymbolized one the C library module is all there is.</summary>
    [GeneratedRegex(@"^(?:.*libc\.so|.*libc\+\+\.so|.*libc\+\+_shared\.so|.*libstdc\+\+\.so|.*libc-.*\.so)", RegexOptions.CultureInvariant, CrashPatterns.TimeoutMilliseconds)]
    internal static partial Regex IfSymbolized();
}
