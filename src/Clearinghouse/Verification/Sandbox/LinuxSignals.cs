namespace Clearinghouse.Verification.Sandbox;

/// <summary>Names of the standard Linux signals as numbered on x86-64 and arm64 (the two we build for).</summary>
internal static class LinuxSignals
{
    private static readonly string[] Names =
    [
        "", "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGBUS", "SIGFPE", "SIGKILL", "SIGUSR1",
        "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM", "SIGSTKFLT", "SIGCHLD", "SIGCONT", "SIGSTOP", "SIGTSTP",
        "SIGTTIN", "SIGTTOU", "SIGURG", "SIGXCPU", "SIGXFSZ", "SIGVTALRM", "SIGPROF", "SIGWINCH", "SIGIO", "SIGPWR",
        "SIGSYS",
    ];

    public const int Xcpu = 24;
    public const int Xfsz = 25;

    public static TerminatingSignal From(int number) =>
        new(number, number > 0 && number < Names.Length ? Names[number] : $"SIG{number}");
}
