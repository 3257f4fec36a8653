using System.Net;
using System.Net.Sockets;
using System.Runtime.Versioning;
using System.Text;
using Clearinghouse.Verification.Sandbox;

namespace Clearinghouse.Tests.Verification.Sandbox;

// Runs real bubblewrap sandboxes: CI installs bubblewrap, so a machine without it fails here with the reason.
[SupportedOSPlatform("linux")]
public sealed class ReproductionSandboxTests : IDisposable
{
    private readonly DirectoryInfo workRoot = CreateWorkRoot();

    public void Dispose() => workRoot.Delete(recursive: true);

    [Fact]
    public async Task The_command_exit_code_is_reported()
    {
        var outcome = await RunAsync(new SandboxRequest(["sh", "-c", "exit 3"]));

        Assert.Equal(3, outcome.ExitCode);
        Assert.Null(outcome.Signal);
        Assert.False(outcome.TimedOut);
        Assert.Null(outcome.SandboxFailure);
    }

    [Fact]
    public async Task An_exit_code_above_128_is_an_exit_code_and_not_a_signal()
    {
        var outcome = await RunAsync(new SandboxRequest(["sh", "-c", "exit 139"]));

        Assert.Equal(139, outcome.ExitCode);
        Assert.Null(outcome.Signal);
    }

    [Fact]
    public async Task A_command_killed_by_a_signal_is_reported_with_the_signal_number_and_name()
    {
        var outcome = await RunAsync(new SandboxRequest(["sh", "-c", "kill -SEGV $$"]));

        Assert.Null(outcome.ExitCode);
        Assert.Equal(new TerminatingSignal(11, "SIGSEGV"), outcome.Signal);
        Assert.Null(outcome.LimitHit);
    }

    [Fact]
    public async Task The_command_cannot_kill_the_status_reporter()
    {
        var outcome = await RunAsync(new SandboxRequest(["sh", "-c", "kill -KILL 1; kill -KILL -1; exit 4"]));

        Assert.Equal(4, outcome.ExitCode);
    }

    [Fact]
    public async Task An_infinite_loop_is_killed_at_the_wall_clock_limit()
    {
        var outcome = await RunAsync(new SandboxRequest(["sh", "-c", "while :; do sleep 1; done"])
        {
            WallClockLimit = TimeSpan.FromSeconds(2),
        });

        Assert.True(outcome.TimedOut);
        Assert.Equal(SandboxLimit.WallClockTime, outcome.LimitHit);
        Assert.Null(outcome.ExitCode);
        Assert.Null(outcome.Signal);
        Assert.Empty(workRoot.GetFileSystemInfos());
    }

