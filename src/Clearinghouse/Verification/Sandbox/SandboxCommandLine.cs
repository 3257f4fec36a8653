using System.Globalization;

namespace Clearinghouse.Verification.Sandbox;

/// <summary>
/// The host command line of one run: timeout [backstop] [setpriv to nobody when we are root] bwrap [isolation] --
/// perl [status reporter, the sandbox's pid 1] env -i [the request's environment] prlimit [limits] -- the command.
/// ADR 007 explains each part.
/// </summary>
internal static class SandboxCommandLine
{
    public const string WorkDirectory = "/work";
    public const string StatusFile = "/run/status";
    public const string Path = "/usr/local/bin:/usr/bin:/bin";
    public const int SandboxUid = 1000;
    public const int UnprivilegedHostUid = 65534;

    /// <summary>Size of each writable tmpfs (/tmp, /dev/shm): RAM the command could otherwise fill without limit.</summary>
    public const long ScratchBytes = 64L << 20;

    /// <summary>The programs run inside the sandbox, from the host's read-only /usr; all are Debian essentials.</summary>
    public static readonly string[] ToolsInside = ["/usr/bin/perl", "/usr/bin/env", "/usr/bin/prlimit"];

    public const string SetprivPath = "/usr/bin/setpriv";

    public const string TimeoutPath = "/usr/bin/timeout";

    /// <summary>How long after the wall-clock limit the backstop kills the sandbox if we have not (we crashed).</summary>
    public static readonly TimeSpan BackstopGrace = TimeSpan.FromSeconds(5);

    // The sandbox's pid 1 (bwrap --as-pid-1). It waits for the command, reaping orphans meanwhile, and writes the raw
    // wait status (exit code << 8, or the signal number) to the status file: bwrap itself reports a signal as 128 + n,
    // the same as a command exiting with that code. Then it kills what the command left behind and reaps it all, so
    // the sandbox is empty when bwrap returns. As pid 1 it cannot be killed from inside the sandbox.
    private const string StatusReporter = $$"""
        my $pid = fork; exit 125 unless defined $pid;
        if ($pid == 0) { exec { $ARGV[0] } @ARGV; exit 127 }
        my $status;
        while ((my $done = wait) != -1) { if ($done == $pid) { $status = $?; last } }
        open my $out, '>', '{{StatusFile}}' or exit 125; print $out "$status\n"; close $out or exit 125;
        kill 'KILL', -1;
        1 while wait != -1;
        exit 0;
        """;

    // Only what dynamic linking and Debian's alternatives need; the rest of /etc (shadow, keys, service
    // configuration with credentials) stays out of sight. passwd, group and hosts are written per run.
    private static readonly string[] HostEtcFiles = ["/etc/ld.so.cache", "/etc/alternatives", "/etc/localtime"];

    private static readonly string[] GeneratedEtcFiles = ["passwd", "group", "hosts", "nsswitch.conf"];

    // On merged-/usr systems these are symlinks into /usr and are recreated as such; otherwise bound read-only.
    private static readonly string[] TopLevelSystemDirectories = ["/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"];

    public static IReadOnlyDictionary<string, string> GeneratedEtc { get; } = new Dictionary<string, string>
    {
        ["passwd"] = $"sandbox:x:{SandboxUid}:{SandboxUid}:sandbox:{WorkDirectory}:/bin/sh\n",
        ["group"] = $"sandbox:x:{SandboxUid}:\n",
        ["hosts"] = "127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n",
        ["nsswitch.conf"] = "passwd: files\ngroup: files\nhosts: files\n",
    };

    public static List<string> Build(
        SandboxRequest request, string bwrapPath, string hostWorkDirectory, string hostEtcDirectory,
        string hostStatusFile, bool dropPrivileges)
    {
        // Our threads come and go (the thread pool), and bwrap's --die-with-parent would fire when the thread that
        // started it ends; timeout is a single-threaded parent that lives exactly as long as the sandbox, and it kills
        // the sandbox shortly after the wall-clock limit even if this process has died.
        var backstop = request.WallClockLimit + BackstopGrace;
        var line = new List<string>
        {
            TimeoutPath, "--signal=KILL", backstop.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + "s",
        };
        if (dropPrivileges)
        {
            line.AddRange([SetprivPath, $"--reuid={UnprivilegedHostUid}", $"--regid={UnprivilegedHostUid}", "--clear-groups", "--"]);
        }

        line.Add(bwrapPath);
        line.AddRange(["--unshare-all", "--unshare-user", "--disable-userns", "--die-with-parent", "--as-pid-1", "--new-session"]);
        line.AddRange(["--cap-drop", "ALL", "--uid", Invariant(SandboxUid), "--gid", Invariant(SandboxUid), "--hostname", "sandbox"]);
        line.AddRange(["--ro-bind", "/usr", "/usr"]);
        foreach (var directory in TopLevelSystemDirectories)
        {
            var info = new DirectoryInfo(directory);
            if (info.LinkTarget is { } target)
            {
                line.AddRange(["--symlink", target, directory]);
            }
            else if (info.Exists)
            {
                line.AddRange(["--ro-bind", directory, directory]);
            }
        }

        foreach (var file in HostEtcFiles)
        {
            line.AddRange(["--ro-bind-try", file, file]);
        }

        foreach (var file in GeneratedEtcFiles)
        {
            line.AddRange(["--ro-bind", System.IO.Path.Combine(hostEtcDirectory, file), "/etc/" + file]);
        }

        line.AddRange(["--proc", "/proc", "--dev", "/dev"]);
        line.AddRange(["--size", Invariant(ScratchBytes), "--tmpfs", "/dev/shm"]);
        line.AddRange(["--size", Invariant(ScratchBytes), "--tmpfs", "/tmp"]);
        line.AddRange(["--bind", hostWorkDirectory, WorkDirectory]);
        // A bind-mounted file cannot be replaced (by a FIFO or a symlink) from inside, only written.
        line.AddRange(["--bind", hostStatusFile, StatusFile]);
        line.AddRange(["--remount-ro", "/", "--chdir", WorkDirectory, "--clearenv", "--setenv", "PATH", Path]);

        line.AddRange(["--", "/usr/bin/perl", "-e", StatusReporter, "--"]);
        line.AddRange(["/usr/bin/env", "-i", "PATH=" + Path]);
        if (!request.Environment.ContainsKey("HOME"))
        {
            line.Add("HOME=" + WorkDirectory);
        }

        foreach (var (name, value) in request.Environment.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            line.Add(name + "=" + value);
        }

        line.AddRange(["/usr/bin/prlimit", $"--nproc={Invariant(request.ProcessLimit)}", $"--fsize={Invariant(request.FileSizeLimitBytes)}", "--core=0"]);
        // Soft limit first so the kernel sends SIGXCPU (recognisable), SIGKILL one second later if it is ignored.
        var cpuSeconds = (long)Math.Ceiling(request.CpuTimeLimit.TotalSeconds);
        line.Add($"--cpu={Invariant(cpuSeconds)}:{Invariant(cpuSeconds + 1)}");
        if (request.MemoryLimitBytes is { } memory)
        {
            line.Add($"--as={Invariant(memory)}");
        }

        line.Add("--");
        line.AddRange(request.Command);
        return line;
    }

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
