using System.Diagnostics;
using System.Globalization;
using System.Runtime.Versioning;
using System.Text.RegularExpressions;

namespace Clearinghouse.Verification.Sandbox;

/// <summary>
/// Runs a reproduction recipe's command in a bubblewrap sandbox: no network, read-only system, private /tmp and
/// working directory, cleared environment, rlimits, a wall-clock limit (ADR 007). Refuses to run when the sandbox
/// cannot be built; there is no unsandboxed fallback.
/// </summary>
public sealed partial class ReproductionSandbox
{
    private static readonly TimeSpan ProbeTimeLimit = TimeSpan.FromSeconds(20);

    // After the sandbox's processes are dead its pipes close at once; this only bounds a kernel surprise.
    private static readonly TimeSpan OutputDrainLimit = TimeSpan.FromSeconds(10);

    private readonly SandboxSettings settings;
    private readonly TimeProvider clock;
    private readonly Lock probeLock = new();
    private Task<SandboxAvailability>? probe;

    public ReproductionSandbox(SandboxSettings settings, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(clock);
        this.settings = settings;
        this.clock = clock;
    }

    /// <summary>
    /// Checks that the tools exist and that a trivial command runs in a real sandbox (this is where refused user
    /// namespaces show up). A success is remembered for the instance's lifetime; a failure is probed again next time,
    /// so an operator's fix takes effect without a restart.
    /// </summary>
    public Task<SandboxAvailability> CheckAvailabilityAsync(CancellationToken ct)
    {
        lock (probeLock)
        {
            if (probe is null || (probe.IsCompleted && (!probe.IsCompletedSuccessfully || !probe.Result.IsAvailable)))
            {
                probe = ProbeAsync();
            }

            return probe.WaitAsync(ct);
        }
    }

    /// <exception cref="SandboxUnavailableException">The sandbox cannot be built here; nothing was run.</exception>
    /// <exception cref="ArgumentException">The request is malformed (see <see cref="Validate"/>).</exception>
    public async Task<SandboxOutcome> RunAsync(SandboxRequest request, CancellationToken ct)
    {
        Validate(request);
        var available = await CheckAvailabilityAsync(ct);
        if (!available.IsAvailable || !OperatingSystem.IsLinux())
        {
            throw new SandboxUnavailableException(available);
        }

        return await RunSandboxedAsync(request, ct);
    }

    /// <summary>
    /// Rejects what would escape or confuse the sandbox: input paths that are absolute or climb out of the working
    /// directory, environment names that are not plain identifiers or that set PATH, NUL bytes, non-positive limits.
    /// </summary>
    public static void Validate(SandboxRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Command.Count == 0 || request.Command[0].Length == 0)
        {
            throw new ArgumentException("The command needs at least a program.", nameof(request));
        }

        if (request.Command.Any(a => a.Contains('\0', StringComparison.Ordinal)))
        {
            throw new ArgumentException("A command argument contains a NUL byte.", nameof(request));
        }

        foreach (var (name, value) in request.Environment)
        {
            if (!EnvironmentName().IsMatch(name) || name == "PATH" || value.Contains('\0', StringComparison.Ordinal))
            {
                throw new ArgumentException($"Environment variable '{name}' cannot be set in the sandbox (PATH is fixed).", nameof(request));
            }
        }

        foreach (var path in request.Files.Keys)
        {
            if (!IsSafeRelativePath(path))
            {
                throw new ArgumentException($"Input file path '{path}' must be relative and stay inside the working directory.", nameof(request));
            }
        }

