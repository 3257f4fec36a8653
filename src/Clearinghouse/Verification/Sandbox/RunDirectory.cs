using System.Globalization;
using System.Runtime.Versioning;
using System.Text;

namespace Clearinghouse.Verification.Sandbox;

/// <summary>
/// One run's host directory: <c>work/</c> (bound read-write at /work), <c>etc/</c> (generated passwd, group, hosts),
/// and <c>status</c> (bound as the reporter's status file). When we are root the sandbox runs as host user nobody,
/// so what it must reach is opened to it; the run directory itself stays listable only by us.
/// </summary>
[SupportedOSPlatform("linux")]
internal sealed class RunDirectory
{
    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode Traversable = Private | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
    private const UnixFileMode Everyone = Private | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;
    private const UnixFileMode ReadableByAll = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    private readonly string root;
    private readonly bool openToNobody;

    private RunDirectory(string root, bool openToNobody)
    {
        this.root = root;
        this.openToNobody = openToNobody;
    }

    public string Work => Path.Combine(root, "work");

    public string Etc => Path.Combine(root, "etc");

    public string Status => Path.Combine(root, "status");

    public static RunDirectory Create(string? workRoot, bool openToNobody)
    {
        string root;
        if (workRoot is null)
        {
            root = Directory.CreateTempSubdirectory("clearinghouse-repro-").FullName;
        }
        else
        {
            root = Path.Combine(Path.GetFullPath(workRoot), "repro-" + Path.GetRandomFileName());
            if (Path.Exists(root))
            {
                throw new IOException($"{root} already exists.");
            }

            Directory.CreateDirectory(root, Private);
        }

        File.SetUnixFileMode(root, openToNobody ? Traversable : Private);
        var run = new RunDirectory(root, openToNobody);
        Directory.CreateDirectory(run.Work, openToNobody ? Everyone : Private);
        File.SetUnixFileMode(run.Work, openToNobody ? Everyone : Private);
        Directory.CreateDirectory(run.Etc, Traversable);
        File.WriteAllBytes(run.Status, []);
        File.SetUnixFileMode(run.Status, openToNobody ? Everyone & ~(UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute) : ReadableByAll);
        return run;
    }

    /// <summary>Input files are readable, writable and executable by the sandbox user (a proof of concept may be a program).</summary>
    public void WriteInputs(IReadOnlyDictionary<string, byte[]> files, IReadOnlyDictionary<string, string> etc)
    {
        foreach (var (name, text) in etc)
        {
            var path = Path.Combine(Etc, name);
            File.WriteAllText(path, text);
            File.SetUnixFileMode(path, ReadableByAll);
        }

        var mode = openToNobody ? Everyone : Private;
        foreach (var (relative, bytes) in files)
        {
            var path = Path.Combine(Work, relative);
            var directory = Path.GetDirectoryName(path)!;
            if (!Directory.Exists(directory))
            {
                Directory.CreateDirectory(directory, mode);
                File.SetUnixFileMode(directory, mode);
            }

            File.WriteAllBytes(path, bytes);
            File.SetUnixFileMode(path, mode);
        }
    }

    /// <summary>The raw wait status the reporter wrote, or null when it wrote none (or something else wrote junk).</summary>
    public int? ReadStatus()
    {
        using var file = new FileStream(Status, FileMode.Open, FileAccess.Read);
        var buffer = new byte[32];
        var length = file.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        var text = Encoding.ASCII.GetString(buffer, 0, length).Trim();
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var status) ? status : null;
    }

    /// <summary>
    /// Deletes everything, including what the command left with its permissions removed. Symbolic links are removed,
    /// never followed: the command may have pointed them at host files.
    /// </summary>
    public void Delete()
    {
        if (!Directory.Exists(root))
        {
            return;
        }

        MakeRemovable(new DirectoryInfo(root));
        Directory.Delete(root, recursive: true);
    }

    private static void MakeRemovable(DirectoryInfo directory)
    {
        directory.UnixFileMode = Private;
        foreach (var child in directory.EnumerateDirectories())
        {
            if (child.LinkTarget is null)
            {
                MakeRemovable(child);
            }
        }
    }
}
