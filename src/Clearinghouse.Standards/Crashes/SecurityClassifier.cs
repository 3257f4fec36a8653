using System.Numerics;

namespace Clearinghouse.Standards.Crashes;

/// <summary>
/// Whether a crash has security consequences, as ClusterFuzz decides it (is_security_issue in
/// src/clusterfuzz/_internal/crash_analysis/crash_analyzer.py): from the crash type, the address and a few markers
/// in the report. The first rule that applies decides.
/// </summary>
internal static class SecurityClassifier
{
    /// <summary>Addresses in the first page are null dereferences.</summary>
    internal static readonly BigInteger NullDereferenceBoundary = 0x1000;

    private static readonly HashSet<string> GenericCrashTypes = new(StringComparer.Ordinal)
    {
        "Null-dereference", "Null-dereference READ", "Null-dereference WRITE", "READ", "UNKNOWN", "UNKNOWN READ",
        "UNKNOWN WRITE", "WRITE", "Uncaught exception",
    };

    private static readonly HashSet<string> NonSecurityTypes = new(StringComparer.Ordinal)
    {
        "Stack-overflow", "Fatal-signal", "Missing-library", "Overwrites-const-input", "ASSERT_NOT_REACHED", "Ill",
        "Illegal-instruction", "Floating-point-exception", "RUNTIME_ASSERT", "V8 correctness failure", "Timeout",
        "Out-of-memory", "Unexpected-exit", "Security CHECK failure",
    };

    private static readonly string[] NonSecuritySignals =
    [
        "Sanitizer: ABRT", "Sanitizer: BUS", "Sanitizer: FPE", "Sanitizer: ILL", "Sanitizer: breakpoint",
    ];

    private static readonly HashSet<string> UbsanSecurityTypes = new(StringComparer.Ordinal)
    {
        "Bad-cast", "Index-out-of-bounds", "Incorrect-function-pointer-type", "Non-positive-vla-bound-value", "Object-size",
    };

    private static readonly HashSet<string> UbsanNonSecurityTypes = new(StringComparer.Ordinal)
    {
        "Divide-by-zero", "Float-cast-overflow", "Implicit-conversion", "Integer-overflow", "Invalid-bool-value",
        "Invalid-builtin-use", "Invalid-enum-value", "Invalid-null-argument", "Invalid-null-return", "Misaligned-address",
        "No-return-value", "Pointer-overflow", "Potential-null-reference", "Undefined-shift", "Unsigned-integer-overflow",
        "Unreachable code", "Assumption-violation", "Upcast-of-null-pointer",
    };

    private static readonly HashSet<string> GolangNonSecurityTypes = new(StringComparer.Ordinal)
    {
        "Index out of range", "Integer divide by zero", "Makeslice: len out of range", "Slice bounds out of range", "Stack overflow",
    };

    private static readonly HashSet<string> ExtraSanitizerAndToolTypes = new(StringComparer.Ordinal)
    {
        "Arbitrary DNS resolution", "Arbitrary file open", "Command injection", "PySecSan", "Wycheproof error",
    };

    public static bool IsSecurityIssue(string report, string crashType, string crashAddress, CrashAnalysisOptions options)
    {
        if (IsMiraclePtrProtected(report))
        {
            return false;
        }

        if (StackParser.IsMatch(CrashPatterns.FuzzerSecurityIssue(), report))
        {
            return true;
        }

        // A jump to address zero.
        if (report.Contains("pc (nil) ", StringComparison.Ordinal)
            || report.Contains("pc 0x00000000 ", StringComparison.Ordinal)
            || report.Contains("pc 0x000000000000 ", StringComparison.Ordinal))
        {
            return true;
        }

        if (NonSecurityTypes.Contains(crashType))
        {
            return false;
        }

        if (StackParser.IsMatch(CrashPatterns.JniSecurityError(), report))
        {
            return true;
        }

        if (crashType == "CHECK failure")
        {
            return options.ChecksHaveSecurityImplication;
        }

        if (crashType is "Security DCHECK failure" or "DCHECK failure")
        {
            return true;
        }

        if (crashType is "Fatal error" or "Unreachable code"
            || crashType.EndsWith("Exception", StringComparison.Ordinal)
            || crashType.EndsWith("CHECK failure", StringComparison.Ordinal)
            || crashType.Contains("-leak", StringComparison.Ordinal)
            || crashType.Contains("Data race", StringComparison.Ordinal)
            || crashType.Contains("Lock-order-inversion", StringComparison.Ordinal))
        {
            return false;
        }

        if (UbsanSecurityTypes.Contains(crashType))
        {
            return true;
        }

        if (UbsanNonSecurityTypes.Contains(crashType) || GolangNonSecurityTypes.Contains(crashType))
        {
            return false;
        }

        if (crashType == "ASSERT" || report.Contains("ASSERTION FAILED", StringComparison.Ordinal))
        {
            return options.AssertsHaveSecurityImplication;
        }

        if (crashType.StartsWith("Kernel failure", StringComparison.Ordinal) || ExtraSanitizerAndToolTypes.Contains(crashType))
        {
            return true;
        }

        if (crashType.Length == 0 || HasNonSecuritySignal(report))
        {
            return false;
        }

        if (!GenericCrashTypes.Contains(crashType))
        {
            return true;
        }

        // A generic crash away from the null page is most likely exploitable; a deliberate crash address is not.
        var address = PythonText.AddressToInteger(crashAddress);
        return !StackParser.IsAssertCrashAddress(address) && address >= NullDereferenceBoundary;
    }

    /// <summary>The first MiraclePtr status line decides; a status it does not know means "no verdict".</summary>
    private static bool IsMiraclePtrProtected(string report)
    {
        if (!report.Contains("MiraclePtr Status:", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var line in report.Split('\n'))
        {
            if (StackParser.IsMatch(CrashPatterns.MiraclePtrStatus(), line))
            {
                return PythonText.Strip(line[(line.LastIndexOf(':') + 1)..]) == "PROTECTED";
            }
        }

        return false;
    }

    private static bool HasNonSecuritySignal(string report) =>
        StackParser.IsMatch(CrashPatterns.GsignalFrame(), report)
        || NonSecuritySignals.Any(s => report.Contains(s, StringComparison.Ordinal));
}