    [Theory]
    [InlineData("sleep 3600.{0} & sleep 3600.{0} & while :; do sleep 1; done", true)]
    [InlineData("setsid sleep 3600.{0} & nohup sleep 3600.{0} >/dev/null 2>&1 &", false)]
    public async Task No_process_of_the_sandbox_survives_the_run(string script, bool timesOut)
    {
        var marker = Random.Shared.Next(100_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var outcome = await RunAsync(new SandboxRequest(["sh", "-c", string.Format(System.Globalization.CultureInfo.InvariantCulture, script, marker)])
        {
            WallClockLimit = TimeSpan.FromSeconds(2),
        });

        Assert.Equal(timesOut, outcome.TimedOut);
        Assert.Empty(ProcessesWhoseCommandLineContains("3600." + marker));
    }

    // bwrap's --die-with-parent watches the thread that started it; ours are thread-pool threads that end at will.
    [Fact]
    public async Task The_sandbox_outlives_the_thread_that_started_it()
    {
        var sandbox = await AvailableSandboxAsync();
        Task<SandboxOutcome>? run = null;
        var starter = new Thread(() =>
        {
            run = sandbox.RunAsync(new SandboxRequest(["sh", "-c", "sleep 2; echo survived"]), CancellationToken.None);
            // Ends while the sandbox runs, after bwrap has armed its parent-death signal.
            Thread.Sleep(TimeSpan.FromMilliseconds(500));
        });
        starter.Start();
        starter.Join();

        var outcome = await run!;

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("survived\n", outcome.Stdout.Text);
    }

    [Fact]
    public async Task A_busy_loop_is_stopped_at_the_cpu_time_limit()
    {
        var outcome = await RunAsync(new SandboxRequest(["sh", "-c", "while :; do :; done"])
        {
            CpuTimeLimit = TimeSpan.FromSeconds(1),
            WallClockLimit = TimeSpan.FromMinutes(2),
        });

        Assert.False(outcome.TimedOut);
        Assert.Equal("SIGXCPU", outcome.Signal?.Name);
        Assert.Equal(SandboxLimit.CpuTime, outcome.LimitHit);
    }

    [Fact]
    public async Task A_memory_hog_fails_at_the_memory_limit_while_a_small_allocation_succeeds()
    {
        var limit = 256L << 20;
        var hog = await RunAsync(new SandboxRequest(["perl", "-e", "my $x = 'x' x 1_000_000_000; print length $x"]) { MemoryLimitBytes = limit });
        var modest = await RunAsync(new SandboxRequest(["perl", "-e", "my $x = 'x' x 10_000_000; print length $x"]) { MemoryLimitBytes = limit });

        Assert.NotEqual(0, hog.ExitCode);
        Assert.Contains("Out of memory", hog.Stderr.Text, StringComparison.Ordinal);
        Assert.Equal(0, modest.ExitCode);
        Assert.Equal("10000000", modest.Stdout.Text);
    }

    [Fact]
    public async Task A_file_larger_than_the_file_size_limit_is_stopped_by_SIGXFSZ()
    {
        var outcome = await RunAsync(new SandboxRequest(["dd", "if=/dev/zero", "of=big", "bs=65536", "count=64"])
        {
            FileSizeLimitBytes = 1 << 20,
        });

        Assert.Equal("SIGXFSZ", outcome.Signal?.Name);
        Assert.Equal(SandboxLimit.FileSize, outcome.LimitHit);
    }

    [Fact]
    public async Task Forks_beyond_the_process_limit_fail()
    {
        var outcome = await RunAsync(new SandboxRequest(["sh", "-c", "for i in 1 2 3 4 5 6 7 8 9 10; do sleep 1 & done; wait"])
        {
            ProcessLimit = 6,
        });

        Assert.Contains("fork", outcome.Stderr.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_command_cannot_connect_to_a_server_listening_on_the_host_loopback()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;

        var outcome = await RunAsync(new SandboxRequest(["bash", "-c", $"exec 3<>/dev/tcp/127.0.0.1/{port} && echo connected"])
        {
            WallClockLimit = TimeSpan.FromSeconds(30),
        });

        Assert.False(outcome.TimedOut);
        Assert.NotEqual(0, outcome.ExitCode);
        Assert.Contains("Connection refused", outcome.Stderr.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("connected", outcome.Stdout.Text, StringComparison.Ordinal);
        Assert.False(listener.Pending());
    }

    [Fact]
    public async Task Only_a_loopback_interface_exists_inside()
    {
        var outcome = await RunAsync(new SandboxRequest(["cat", "/proc/net/dev"]));

        var interfaces = outcome.Stdout.Text.Split('\n').Skip(2).Where(l => l.Contains(':', StringComparison.Ordinal))
            .Select(l => l.Split(':')[0].Trim()).ToList();
        Assert.Equal(["lo"], interfaces);
    }

    [Fact]
    public async Task The_root_and_usr_are_read_only()
    {
        var name = "clearinghouse-sandbox-" + Path.GetRandomFileName();
        var outcome = await RunAsync(new SandboxRequest(["sh", "-c", $"echo x > /usr/{name}; echo x > /{name}; echo x > /etc/{name}"]));

        Assert.Equal(3, CountOccurrences(outcome.Stderr.Text, "Read-only file system"));
        Assert.False(File.Exists("/usr/" + name));
    }

    [Fact]
    public async Task Tmp_is_private_in_both_directions()
    {
        var name = "clearinghouse-sandbox-" + Path.GetRandomFileName();
        var hostFile = Path.Combine("/tmp", name + "-host");
        await File.WriteAllTextAsync(hostFile, "host");
        try
        {
            var outcome = await RunAsync(new SandboxRequest(["sh", "-c", $"echo x > /tmp/{name} && cat /tmp/{name} && test ! -e {hostFile}"]));

            Assert.Equal(0, outcome.ExitCode);
            Assert.Equal("x\n", outcome.Stdout.Text);
            Assert.False(File.Exists(Path.Combine("/tmp", name)));
        }
        finally
        {
            File.Delete(hostFile);
        }
    }

    [Fact]
    public async Task Host_secrets_and_home_directories_are_not_visible()
    {
        var outcome = await RunAsync(new SandboxRequest(["sh", "-c", "for p in /etc/shadow /etc/ssh /root /home /var /work/../root /opt; do test -e $p && echo $p; done; true"]));

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("", outcome.Stdout.Text);
    }

    [Fact]
    public async Task The_command_has_no_capabilities_and_cannot_create_user_namespaces()
    {
        var outcome = await RunAsync(new SandboxRequest(["sh", "-c", "grep -E '^Cap(Eff|Prm|Bnd)' /proc/self/status; unshare --user true && echo nested"]));

        Assert.Equal(3, CountOccurrences(outcome.Stdout.Text, "0000000000000000"));
        Assert.DoesNotContain("nested", outcome.Stdout.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Input_files_are_placed_in_the_working_directory_and_a_script_among_them_can_run()
    {
        var outcome = await RunAsync(new SandboxRequest(["sh", "-c", "pwd; cat input.txt; ./poc/run.sh"])
        {
            Files = new Dictionary<string, byte[]>
            {
                ["input.txt"] = Encoding.UTF8.GetBytes("payload\n"),
                ["poc/run.sh"] = Encoding.UTF8.GetBytes("#!/bin/sh\necho ran as $(id -un)\n"),
            },
        });

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("/work\npayload\nran as sandbox\n", outcome.Stdout.Text);
    }

    [Fact]
    public async Task The_environment_holds_only_the_fixed_path_home_and_the_requested_variables()
    {
        Environment.SetEnvironmentVariable("CLEARINGHOUSE_SANDBOX_HOST_SECRET", "leaked");
        try
        {
            var outcome = await RunAsync(new SandboxRequest(["env"])
            {
                Environment = new Dictionary<string, string> { ["ASAN_OPTIONS"] = "abort_on_error=1" },
            });

            var lines = outcome.Stdout.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal);
            Assert.Equal(["ASAN_OPTIONS=abort_on_error=1", "HOME=/work", "PATH=/usr/local/bin:/usr/bin:/bin"], lines);
        }
        finally
        {
            Environment.SetEnvironmentVariable("CLEARINGHOUSE_SANDBOX_HOST_SECRET", null);
        }
    }

    [Fact]
    public async Task Output_beyond_the_limit_is_counted_but_not_kept()
    {
        var outcome = await RunAsync(new SandboxRequest(["sh", "-c", "head -c 5000000 /dev/zero | tr '\\0' a; echo short >&2"])
        {
            MaxOutputBytes = 1000,
        });

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(new string('a', 1000), outcome.Stdout.Text);
        Assert.True(outcome.Stdout.Truncated);
        Assert.Equal(5_000_000, outcome.Stdout.TotalBytes);
        Assert.Equal(new CapturedOutput("short\n", false, 6), outcome.Stderr);
    }

    [Fact]
    public async Task The_run_directory_is_removed_even_when_the_command_locks_it_down_and_plants_links()
    {
        var hostFile = Path.Combine(workRoot.Parent!.FullName, workRoot.Name + "-target");
        await File.WriteAllTextAsync(hostFile, "keep me");
        try
        {
            var outcome = await RunAsync(new SandboxRequest(["sh", "-c", $"mkdir -p a/b && echo x > a/b/f && ln -s {hostFile} a/link && ln -s /usr a/usr && chmod 000 a/b a"]));

            Assert.Equal(0, outcome.ExitCode);
            Assert.Empty(workRoot.GetFileSystemInfos());
            Assert.Equal("keep me", await File.ReadAllTextAsync(hostFile));
            Assert.True(Directory.Exists("/usr/bin"));
        }
        finally
        {
            File.Delete(hostFile);
        }
    }

    [Fact]
    public async Task The_command_line_used_is_reported_for_the_case_log()
    {
        var outcome = await RunAsync(new SandboxRequest(["true"]));

        Assert.Contains("--unshare-all", outcome.SandboxCommandLine);
        Assert.Equal(["--", "true"], outcome.SandboxCommandLine.TakeLast(2));
    }

    [Fact]
    public async Task Cancelling_kills_the_command_and_removes_the_run_directory()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        var sandbox = await AvailableSandboxAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => sandbox.RunAsync(new SandboxRequest(["sleep", "60"]), cancel.Token));

        Assert.Empty(workRoot.GetFileSystemInfos());
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("/etc/passwd")]
    [InlineData("a/../../escape")]
    [InlineData("a//b")]
    [InlineData("")]
    public async Task Input_paths_that_leave_the_working_directory_are_refused(string path)
    {
        var sandbox = await AvailableSandboxAsync();
        var request = new SandboxRequest(["true"]) { Files = new Dictionary<string, byte[]> { [path] = [1] } };

        await Assert.ThrowsAsync<ArgumentException>(() => sandbox.RunAsync(request, CancellationToken.None));
        Assert.Empty(workRoot.GetFileSystemInfos());
    }

    [Theory]
    [InlineData("PATH")]
    [InlineData("A=B")]
    [InlineData("-u")]
    public async Task Environment_names_that_would_change_path_or_confuse_env_are_refused(string name)
    {
        var sandbox = await AvailableSandboxAsync();
        var request = new SandboxRequest(["true"]) { Environment = new Dictionary<string, string> { [name] = "x" } };

        await Assert.ThrowsAsync<ArgumentException>(() => sandbox.RunAsync(request, CancellationToken.None));
    }

    [Fact]
    public async Task Without_bubblewrap_the_sandbox_is_unavailable_and_refuses_to_run()
    {
        var missing = Path.Combine(workRoot.FullName, "no-such-bwrap");
        var sandbox = new ReproductionSandbox(new SandboxSettings(missing, workRoot.FullName), TimeProvider.System);

        var availability = await sandbox.CheckAvailabilityAsync(CancellationToken.None);
        var refusal = await Assert.ThrowsAsync<SandboxUnavailableException>(
            () => sandbox.RunAsync(new SandboxRequest(["true"]), CancellationToken.None));

        Assert.False(availability.IsAvailable);
        Assert.Contains(missing, availability.Reason, StringComparison.Ordinal);
        Assert.Equal(availability, refusal.Availability);
        Assert.Empty(workRoot.GetFileSystemInfos());
    }

    private async Task<SandboxOutcome> RunAsync(SandboxRequest request)
    {
        var sandbox = await AvailableSandboxAsync();
        var outcome = await sandbox.RunAsync(request, CancellationToken.None);
        Assert.Empty(workRoot.GetFileSystemInfos());
        return outcome;
    }

    private async Task<ReproductionSandbox> AvailableSandboxAsync()
    {
        var sandbox = new ReproductionSandbox(new SandboxSettings(WorkRoot: workRoot.FullName), TimeProvider.System);
        var availability = await sandbox.CheckAvailabilityAsync(CancellationToken.None);
        Assert.True(availability.IsAvailable, $"These tests need a working bubblewrap sandbox (Debian: apt-get install bubblewrap): {availability.Reason}");
        return sandbox;
    }

    private static List<string> ProcessesWhoseCommandLineContains(string part)
    {
        var found = new List<string>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                var commandLine = File.ReadAllText(Path.Combine(directory, "cmdline")).Replace('\0', ' ');
                if (commandLine.Contains(part, StringComparison.Ordinal))
                {
                    found.Add($"{Path.GetFileName(directory)}: {commandLine}");
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process ended while we looked, or is not a process directory.
            }
        }

        return found;
    }

    private static int CountOccurrences(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    // Traversable by the unprivileged user the sandbox runs as when the tests run as root.
    private static DirectoryInfo CreateWorkRoot()
    {
        var directory = Directory.CreateTempSubdirectory("clearinghouse-sandbox-tests-");
        directory.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        return directory;
    }
}