        if (request.WallClockLimit <= TimeSpan.Zero || request.CpuTimeLimit < TimeSpan.FromSeconds(1)
            || request.MemoryLimitBytes <= 0 || request.ProcessLimit <= 0 || request.FileSizeLimitBytes <= 0
            || request.MaxOutputBytes < 0)
        {
            throw new ArgumentException("Limits must be positive (CPU time at least one second).", nameof(request));
        }
    }

    private static bool IsSafeRelativePath(string path)
    {
        if (path.Length == 0 || path.Contains('\0', StringComparison.Ordinal) || Path.IsPathRooted(path))
        {
            return false;
        }

        var parts = path.Split('/');
        return parts.All(p => p.Length > 0 && p != "." && p != "..");
    }

    private async Task<SandboxAvailability> ProbeAsync()
    {
        if (!OperatingSystem.IsLinux())
        {
            return SandboxAvailability.Unavailable("The reproduction sandbox needs Linux (bubblewrap).");
        }

        if (!File.Exists(settings.BwrapPath))
        {
            return SandboxAvailability.Unavailable(
                $"bubblewrap was not found at {settings.BwrapPath} (Debian: apt-get install bubblewrap).");
        }

        var dropPrivileges = Environment.IsPrivilegedProcess;
        var missing = SandboxCommandLine.ToolsInside
            .Append(SandboxCommandLine.TimeoutPath)
            .Concat(dropPrivileges ? [SandboxCommandLine.SetprivPath] : [])
            .Where(tool => !File.Exists(tool))
            .ToList();
        if (missing.Count > 0)
        {
            return SandboxAvailability.Unavailable($"Missing from the host: {string.Join(", ", missing)} (Debian: perl-base, coreutils, util-linux).");
        }

        var trivial = new SandboxRequest(["true"]) { WallClockLimit = ProbeTimeLimit, MaxOutputBytes = 4096 };
        SandboxOutcome outcome;
        try
        {
            outcome = await RunSandboxedAsync(trivial, CancellationToken.None);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
        {
            return SandboxAvailability.Unavailable($"The sandbox could not be started: {e.Message}");
        }

        if (outcome.ExitCode == 0)
        {
            return SandboxAvailability.Available;
        }

        var said = outcome.Stderr.Text.Trim();
        return SandboxAvailability.Unavailable(
            $"bubblewrap could not build the sandbox (are unprivileged user namespaces refused?): "
            + (said.Length > 0 ? said : outcome.SandboxFailure ?? (outcome.TimedOut ? "the probe timed out" : "no reason given")));
    }

    [SupportedOSPlatform("linux")]
    private async Task<SandboxOutcome> RunSandboxedAsync(SandboxRequest request, CancellationToken ct)
    {
        var dropPrivileges = Environment.IsPrivilegedProcess;
        var run = RunDirectory.Create(settings.WorkRoot, dropPrivileges);
        try
        {
            run.WriteInputs(request.Files, SandboxCommandLine.GeneratedEtc);
            var commandLine = SandboxCommandLine.Build(
                request, settings.BwrapPath, run.Work, run.Etc, run.Status, dropPrivileges);
            return await ExecuteAsync(request, commandLine, run, ct);
        }
        finally
        {
            run.Delete();
        }
    }

    [SupportedOSPlatform("linux")]
    private async Task<SandboxOutcome> ExecuteAsync(
        SandboxRequest request, List<string> commandLine, RunDirectory run, CancellationToken ct)
    {
        var start = new ProcessStartInfo(commandLine[0])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in commandLine.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        // bwrap --clearenv empties the sandbox's environment; this keeps ours from reaching bwrap and setpriv too.
        start.Environment.Clear();

        using var timeLimit = new CancellationTokenSource(request.WallClockLimit, clock);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct, timeLimit.Token);
        var started = clock.GetTimestamp();
        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"{commandLine[0]} did not start.");
        process.StandardInput.Close();
        var stdout = OutputCapture.ReadAsync(process.StandardOutput.BaseStream, request.MaxOutputBytes);
        var stderr = OutputCapture.ReadAsync(process.StandardError.BaseStream, request.MaxOutputBytes);

        var killed = false;
        try
        {
            await process.WaitForExitAsync(stop.Token);
        }
        catch (OperationCanceledException)
        {
            // The tree kill reaches bwrap under timeout(1); bwrap's death takes the sandbox's pid namespace with it
            // (--die-with-parent), so nothing inside survives even what the tree walk might miss.
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            killed = true;
        }

        var elapsed = clock.GetElapsedTime(started);
        CapturedOutput[] outputs;
        try
        {
            outputs = await Task.WhenAll(stdout, stderr).WaitAsync(OutputDrainLimit, clock, CancellationToken.None);
        }
        catch (TimeoutException e)
        {
            throw new InvalidOperationException(
                "The sandbox's output did not end after its processes were gone: a sandbox process escaped supervision.", e);
        }

        ct.ThrowIfCancellationRequested();

        var outcome = new SandboxOutcome
        {
            Stdout = outputs[0],
            Stderr = outputs[1],
            Elapsed = elapsed,
            SandboxCommandLine = commandLine,
        };
        if (killed)
        {
            return outcome with { TimedOut = true, LimitHit = SandboxLimit.WallClockTime };
        }

        var status = run.ReadStatus();
        if (status is null)
        {
            return outcome with
            {
                SandboxFailure = $"No exit status came back from inside the sandbox (bwrap exited with {process.ExitCode.ToString(CultureInfo.InvariantCulture)}).",
            };
        }

        var signal = status.Value & 0x7f;
        if (signal == 0)
        {
            return outcome with { ExitCode = (status.Value >> 8) & 0xff };
        }

        return outcome with
        {
            Signal = LinuxSignals.From(signal),
            LimitHit = signal switch
            {
                LinuxSignals.Xcpu => SandboxLimit.CpuTime,
                LinuxSignals.Xfsz => SandboxLimit.FileSize,
                _ => null,
            },
        };
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex EnvironmentName();
}
