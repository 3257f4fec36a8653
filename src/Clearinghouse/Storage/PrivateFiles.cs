using System.Security.Cryptography;

namespace Clearinghouse.Storage;

/// <summary>Files only the server's own user may read: keys, spooled uploads.</summary>
public static class PrivateFiles
{
    public static FileStream CreateNew(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Options = FileOptions.Asynchronous };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return new FileStream(path, options);
    }

    /// <summary>
    /// The content of a key file, created owner-only with <paramref name="create"/>'s bytes when it does not exist yet.
    /// Written under a temporary name and moved into place, so that a reader never sees a partial key; when another
    /// process creates it first, its key is the one used.
    /// </summary>
    public static byte[] ReadOrCreate(string path, Func<byte[]> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        path = Path.GetFullPath(path);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var content = create();
            try
            {
                var partial = path + "." + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
                using (var stream = CreateNew(partial))
                {
                    stream.Write(content);
                }

                File.Move(partial, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process created it first; use that one.
            }
        }

        return File.ReadAllBytes(path);
    }
}
