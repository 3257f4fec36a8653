using System.CommandLine;
using Clearinghouse.Contracts.Client;
using Clearinghouse.Contracts.Problems;
using Spectre.Console;

namespace Clearinghouse.Cli.Commands;

/// <summary>How every participant verb talks to a server: resolve --server/--token, call, then print the value or the problem and pick the exit code.</summary>
public static class Remote
{
    public const string DefaultServer = "http://127.0.0.1:5080";

    public static async Task<int> RunAsync<T>(
        CliConsole console, ParseResult parse, Func<ClearinghouseClient, Task<ApiResult<T>>> call, Action<IAnsiConsole, T>? render = null,
        bool renderHandlesJson = false)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(call);
        var serverText = parse.GetValue(CliOptions.Server) ?? console.Environment("CLEARINGHOUSE_SERVER") ?? DefaultServer;
        if (!Uri.TryCreate(serverText, UriKind.Absolute, out var server) || server.Scheme is not ("http" or "https"))
        {
            await console.Error.WriteLineAsync($"--server must be an http(s) URL; got '{serverText}'.");
            return ExitCodes.Usage;
        }

        var token = parse.GetValue(CliOptions.Token) ?? console.Environment("CLEARINGHOUSE_TOKEN");
        using var client = new ClearinghouseClient(server, token);
        var result = await call(client);
        if (result.NetworkError is { } network)
        {
            await console.Error.WriteLineAsync(network);
            return ExitCodes.ServerOrNetwork;
        }

        if (result.Problem is { } problem)
        {
            return await ReportAsync(console, parse, problem);
        }

        if (parse.GetValue(CliOptions.Json) && !renderHandlesJson)
        {
            Render.WriteJson(console, result.Value);
        }
        else if (render is not null)
        {
            render(console.Ansi, result.Value!);
        }
        else
        {
            Render.Value(console.Ansi, result.Value);
        }

        return ExitCodes.Ok;
    }

    private static async Task<int> ReportAsync(CliConsole console, ParseResult parse, ProblemView problem)
    {
        if (parse.GetValue(CliOptions.Json))
        {
            Render.WriteJson(console, problem);
        }

        await console.Error.WriteLineAsync($"{problem.Title ?? "Error"} ({problem.Status}): {problem.Detail}");
        foreach (var (field, messages) in problem.Errors ?? new Dictionary<string, string[]>())
        {
            foreach (var message in messages)
            {
                await console.Error.WriteLineAsync($"  {field}: {message}");
            }
        }

        return problem.Status switch
        {
            400 or 413 or 415 or 422 => ExitCodes.Usage,
            401 or 403 or 404 or 409 or 429 => ExitCodes.No,
            _ => ExitCodes.ServerOrNetwork,
        };
    }
}
