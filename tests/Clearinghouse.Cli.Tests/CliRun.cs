using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace Clearinghouse.Cli.Tests;

/// <summary>What one run of the CLI did: its exit code and everything it wrote.</summary>
public sealed record CliOutcome(string[] Args, int ExitCode, string Output, string Error)
{
    /// <summary>Asserts the exit code, showing the command and both streams when it differs.</summary>
    public CliOutcome Expect(int exitCode)
    {
        Assert.True(ExitCode == exitCode,
            $"clearinghouse {string.Join(' ', Args)}\nexpected exit code {exitCode}, got {ExitCode}\n--- stdout ---\n{Output}\n--- stderr ---\n{Error}");
        return this;
    }

    /// <summary>Standard output parsed as JSON; fails the test if it is not JSON.</summary>
    public JsonElement Json()
    {
        try
        {
            using var document = JsonDocument.Parse(Output);
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            Assert.Fail($"clearinghouse {string.Join(' ', Args)} wrote no valid JSON ({e.Message}):\n{Output}");
            throw;
        }
    }
}

/// <summary>
/// Runs <see cref="CliApp.RunAsync"/> in-process with string writers and an environment the test controls (nothing is
/// read from the real process environment), as a script would see it: output redirected.
/// </summary>
public sealed class CliRun
{
    private readonly Dictionary<string, string?> environment;

    public CliRun(IDictionary<string, string?>? environment = null)
    {
        this.environment = new Dictionary<string, string?>(environment ?? new Dictionary<string, string?>(), StringComparer.Ordinal);
    }

    /// <summary>A CLI whose CLEARINGHOUSE_SERVER is the host and CLEARINGHOUSE_TOKEN is <paramref name="token"/> (none if null).</summary>
    public static CliRun Against(ClearinghouseHost host, string? token)
    {
        ArgumentNullException.ThrowIfNull(host);
        var environment = new Dictionary<string, string?> { ["CLEARINGHOUSE_SERVER"] = host.BaseAddress.ToString() };
        if (token is not null)
        {
            environment["CLEARINGHOUSE_TOKEN"] = token;
        }

        return new CliRun(environment);
    }

    /// <summary>Runs with no environment at all.</summary>
    public static Task<CliOutcome> Plain(params string[] args) => new CliRun().RunAsync(args);

    public Task<CliOutcome> RunAsync(params string[] args) => RunWithInputAsync(null, args);

    /// <summary>Runs with <paramref name="input"/> as standard input.</summary>
    public async Task<CliOutcome> RunWithInputAsync(string? input, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        await using var output = new StringWriter();
        await using var error = new StringWriter();
        var console = new CliConsole(output, error, name => environment.TryGetValue(name, out var value) ? value : null, outputRedirected: true,
            input is null ? null : new StringReader(input));
        var exitCode = await CliApp.RunAsync(args, console, CancellationToken.None);
        return new CliOutcome(args, exitCode, output.ToString(), error.ToString());
    }

    /// <summary>A loopback port nothing listens on: bound once to learn a free number, then released.</summary>
    public static int ClosedLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
