namespace Clearinghouse.Standards.Tests.Inspect;

/// <summary>A directory of its own under the system's temporary folder, removed on dispose.</summary>
internal sealed class TemporaryDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("clearinghouse-inspect-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
