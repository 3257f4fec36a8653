using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Clearinghouse.Testing;

/// <summary>
/// The PostgreSQL every test process shares. <c>CLEARINGHOUSE_TEST_POSTGRES</c> names an existing server (a connection
/// string to its maintenance database); without it, a throwaway cluster is created with the machine's PostgreSQL
/// binaries on a free loopback port and removed when the process ends. Without either, PostgreSQL tests fail with a
/// message saying what to install: they are never skipped.
/// </summary>
public static class PostgresCluster
{
    private static readonly Lazy<string> Admin = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A connection string to a new, empty database of its own.</summary>
    public static string CreateDatabase()
    {
        var admin = Admin.Value;
        var name = "t_" + Guid.CreateVersion7(DateTimeOffset.UnixEpoch.AddTicks(Environment.TickCount64)).ToString("N")[..8] + "_" + Random.Shared.Next(1_000_000_000);
        using (var connection = new NpgsqlConnection(admin))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = true, MaxPoolSize = 20 }.ConnectionString;
    }

    private static string Start()
    {
        if (Environment.GetEnvironmentVariable("CLEARINGHOUSE_TEST_POSTGRES") is { Length: > 0 } given)
        {
            return given;
        }

        var bin = FindBinaries() ?? throw new InvalidOperationException(
            "PostgreSQL tests need PostgreSQL: install it (Debian: apt-get install postgresql) or set CLEARINGHOUSE_TEST_POSTGRES to a connection string.");
        var root = Directory.CreateTempSubdirectory("clearinghouse-pg-").FullName;
        var data = Path.Combine(root, "data");
        var port = FreeLoopbackPort();
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            // initdb refuses to run as root; the cluster belongs to the postgres user.
            Run("chown", $"postgres:postgres {root}");
        }

        RunPg(asRoot, Path.Combine(bin, "initdb"), $"-D {data} -U postgres --auth=trust -E UTF8 --no-locale");
        RunPg(asRoot, Path.Combine(bin, "pg_ctl"),
            $"-D {data} -l {Path.Combine(root, "server.log")} -w -o \"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300\" start");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                RunPg(asRoot, Path.Combine(bin, "pg_ctl"), $"-D {data} -m immediate -w stop");
                Directory.Delete(root, recursive: true);
            }
            catch (InvalidOperationException)
            {
                // The process is ending; a leftover temp folder is harmless.
            }
        };
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false";
    }

    private static string? FindBinaries()
    {
        var root = "/usr/lib/postgresql";
        if (!Directory.Exists(root))
        {
            return null;
        }

        return Directory.GetDirectories(root)
            .Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "initdb")))
            .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
            .FirstOrDefault();
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void RunPg(bool asRoot, string program, string arguments)
    {
        if (asRoot)
        {
            Run("runuser", $"-u postgres -- {program} {arguments}");
        }
        else
        {
            Run(program, arguments);
        }
    }

    private static void Run(string program, string arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} {arguments} did not finish within 2 minutes.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {arguments} failed ({process.ExitCode}): {output.Result} {error.Result}");
        }
    }
}
