namespace Clearinghouse.Testing;

/// <summary>
/// The real public files tests read: the folder named by CLEARINGHOUSE_TEST_DATA, else ../shared/data beside the
/// repository. They are never copied into the repository.
/// </summary>
public static class TestData
{
    public static string Root { get; } = Locate();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string Locate()
    {
        if (Environment.GetEnvironmentVariable("CLEARINGHOUSE_TEST_DATA") is { Length: > 0 } given)
        {
            return System.IO.Path.GetFullPath(given);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Clearinghouse.slnx")))
            {
                var data = System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared", "data"));
                return Directory.Exists(data)
                    ? data
                    : throw new DirectoryNotFoundException($"Test data not found at {data}; set CLEARINGHOUSE_TEST_DATA to the shared data folder.");
            }
        }

        throw new DirectoryNotFoundException("Could not find the repository root (Clearinghouse.slnx) above " + AppContext.BaseDirectory);
    }
}
