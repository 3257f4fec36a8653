using System.Diagnostics;

namespace Clearinghouse.Testing;

/// <summary>
/// Independent implementations from the npm registry (tests/peers/package.json), run with the machine's node, for
/// differential tests. .ci/run installs them with <c>npm ci</c>; a test run installs them the same way if they are
/// missing. Without node or npm the tests fail with a message saying what to install: they are never skipped.
/// </summary>
public static class NodePeer
{
    private static readonly Lazy<string> Folder = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Runs <c>node tests/peers/SCRIPT [ARGUMENTS]</c> with <paramref name="input"/> on standard input and returns its standard output lines.</summary>
    public static IReadOnlyList<string> Run(string script, string input, TimeSpan? timeout = null, params string[] arguments)
    {
        var folder = Folder.Value;
        var start = new ProcessStartInfo("node", [Path.Combine(folder, script), .. arguments])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // node stopped reading (it failed early); its exit code and standard error below say why.
        }

        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {script} did not finish in time.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"node {script} failed ({process.ExitCode}): {error.Result}");
        }

        return output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    private static string Install()
    {
        var folder = Path.Combine(RepositoryRoot(), "tests", "peers");
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "package.json")));
        var dependencies = manifest.RootElement.GetProperty("dependencies").EnumerateObject().Select(d => d.Name);
        if (!dependencies.All(d => Directory.Exists(Path.Combine(folder, "node_modules", d))))
        {
            RunTool("npm", "ci --no-audit --no-fund", folder);
        }

        return folder;
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Clearinghouse.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Could not find the repository root (Clearinghouse.slnx) above " + AppContext.BaseDirectory);
    }

    private static void RunTool(string tool, string arguments, string folder)
    {
        var start = new ProcessStartInfo(tool, arguments) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"The differential tests need node and npm on PATH (Debian: apt-get install nodejs npm): {e.Message}", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit(TimeSpan.FromMinutes(5));
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{tool} {arguments} in {folder} failed: {output.Result} {error.Result}");
            }
        }
    }
}
